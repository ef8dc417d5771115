import { InvalidInput, parseStoredAction, type Action } from '../db/actions';
import { t } from '../i18n';
import type { JournalData } from '../db/action-store';
import { parseCheckin, type Checkin } from '../db/checkins';
import { EXPORT_APP, EXPORT_VERSION } from './export';
import { parseSettingsExport, type SettingsExport } from './settings-export';

/** A checked import: the journal's records and, from format 2 on, the user's settings. */
export interface ImportData extends JournalData {
  settings?: SettingsExport;
}

/** Kindling refuses bigger files before reading them. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

/** Refuses a file by its size, before a byte of it is read or parsed. */
export function checkImportSize(bytes: number): void {
  if (bytes > IMPORT_MAX_BYTES) {
    throw new InvalidInput(t('import.tooBig', { size: Math.ceil(bytes / 1024 / 1024), max: 50 }));
  }
}

/** Parses the text of an export file and checks every record; throws InvalidInput saying what is wrong. */
export function parseImportText(text: string, dbVersion: number): ImportData {
  return parseImport(readImportJson(text), dbVersion);
}

/** The JSON value in an export file's text, unchecked; throws InvalidInput when it is too big or not JSON. */
export function readImportJson(text: string): unknown {
  checkImportSize(text.length);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InvalidInput(t('import.notJson'));
  }
}

/**
 * Checks an export (already parsed from JSON) record by record. Used by the
 * page for a quick answer and again by the background, which trusts no page.
 * `dbVersion` is the newest database version this build knows.
 */
export function parseImport(input: unknown, dbVersion: number): ImportData {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidInput(t('import.notExport'));
  }
  const file = input as Record<string, unknown>;
  if (file.app !== EXPORT_APP || typeof file.exportVersion !== 'number') {
    throw new InvalidInput(t('import.notExport'));
  }
  if (
    file.exportVersion > EXPORT_VERSION ||
    (typeof file.dbVersion === 'number' && file.dbVersion > dbVersion)
  ) {
    throw new InvalidInput(t('import.newer'));
  }
  if (!Number.isInteger(file.exportVersion) || file.exportVersion < 1) {
    throw new InvalidInput(t('import.notExport'));
  }
  if (!Array.isArray(file.actions) || !Array.isArray(file.checkins)) {
    throw new InvalidInput(t('import.noLists'));
  }
  const actions: Action[] = file.actions.map((record: unknown, index) =>
    named('import.action', index, record, parseStoredAction),
  );
  const checkins: Checkin[] = file.checkins.map((record: unknown, index) =>
    named('import.checkin', index, record, parseCheckin),
  );
  // Settings are checked with the records, so one bad value stops the whole import before anything is written.
  if (file.settings === undefined) return { actions, checkins };
  return { actions, checkins, settings: parseSettingsExport(file.settings) };
}

/** Runs a record check, naming the record (its number in the file and its id) in any failure. */
function named<T>(
  kind: 'import.action' | 'import.checkin',
  index: number,
  record: unknown,
  parse: (input: unknown) => T,
): T {
  try {
    return parse(record);
  } catch (error) {
    const id = (record as { id?: unknown } | null)?.id;
    const which = t(kind, { number: index + 1 });
    const why = error instanceof Error ? error.message : String(error);
    throw new InvalidInput(
      typeof id === 'string'
        ? t('import.badRecordWithId', { which, id: id.slice(0, 60), why })
        : t('import.badRecord', { which, why }),
    );
  }
}
