import { describe, expect, it, vi } from 'vitest';
import { actionHandlers } from '@/lib/background/action-handlers';
import { checkinHandlers } from '@/lib/background/checkin-handlers';
import type { HandlerDeps, Sender } from '@/lib/background/handlers';
import { createActionStore } from '@/lib/db/action-store';
import { parseActionDraft, parseStoredAction } from '@/lib/db/actions';
import { createCheckinStore } from '@/lib/db/checkin-store';
import { exportCsv } from '@/lib/journal/export';
import { parseImport } from '@/lib/journal/import';
import type { PageEvent } from '@/lib/messages';
import { dbV2 } from './fixtures/db-v2';
import { fixturesByVersion } from './fixtures';
import { freshDb } from './support/fresh-db';

const popup: Sender = { url: 'chrome-extension://kindling/popup.html' };
const NOW = Date.UTC(2026, 5, 6, 8, 0);

/** The journal and check-in handlers over one real (fake-indexeddb) database. */
function background() {
  const db = freshDb();
  let clock = NOW;
  let nextId = 0;
  const env = { now: () => (clock += 1000), newId: () => `id-${++nextId}` };
  const actions = createActionStore(db, env);
  const checkins = createCheckinStore(db, env);
  const notifyPages = vi.fn((_event: PageEvent) => undefined);
  const sites = { list: async () => [] };
  const deps = { actions, checkins, sites, notifyPages } as unknown as HandlerDeps;
  return { actions, checkins, handle: { ...actionHandlers(deps), ...checkinHandlers(deps) } };
}

const exportWith = (actions: unknown[], checkins: unknown[] = []) => ({
  app: 'kindling',
  exportVersion: 1,
  exported: '2026-06-06T08:00:00.000Z',
  dbVersion: 2,
  actions,
  checkins,
});

describe('only real dates reach the journal', () => {
  const good = dbV2.stores.actions[0];
  const badTimes = [1e300, -1, 0, Number.NaN, 8.64e15 + 1, Date.UTC(1999, 11, 31), Date.UTC(2101, 0, 1)];

  it.each(badTimes)(
    'an import with an action created at %d is refused, naming it, and writes nothing',
    async (time) => {
      const { handle, actions } = background();
      const file = exportWith([good, { ...dbV2.stores.actions[1], created: time }]);
      await expect(handle['journal/import'](file, popup)).rejects.toThrow(
        /^Action 2 \(id 7e3a1c5b-9d2f-4b6e-8a0c-1f4d7e2b9c35\): field "created": .*2000 and 2100.* Nothing was imported\.$/,
      );
      expect(await actions.exportAll()).toEqual({ actions: [], checkins: [] });
    },
  );

  it('an import with a check-in from the year 10000 is refused, naming it', () => {
    const checkin = { ...dbV2.stores.checkins[0], started: Date.UTC(10000, 0, 1) };
    expect(() => parseImport(exportWith([], [checkin]), 2)).toThrow(
      /^Check-in 1 \(id b1c2d3e4-[^)]*\): .*2000 and 2100/,
    );
  });

  it('every message that carries a time checks it: restore, check-in save, due dates', async () => {
    const { handle } = background();
    const saved = await handle['actions/save']({ text: 'Learn a name', source: { kind: 'own' } }, popup);
    const removed = await handle['actions/delete']({ id: saved.id }, popup);
    await expect(handle['actions/restore']({ ...removed, doneAt: 1e300 }, popup)).rejects.toThrow(
      '2000 and 2100',
    );
    await expect(
      handle['actions/save']({ text: 'x', source: { kind: 'own' }, due: '9999-12-31' }, popup),
    ).rejects.toThrow('2000 and 2100');
    const started = await handle['checkins/start']({ meetingType: 'huddle', minutes: 10 }, popup);
    await expect(handle['checkins/save']({ ...started, finished: 1e300 }, popup)).rejects.toThrow(
      '2000 and 2100',
    );
  });

  it('whatever is accepted can be shown and exported as CSV', () => {
    const edge = parseStoredAction({
      ...good,
      created: Date.UTC(2000, 0, 1),
      updated: Date.UTC(2100, 11, 31, 23),
    });
    expect(() => exportCsv([edge])).not.toThrow();
    expect(new Date(edge.created).toString()).not.toBe('Invalid Date');
  });
});

