import { describe, expect, it } from 'vitest';
import { actionHandlers } from '@/lib/background/action-handlers';
import type { HandlerDeps, Sender } from '@/lib/background/handlers';
import { createActionStore } from '@/lib/db/action-store';
import type { Action } from '@/lib/db/actions';
import type { Checkin } from '@/lib/db/checkins';
import { exportCsv, exportJson } from '@/lib/journal/export';
import { csvExportWriter, exportParts, jsonExportWriter } from '@/lib/journal/export-chunks';
import { freshDb } from './support/fresh-db';

const options: Sender = { url: 'chrome-extension://kindling/options.html' };

const actionsOf = (count: number): Action[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `a-${String(index).padStart(3, '0')}`,
    text: index % 2 ? `Bring tea, "quietly"\nto bed ${index}` : `=Open the window ${index}`,
    source: { kind: 'own' },
    status: index % 3 ? 'planned' : 'done',
    created: index,
    updated: index,
    ...(index % 3 ? {} : { doneAt: index, reflection: { what: 'Café au lait' } }),
  }));

const checkin = { id: 'c-1', created: 1, updated: 1 } as Checkin;

/** The settings page's export: parts asked for in turn, written piece by piece. */
async function exported(count: number, chunk: number, kind: 'json' | 'csv') {
  const store = createActionStore(freshDb(), { now: () => Date.UTC(2026, 5, 6), newId: () => 'x' });
  await store.importAll({ actions: actionsOf(count), checkins: [checkin] });
  // One enabled site, so the settings travel in the file too.
  const sites = { list: async () => ['https://ward.example.org/*'] };
  const handlers = actionHandlers({ actions: store, sites } as unknown as HandlerDeps);
  const writer = kind === 'json' ? jsonExportWriter() : csvExportWriter();
  let asked = 0;
  const pieces: string[] = [];
  for await (const part of exportParts((after) => {
    asked++;
    return handlers['journal/export']({ after, limit: chunk }, options);
  })) {
    pieces.push(writer.add(part));
  }
  pieces.push(writer.finish());
  const whole = await handlers['journal/export']({}, options);
  return { pieces, count: writer.count, whole, asked };
}

describe('exporting a big journal part by part', () => {
  it.each([
    [0, 3],
    [1, 3],
    [7, 3],
    [9, 3],
    [9, 100],
  ])('writes exactly the one-piece JSON file (%i actions, parts of %i)', async (count, chunk) => {
    const { pieces, count: written, whole, asked } = await exported(count, chunk, 'json');
    expect(pieces.join('')).toBe(exportJson(whole));
    expect(written).toBe(count);
    expect(asked).toBe(Math.floor(count / chunk) + 1);
    expect(JSON.parse(pieces.join(''))).toEqual(whole);
    expect(whole.settings?.sites).toEqual(['https://ward.example.org/*']);
  });

  it.each([
    [0, 3],
    [8, 3],
  ])('writes exactly the one-piece CSV file (%i actions, parts of %i)', async (count, chunk) => {
    const { pieces, whole } = await exported(count, chunk, 'csv');
    expect(pieces.join('')).toBe(exportCsv(whole.actions));
  });

  it('hands the check-ins over once, with the first part', async () => {
    const store = createActionStore(freshDb(), { now: () => 1, newId: () => 'x' });
    await store.importAll({ actions: actionsOf(5), checkins: [checkin] });
    const first = await store.exportAll({ limit: 2 });
    expect(first).toMatchObject({ checkins: [checkin], next: 'a-001' });
    const second = await store.exportAll({ after: first.next, limit: 2 });
    expect(second.checkins).toEqual([]);
    expect(second.actions.map((action) => action.id)).toEqual(['a-002', 'a-003']);
    const last = await store.exportAll({ after: second.next, limit: 2 });
    expect(last.actions.map((action) => action.id)).toEqual(['a-004']);
    expect(last.next).toBeUndefined();
  });
});
