import { describe, expect, it } from 'vitest';
import { createActionStore } from '@/lib/db/action-store';
import type { Action, ActionStatus } from '@/lib/db/actions';
import type { Checkin } from '@/lib/db/checkins';
import { freshDb } from './support/fresh-db';

function store() {
  const db = freshDb();
  let clock = Date.UTC(2026, 5, 1, 9, 0);
  let nextId = 0;
  const actions = createActionStore(db, { now: () => (clock += 1000), newId: () => `action-${++nextId}` });
  return { actions, db };
}

const own = (text: string) => ({ text, source: { kind: 'own' as const } });

function action(id: string, status: ActionStatus, created: number, extra: Partial<Action> = {}): Action {
  return { id, text: `Action ${id}`, source: { kind: 'own' }, status, created, updated: created, ...extra };
}

/** A check-in as the store sees it: merged by id and updated, whatever else it holds. */
const checkin = (id: string, updated: number) => ({ id, created: 1, updated }) as Checkin;

describe('the journal page', () => {
  it('lists open actions first, newest first, then done, then let go, a page at a time', async () => {
    const { actions } = store();
    await actions.importAll({
      actions: [
        action('p1', 'planned', 1),
        action('d1', 'done', 2),
        action('p2', 'planned', 3),
        action('g1', 'let-go', 4),
        action('d2', 'done', 5),
      ],
      checkins: [],
    });
    const first = await actions.page({ limit: 3 });
    expect(first.actions.map((each) => each.id)).toEqual(['p2', 'p1', 'd2']);
    expect(first.more).toBe(true);
    expect(await actions.counts()).toEqual({ planned: 2, done: 2, 'let-go': 1 });
    const second = await actions.page({ offset: 3, limit: 3 });
    expect(second.actions.map((each) => each.id)).toEqual(['d1', 'g1']);
    expect(second.more).toBe(false);
    expect((await actions.page({ limit: 4 })).more).toBe(true);
    expect((await actions.page({ limit: 5 })).more).toBe(false);
    const done = await actions.page({ status: 'done' });
    expect(done.actions.map((each) => each.id)).toEqual(['d2', 'd1']);
    expect(done.more).toBe(false);
  });

  it('finds actions by words in their text or reflection, whatever the case', async () => {
    const { actions } = store();
    await actions.importAll({
      actions: [
        action('a', 'planned', 1, { text: 'Ask about the garden' }),
        action('b', 'done', 2, { text: 'Sit with Mrs Lee', reflection: { what: 'She loves her GARDEN' } }),
        action('c', 'planned', 3, { text: 'Thank the porter' }),
      ],
      checkins: [],
    });
    const found = await actions.page({ query: 'garden' });
    expect(found.actions.map((each) => each.id)).toEqual(['a', 'b']);
    expect(found.total).toBe(2);
    expect((await actions.page({ query: 'garden', status: 'done' })).actions.map((each) => each.id)).toEqual([
      'b',
    ]);
    expect(
      (await actions.page({ query: 'garden', offset: 1, limit: 1 })).actions.map((each) => each.id),
    ).toEqual(['b']);
  });
});

describe('changing an action', () => {
  it('marks it done with a reflection, lets it go, plans it again, and edits it', async () => {
    const { actions } = store();
    const saved = await actions.add(own('Ask what matters'));
    const done = await actions.setStatus({
      id: saved.id,
      status: 'done',
      reflection: { what: 'It mattered.' },
    });
    expect(done).toMatchObject({ status: 'done', reflection: { what: 'It mattered.' } });
    expect(done.doneAt).toBe(done.updated);
    expect(done.updated).toBeGreaterThan(saved.updated);

    const again = await actions.setStatus({ id: saved.id, status: 'planned' });
    expect(again.reflection).toBeUndefined();
    expect(again.doneAt).toBeUndefined();

    const edited = await actions.edit({ id: saved.id, text: 'Ask what matters today', due: '2026-06-10' });
    expect(edited).toMatchObject({ text: 'Ask what matters today', due: '2026-06-10', status: 'planned' });
    expect((await actions.edit({ id: saved.id, due: null })).due).toBeUndefined();
    expect(await actions.get(saved.id)).toMatchObject({ text: 'Ask what matters today' });
  });

  it('refuses to change an action that is not saved', async () => {
    const { actions } = store();
    await expect(actions.setStatus({ id: 'gone', status: 'done' })).rejects.toThrow('no longer saved');
    await expect(actions.edit({ id: 'gone', text: 'x' })).rejects.toThrow('no longer saved');
  });

  it('deletes an action and restores exactly the same record', async () => {
    const { actions } = store();
    const saved = await actions.add(own('Learn a name'));
    const done = await actions.setStatus({
      id: saved.id,
      status: 'done',
      reflection: { what: 'Her name is Ama.' },
    });
    const removed = await actions.remove(saved.id);
    expect(removed).toEqual(done);
    expect(await actions.count()).toBe(0);
    await actions.restore(removed);
    expect(await actions.get(saved.id)).toEqual(done);
    await expect(actions.restore(removed)).rejects.toThrow('already saved');
  });

  it('counts open actions and lists those due by a day', async () => {
    const { actions } = store();
    await actions.add({ ...own('Due today'), due: '2026-06-01' });
    await actions.add({ ...own('Due later'), due: '2026-07-01' });
    const late = await actions.add({ ...own('Overdue'), due: '2026-05-01' });
    await actions.add(own('No date'));
    expect((await actions.counts()).planned).toBe(4);
    expect((await actions.dueBy('2026-06-01')).map((each) => each.text).sort()).toEqual([
      'Due today',
      'Overdue',
    ]);
    await actions.setStatus({ id: late.id, status: 'let-go' });
    expect((await actions.dueBy('2026-06-01')).map((each) => each.text)).toEqual(['Due today']);
  });
});

