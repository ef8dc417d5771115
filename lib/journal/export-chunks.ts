import type { Action } from '../db/actions';
import type { Checkin } from '../db/checkins';
import { CSV_COLUMNS, exportCsv, type JournalExport } from './export';

/** How many actions a page asks for at a time while exporting: small enough to keep the page responsive. */
export const EXPORT_CHUNK = 2000;
/** The most a page may ask for at once. */
export const EXPORT_CHUNK_MAX = 10_000;

/**
 * One part of an export. The first part (asked for without `after`) carries
 * the check-ins; `next` is the id to continue after, absent on the last part.
 */
export interface JournalExportPart extends JournalExport {
  next?: string;
}

/** Reads every part of an export in turn; `ask` fetches the part after an id. */
export async function* exportParts(
  ask: (after: string | undefined) => Promise<JournalExportPart>,
): AsyncGenerator<JournalExportPart> {
  let after: string | undefined;
  do {
    const part = await ask(after);
    yield part;
    after = part.next;
  } while (after !== undefined);
}

/** An item as `JSON.stringify(whole, null, 2)` writes it inside a top-level array. */
const indented = (item: unknown) => `    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`;

/**
 * Builds an export file part by part: `add` gives the text of each part and
 * `finish` the end of the file, so the page can append each to a Blob as it
 * goes and no step holds it for long. Joined, the texts are exactly
 * `exportJson` of the whole export.
 */
export function jsonExportWriter() {
  let checkins: Checkin[] = [];
  let started = false;
  let count = 0;
  return {
    add(part: JournalExportPart): string {
      let text = '';
      if (!started) {
        const { app, exportVersion, exported, dbVersion, settings } = part;
        const head = JSON.stringify({ app, exportVersion, exported, dbVersion, settings }, null, 2);
        text = `${head.slice(0, -2)},\n  "actions": [`;
        checkins = part.checkins;
        started = true;
      }
      if (part.actions.length === 0) return text;
      text += `${count === 0 ? '\n' : ',\n'}${part.actions.map(indented).join(',\n')}`;
      count += part.actions.length;
      return text;
    },
    /** The end of the file. */
    finish(): string {
      const end = count === 0 ? ']' : '\n  ]';
      return checkins.length === 0
        ? `${end},\n  "checkins": []\n}`
        : `${end},\n  "checkins": [\n${checkins.map(indented).join(',\n')}\n  ]\n}`;
    },
    /** How many actions were written. */
    get count(): number {
      return count;
    },
  };
}

/** The same, for the CSV of actions: joined, the texts are exactly `exportCsv` of every action. */
export function csvExportWriter() {
  const header = `\uFEFF${CSV_COLUMNS.join(',')}`;
  let started = false;
  let count = 0;
  return {
    add(part: { actions: readonly Action[] }): string {
      // exportCsv of a part is its own header and rows; only the rows are kept.
      const rows = part.actions.length === 0 ? '' : exportCsv(part.actions).slice(header.length, -2);
      const text = started ? rows : header + rows;
      started = true;
      count += part.actions.length;
      return text;
    },
    finish(): string {
      return started ? '\r\n' : `${header}\r\n`;
    },
    get count(): number {
      return count;
    },
  };
}
