import { describe, expect, it, vi } from 'vitest';
import { upgradeReflections } from '@/lib/db/migrations/v4';
import { actionHandlers } from '@/lib/background/action-handlers';
import type { HandlerDeps, Sender } from '@/lib/background/handlers';
import { createActionStore } from '@/lib/db/action-store';
import type { PageEvent } from '@/lib/messages';
import { dbV2 } from './fixtures/db-v2';
import { freshDb } from './support/fresh-db';
import { parsePolicy } from '@/lib/policy';

const popup: Sender = { url: 'chrome-extension://kindling/popup.html' };

/** The journal's handlers over a real (fake-indexeddb) database, with page notices recorded. */
function background() {
  const db = freshDb();
  let clock = Date.UTC(2026, 5, 6, 8, 0);
  let nextId = 0;
  const actions = createActionStore(db, { now: () => (clock += 1000), newId: () => `action-${++nextId}` });
  const notifyPages = vi.fn((_event: PageEvent) => undefined);
  const sites = { list: async () => [] };
  const handlers = actionHandlers({ actions, sites, notifyPages } as unknown as HandlerDeps);
  return { actions, handlers, notifyPages };
}

describe('journal requests', () => {
  it('refuses to export where the organisation switched export off', async () => {
    const db = freshDb();
    const actions = createActionStore(db, { now: () => 1, newId: () => 'action-1' });
    const handlers = actionHandlers({
      actions,
      sites: { list: async () => [] },
      notifyPages: () => undefined,
      policy: async () => parsePolicy({ disabledFeatures: ['export'] }).policy,
    } as unknown as HandlerDeps);
    await expect(handlers['journal/export']({}, popup)).rejects.toThrow(
      'Your organisation has switched exporting off.',
    );
  });

  it('marks an action done with a reflection and tells open pages', async () => {
    const { handlers, notifyPages } = background();
    const saved = await handlers['actions/save'](
      { text: 'Ask what matters', source: { kind: 'own' } },
      popup,
    );
    const done = await handlers['actions/status'](
      { id: saved.id, status: 'done', reflection: { what: 'It mattered.' } },
      popup,
    );
    expect(done).toMatchObject({ status: 'done', reflection: { what: 'It mattered.' } });
    expect(notifyPages).toHaveBeenCalledTimes(2);
    expect(notifyPages).toHaveBeenLastCalledWith('actions/changed');
    const weeks = await handlers['actions/weekly']({ timeZone: 'Europe/London' }, popup);
    expect(weeks.at(-1)).toEqual({ week: '2026-06-01', count: 1 });
    await expect(handlers['actions/weekly']({ timeZone: 'Mars/Olympus' }, popup)).rejects.toThrow(
      'time zone',
    );
  });

  it('deletes and restores an action, refusing a restore that is not a whole action', async () => {
    const { handlers, actions } = background();
    const saved = await handlers['actions/save']({ text: 'Learn a name', source: { kind: 'own' } }, popup);
    const removed = await handlers['actions/delete']({ id: saved.id }, popup);
    expect(await actions.count()).toBe(0);
    await expect(handlers['actions/restore']({ ...removed, status: 'lost' } as never, popup)).rejects.toThrow(
      'cannot be restored',
    );
    await handlers['actions/restore'](removed, popup);
    expect(await actions.get(saved.id)).toEqual(saved);
  });

  it('checks an import again in the background: one bad record writes nothing', async () => {
    const { handlers, actions, notifyPages } = background();
    const good = dbV2.stores.actions[0];
    const file = {
      app: 'kindling',
      exportVersion: 1,
      exported: '2026-06-06T08:00:00.000Z',
      dbVersion: 2,
      actions: [good, { ...dbV2.stores.actions[1], due: '2026-02-31' }],
      checkins: dbV2.stores.checkins,
    };
    await expect(handlers['journal/import'](file, popup)).rejects.toThrow(
      /^Action 2 \(id 7e3a1c5b-9d2f-4b6e-8a0c-1f4d7e2b9c35\): field "due"/,
    );
    expect(await actions.exportAll()).toEqual({ actions: [], checkins: [] });
    expect(notifyPages).not.toHaveBeenCalled();

    const report = await handlers['journal/import']({ ...file, actions: dbV2.stores.actions }, popup);
    expect(report).toEqual({
      actions: { added: 2, updated: 0, skipped: 0 },
      checkins: { added: dbV2.stores.checkins.length, updated: 0, skipped: 0 },
    });
    expect(notifyPages).toHaveBeenCalledWith('actions/changed');
    expect(notifyPages).toHaveBeenCalledWith('checkins/changed');

    const exported = await handlers['journal/export']({}, popup);
    expect(exported).toMatchObject({ app: 'kindling', exportVersion: 2, dbVersion: 4 });
    // A version 2 reflection is one string: it comes back as the "what happened" part.
    expect(exported.actions).toEqual(
      expect.arrayContaining(dbV2.stores.actions.map((a) => upgradeReflections({ ...a }))),
    );
    expect(exported.actions.find((a) => a.status === 'done')?.reflection).toEqual({
      what: 'Her daughter works nights; we moved the family meeting to 8am.',
    });
    expect(exported.checkins).toEqual(dbV2.stores.checkins.map((c) => ({ ...c })));
  });

  it('pages, counts and clears', async () => {
    const { handlers } = background();
    for (const text of ['one', 'two', 'three'])
      await handlers['actions/save']({ text, source: { kind: 'own' } }, popup);
    const page = await handlers['actions/page']({ limit: 2 }, popup);
    expect(page.actions.map((action) => action.text)).toEqual(['three', 'two']);
    expect(page.more).toBe(true);
    expect(await handlers['actions/page']({ limit: 10_000 }, popup)).toMatchObject({ more: false });
    expect(await handlers['actions/counts']({}, popup)).toEqual({ planned: 3, done: 0, 'let-go': 0 });
    await handlers['journal/clear']({}, popup);
    expect(await handlers['actions/counts']({}, popup)).toEqual({ planned: 0, done: 0, 'let-go': 0 });
  });
});