describe('import and export', () => {
  it('merges by id: new ones are added, newer ones replace, the rest are skipped', async () => {
    const { actions } = store();
    await actions.importAll({
      actions: [action('keep', 'planned', 10), action('old', 'planned', 10)],
      checkins: [checkin('c1', 5)],
    });
    const report = await actions.importAll({
      actions: [
        action('keep', 'done', 10, { updated: 5 }),
        action('old', 'done', 10, { updated: 20 }),
        action('new', 'planned', 30),
      ],
      checkins: [checkin('c1', 9), checkin('c2', 2)],
    });
    expect(report).toEqual({
      actions: { added: 1, updated: 1, skipped: 1 },
      checkins: { added: 1, updated: 1, skipped: 0 },
    });
    expect((await actions.get('keep'))?.status).toBe('planned');
    expect((await actions.get('old'))?.status).toBe('done');
    const everything = await actions.exportAll();
    expect(everything.actions).toHaveLength(3);
    expect(everything.checkins.find((each) => each.id === 'c1')?.updated).toBe(9);
  });

  it('writes nothing when one write fails part-way', async () => {
    const { actions } = store();
    await actions.importAll({ actions: [action('a', 'planned', 1)], checkins: [] });
    // The stored copy is older, so it is written; the check-in cannot be stored at all.
    const unstorable = { id: 'c', created: 1, updated: 1, notes: () => undefined } as unknown as Checkin;
    await expect(
      actions.importAll({
        actions: [action('a', 'done', 1, { updated: 9 }), action('b', 'planned', 2)],
        checkins: [unstorable],
      }),
    ).rejects.toThrow();
    expect(await actions.count()).toBe(1);
    expect((await actions.get('a'))?.status).toBe('planned');
  });

  it('imports 10,000 actions in one go', async () => {
    const { actions } = store();
    const many = Array.from({ length: 10_000 }, (_, index) => action(`a-${index}`, 'planned', index));
    const report = await actions.importAll({ actions: many, checkins: [] });
    expect(report.actions.added).toBe(10_000);
    expect(await actions.count()).toBe(10_000);
  }, 30_000);

  it('clears every action and check-in', async () => {
    const { actions } = store();
    await actions.importAll({ actions: [action('a', 'planned', 1)], checkins: [checkin('c', 1)] });
    await actions.clearAll();
    expect(await actions.exportAll()).toEqual({ actions: [], checkins: [] });
  });
});

describe('counts and done times after every kind of write', () => {
  it('are never stale: each write is reflected in the next read', async () => {
    let clock = 1_772_000_000_000;
    const store = createActionStore(freshDb(), {
      now: () => clock++,
      newId: () => crypto.randomUUID(),
    });
    const counted = async () => ({ ...(await store.counts()), doneTimes: (await store.doneTimes()).length });

    expect(await counted()).toEqual({ planned: 0, done: 0, 'let-go': 0, doneTimes: 0 });
    const first = await store.add({ text: 'Sit with Mrs Patel at lunch', source: { kind: 'own' } });
    expect(await counted()).toEqual({ planned: 1, done: 0, 'let-go': 0, doneTimes: 0 });
    await store.setStatus({ id: first.id, status: 'done' });
    expect(await counted()).toEqual({ planned: 0, done: 1, 'let-go': 0, doneTimes: 1 });
    const removed = await store.remove(first.id);
    expect(await counted()).toEqual({ planned: 0, done: 0, 'let-go': 0, doneTimes: 0 });
    await store.restore(removed);
    expect(await counted()).toEqual({ planned: 0, done: 1, 'let-go': 0, doneTimes: 1 });
    await store.importAll({ actions: [{ ...removed, id: crypto.randomUUID() }], checkins: [] });
    expect(await counted()).toEqual({ planned: 0, done: 2, 'let-go': 0, doneTimes: 2 });
    await store.clearAll();
    expect(await counted()).toEqual({ planned: 0, done: 0, 'let-go': 0, doneTimes: 0 });
  });
});