describe('one click, one action', () => {
  it('saving the same prompt twice, even at once, keeps one open action', async () => {
    const { handle, actions } = background();
    const prompt = {
      text: 'Ask what matters today',
      source: { kind: 'prompt' as const, promptId: 'wmty-patients-ask-1' },
    };
    const [first, second] = await Promise.all([
      handle['actions/save'](prompt, popup),
      handle['actions/save'](prompt, popup),
    ]);
    const third = await handle['actions/save'](prompt, popup);
    expect(second.id).toBe(first.id);
    expect(third.id).toBe(first.id);
    expect(await actions.count()).toBe(1);
  });

  it('saving a check-in note as an action twice keeps one action', async () => {
    const { handle, actions } = background();
    const note = { text: 'Ask the porters first', source: { kind: 'hats' as const, lens: 'green' as const } };
    const first = await handle['actions/save'](note, popup);
    const again = await handle['actions/save'](note, popup);
    expect(again.id).toBe(first.id);
    expect(await actions.count()).toBe(1);
  });

  it('the same prompt can be chosen again once the first is done, and own actions are never merged', async () => {
    const { handle, actions } = background();
    const prompt = {
      text: 'Thank the night team',
      source: { kind: 'prompt' as const, promptId: 'thanks-1' },
    };
    const first = await handle['actions/save'](prompt, popup);
    await handle['actions/status']({ id: first.id, status: 'done' }, popup);
    expect((await handle['actions/save'](prompt, popup)).id).not.toBe(first.id);
    const own = { text: 'Bring cake', source: { kind: 'own' as const } };
    await handle['actions/save'](own, popup);
    await handle['actions/save'](own, popup);
    expect(await actions.count()).toBe(4);
  });
});

describe('two windows editing the same action', () => {
  it('refuses an edit made from an older copy, and keeps the newer one', async () => {
    const { handle, actions } = background();
    const saved = await handle['actions/save']({ text: 'Ask what matters', source: { kind: 'own' } }, popup);
    const fromA = await handle['actions/edit'](
      { id: saved.id, text: 'Ask Mrs A what matters', basedOn: saved.updated },
      popup,
    );
    await expect(
      handle['actions/edit']({ id: saved.id, text: 'Ask Mr B what matters', basedOn: saved.updated }, popup),
    ).rejects.toThrow('changed in another Kindling window');
    await expect(
      handle['actions/status'](
        { id: saved.id, status: 'done', reflection: { what: 'Typed in B' }, basedOn: saved.updated },
        popup,
      ),
    ).rejects.toThrow('changed in another Kindling window');
    expect(await actions.get(saved.id)).toEqual(fromA);
    const fromB = await handle['actions/edit'](
      { id: saved.id, text: 'Ask Mr B what matters', basedOn: fromA.updated },
      popup,
    );
    expect(fromB.text).toBe('Ask Mr B what matters');
  });

  it('gives every saved version its own time, even two changes in one millisecond', async () => {
    const db = freshDb();
    const actions = createActionStore(db, { now: () => NOW, newId: () => 'same-ms' });
    const saved = await actions.add({ text: 'Hold the door', source: { kind: 'own' } });
    const edited = await actions.edit({ id: saved.id, text: 'Hold the door open', basedOn: saved.updated });
    expect(edited.updated).toBeGreaterThan(saved.updated);
    await expect(actions.edit({ id: saved.id, text: 'stale', basedOn: saved.updated })).rejects.toThrow(
      'another Kindling window',
    );
  });
});

describe('plan again keeps what was written', () => {
  it('moves the done date and reflection into the action’s history', async () => {
    const { handle, actions } = background();
    const saved = await handle['actions/save']({ text: 'Sit with Mr K', source: { kind: 'own' } }, popup);
    const done = await handle['actions/status'](
      { id: saved.id, status: 'done', reflection: { what: 'He grows dahlias.' } },
      popup,
    );
    const again = await handle['actions/status']({ id: saved.id, status: 'planned' }, popup);
    expect(again.reflection).toBeUndefined();
    expect(again.history).toEqual([{ doneAt: done.doneAt, reflection: { what: 'He grows dahlias.' } }]);
    const exported = await handle['journal/export']({}, popup);
    expect(exported.dbVersion).toBe(4);
    const { actions: other } = background();
    await other.importAll(parseImport(exported, 4));
    expect(await other.get(saved.id)).toEqual(await actions.get(saved.id));
  });

  it('sample records of every database version import', () => {
    for (const [version, fixture] of fixturesByVersion) {
      for (const record of fixture.stores.actions ?? [])
        expect(() => parseStoredAction(record), `v${version}`).not.toThrow();
    }
  });
});

describe('a note too long for an action', () => {
  it('is told it is too long, never that it needs some text', () => {
    const note = 'Ask the family what matters. '.repeat(30);
    expect(() => parseActionDraft({ text: note, source: { kind: 'hats', lens: 'red' } })).toThrow(
      /can be up to 500 characters; this text has 8\d\d/,
    );
    expect(() => parseActionDraft({ text: note, source: { kind: 'hats', lens: 'red' } })).not.toThrow(
      /needs some text/,
    );
  });
});
