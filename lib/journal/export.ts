import type { Action, ActionSource } from '../db/actions';
import type { JournalData } from '../db/action-store';
import type { SettingsExport } from './settings-export';

export const EXPORT_APP = 'kindling';
/**
 * The export file's own format; raise it when the envelope changes, and teach import the old one.
 * 2: the user's settings (sites, site preferences, prompt pace, quiet hours, badge, reminders).
 */
export const EXPORT_VERSION = 2;

/** A complete, versioned copy of everything Kindling keeps, re-importable as it is. */
export interface JournalExport extends JournalData {
  app: typeof EXPORT_APP;
  exportVersion: number;
  /** ISO 8601 time of the export. */
  exported: string;
  /** The database version the records were read from. */
  dbVersion: number;
  /** The settings the user chose; absent in files of format 1 (and in later parts of a chunked export). */
  settings?: SettingsExport;
}

export function toExport(
  data: JournalData,
  now: number,
  dbVersion: number,
  settings?: SettingsExport,
): JournalExport {
  return {
    app: EXPORT_APP,
    exportVersion: EXPORT_VERSION,
    exported: new Date(now).toISOString(),
    dbVersion,
    ...(settings ? { settings } : {}),
    actions: data.actions,
    checkins: data.checkins,
  };
}

export function exportJson(data: JournalExport): string {
  return JSON.stringify(data, null, 2);
}

export const CSV_COLUMNS = [
  'id',
  'text',
  'status',
  'source',
  'created',
  'updated',
  'due',
  'done',
  'what happened',
  'so what',
  'now what',
] as const;

/**
 * Actions as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel
 * reads accents right), CRLF rows, RFC 4180 quoting, and cells that a
 * spreadsheet would run as a formula prefixed with an apostrophe.
 */
export function exportCsv(actions: readonly Action[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const action of actions) {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: action.id,
      text: action.text,
      status: action.status,
      source: sourceLabel(action.source),
      created: isoTime(action.created),
      updated: isoTime(action.updated),
      due: action.due ?? '',
      done: action.doneAt === undefined ? '' : isoTime(action.doneAt),
      'what happened': action.reflection?.what ?? '',
      'so what': action.reflection?.soWhat ?? '',
      'now what': action.reflection?.nowWhat ?? '',
    };
    rows.push(CSV_COLUMNS.map((column) => csvCell(cells[column])).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** One CSV cell: neutralised if a spreadsheet would read it as a formula, quoted where needed. */
export function csvCell(value: string): string {
  // OWASP "CSV injection": = + - @ (and a leading tab or carriage return) start a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function sourceLabel(source: ActionSource): string {
  switch (source.kind) {
    case 'prompt':
      return `prompt:${source.promptId}`;
    case 'conversation':
      return `conversation:${source.conversationId}`;
    case 'hats':
      return `hats:${source.lens}`;
    case 'own':
      return 'own';
  }
}

function isoTime(value: number): string {
  return new Date(value).toISOString();
}

/** A file name with the day of the export, e.g. kindling-2026-06-06.json */
export function exportFileName(now: number, extension: 'json' | 'csv'): string {
  return `kindling-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
}
