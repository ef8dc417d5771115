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
 * Builds an export file part by part, as text pieces for a Blob, so no step
 * holds the page for long. Joined, the pieces are exactly `exportJson` of the
 * whole export.
 */
export function jsonExportWriter() {
  const pieces: string[] = [];
  let checkins: Checkin[] = [];
  let started = false;
  let count = 0;
  return {
    add(part: JournalExportPart): void {
      if (!started) {
        const { app, exportVersion, exported, dbVersion, settings } = part;
        const head = JSON.stringify({ app, exportVersion, exported, dbVersion, settings }, null, 2);
        pieces.push(`${head.slice(0, -2)},\n  "actions": [`);
        checkins = part.checkins;
        started = true;
      }
      if (part.actions.length === 0) return;
      pieces.push(`${count === 0 ? '\n' : ',\n'}${part.actions.map(indented).join(',\n')}`);
      count += part.actions.length;
    },
    /** Every piece, ending the file; `count` is how many actions it holds. */
    finish(): { pieces: string[]; count: number } {
      pieces.push(count === 0 ? ']' : '\n  ]');
      pieces.push(
        checkins.length === 0
          ? ',\n  "checkins": []\n}'
          : `,\n  "checkins": [\n${checkins.map(indented).join(',\n')}\n  ]\n}`,
      );
      return { pieces, count };
    },
  };
}

/** The same, for the CSV of actions: joined, the pieces are exactly `exportCsv` of every action. */
export function csvExportWriter() {
  const pieces: string[] = [`\uFEFF${CSV_COLUMNS.join(',')}`];
  let count = 0;
  return {
    add(part: { actions: readonly Action[] }): void {
      if (part.actions.length === 0) return;
      // exportCsv of a part is its own header and rows; only the rows are kept.
      const rows = exportCsv(part.actions).slice(1 + CSV_COLUMNS.join(',').length, -2);
      pieces.push(rows);
      count += part.actions.length;
    },
    finish(): { pieces: string[]; count: number } {
      pieces.push('\r\n');
      return { pieces, count };
    },
  };
}
