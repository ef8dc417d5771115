import { describe, expect, it, vi } from 'vitest';
import { actionHandlers } from '@/lib/background/action-handlers';
import type { HandlerDeps, Sender } from '@/lib/background/handlers';
import { createActionStore } from '@/lib/db/action-store';
import type { Action } from '@/lib/db/actions';
import { importProgressNotice, isImportProgress, notice, type ImportProgress } from '@/lib/messages';
import { freshDb } from './support/fresh-db';

const options: Sender = { url: 'chrome-extension://kindling/options.html' };

// Real journal dates: the store refuses times outside 2000-2100.
const SINCE = Date.UTC(2026, 0, 5);

const actionsOf = (count: number): Action[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `a-${index}`,
    text: `Action ${index}`,
    source: { kind: 'own' },
    status: 'planned',
    created: SINCE + index,
    updated: SINCE + index,
  }));

const store = () => createActionStore(freshDb(), { now: () => SINCE, newId: () => crypto.randomUUID() });

describe('progress of a big import', () => {
  it('is reported from nothing to every record, in order, as the writes land', async () => {
    const seen: ImportProgress[] = [];
    const actions = store();
    await actions.importAll({ actions: actionsOf(3000), checkins: [] }, (progress) => seen.push(progress));
    expect(seen[0]).toEqual({ done: 0, total: 3000 });
    expect(seen.at(-1)).toEqual({ done: 3000, total: 3000 });
    expect(seen.map((each) => each.done)).toEqual([0, 1000, 2000, 3000]);
    expect(await actions.count()).toBe(3000);
  });

  it('counts only the records written, and says nothing for a small import', async () => {
    const actions = store();
    await actions.importAll({ actions: actionsOf(2500), checkins: [] });
    const seen: ImportProgress[] = [];
    // 2,500 are already saved with the same times: only the 10 new ones are written.
    await actions.importAll({ actions: actionsOf(2510), checkins: [] }, (progress) => seen.push(progress));
    expect(seen).toEqual([]);
  });

  it('reaches open pages through the import request', async () => {
    const notifyProgress = vi.fn((_progress: ImportProgress) => undefined);
    const handlers = actionHandlers({
      actions: store(),
      notifyPages: () => undefined,
      notifyProgress,
    } as unknown as HandlerDeps);
    const file = { app: 'kindling', exportVersion: 1, dbVersion: 2, actions: actionsOf(1000), checkins: [] };
    await handlers['journal/import'](file, options);
    expect(notifyProgress.mock.calls.map(([progress]) => progress)).toEqual([
      { done: 0, total: 1000 },
      { done: 1000, total: 1000 },
    ]);
  });
});

describe('the import progress notice', () => {
  it('carries whole numbers of records done out of a total, and nothing else passes for it', () => {
    expect(isImportProgress(importProgressNotice({ done: 2, total: 5 }))).toBe(true);
    expect(isImportProgress(notice('journal/import-progress'))).toBe(false);
    expect(isImportProgress({ ...notice('journal/import-progress'), progress: { done: 6, total: 5 } })).toBe(
      false,
    );
    expect(
      isImportProgress({ ...notice('journal/import-progress'), progress: { done: '1', total: 5 } }),
    ).toBe(false);
    expect(isImportProgress({ type: 'journal/import-progress', progress: { done: 1, total: 5 } })).toBe(
      false,
    );
  });
});
