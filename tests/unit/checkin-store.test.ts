import { describe, it, expect, vi } from 'vitest';
import { checkinHandlers } from '@/lib/background/checkin-handlers';
import type { HandlerDeps } from '@/lib/background/handlers';
import { createCheckinStore } from '@/lib/db/checkin-store';
import { InvalidInput } from '@/lib/db/actions';
import {
  CHECKIN_NOTE_MAX,
  createCheckin,
  parseCheckin,
  parseCheckinStart,
  type Checkin,
} from '@/lib/db/checkins';
import type { PageEvent } from '@/lib/messages';
import { dbV2 } from './fixtures/db-v2';
import { freshDb } from './support/fresh-db';

const T0 = Date.UTC(2026, 2, 9, 13, 0);
const MINUTE = 60_000;

function freshStore() {
  const db = freshDb();
  const clock = { now: T0 };
  let nextId = 0;
  const store = createCheckinStore(db, { now: () => clock.now, newId: () => `checkin-${++nextId}` });
  return { store, clock };
}

describe('parseCheckin: what import and the store accept', () => {
  it('accepts every check-in Kindling writes: new, in progress and finished', () => {
    for (const record of dbV2.stores.checkins) expect(parseCheckin(record)).toEqual(record);
    const fresh = createCheckin({ meetingType: 'incident', minutes: 15 }, T0, 'x');
    expect(parseCheckin(fresh)).toEqual(fresh);
    expect(parseCheckin(JSON.parse(JSON.stringify(fresh)))).toEqual(fresh);
  });

  it('returns a clean copy without unknown fields, with covered lenses in hat order', () => {
    const record = {
      ...createCheckin({ meetingType: 'board', minutes: 5 }, T0, 'x'),
      covered: ['blue', 'white'],
      extra: 'dropped',
    };
    const parsed = parseCheckin(record);
    expect(parsed.covered).toEqual(['white', 'blue']);
    expect('extra' in parsed).toBe(false);
  });

  const good = createCheckin({ meetingType: 'huddle', minutes: 10 }, T0, 'x');
  it.each([
    ['not an object', 'nope', /must be an object/],
    ['no id', { ...good, id: '' }, /needs an id/],
    ['no times', { ...good, updated: 'yesterday' }, /created and updated/],
    ['no start time', { ...good, started: undefined }, /time it started/],
    ['a bad finishing time', { ...good, finished: -1 }, /finishing time/],
    ['an unknown meeting type', { ...good, meetingType: 'party' }, /meeting type must be one of/],
    ['an odd length', { ...good, minutes: 7 }, /not 7/],
    ['notes for an unknown lens', { ...good, notes: { purple: 'hm' } }, /unknown lens: purple/],
    ['notes as a list', { ...good, notes: ['a'] }, /per lens/],
    ['a note that is too long', { ...good, notes: { red: 'x'.repeat(CHECKIN_NOTE_MAX + 1) } }, /up to/],
    ['voice notes that are not text', { ...good, voiceNotes: 3 }, /whose voice/],
    ['an unknown covered lens', { ...good, covered: ['white', 'pink'] }, /covered lenses/],
    ['an action without an id', { ...good, actions: [{ lens: 'red', text: 'Ask' }] }, /action id/],
    ['an action without text', { ...good, actions: [{ id: 'a', lens: 'red', text: ' ' }] }, /needs text/],
  ])('rejects %s with a clear message', (_name, input, message) => {
    expect(() => parseCheckin(input)).toThrow(InvalidInput);
    expect(() => parseCheckin(input)).toThrow(message);
  });

  it('checks what a page sends to begin', () => {
    expect(parseCheckinStart({ meetingType: 'one-to-one', minutes: 5, extra: 1 })).toEqual({
      meetingType: 'one-to-one',
      minutes: 5,
    });
    expect(() => parseCheckinStart({ meetingType: 'one-to-one', minutes: 20 })).toThrow(InvalidInput);
  });
});

describe('the check-in store', () => {
  it('starts a check-in and lists check-ins newest first', async () => {
    const { store, clock } = freshStore();
    const first = await store.start({ meetingType: 'huddle', minutes: 10 });
    clock.now += MINUTE;
    const second = await store.start({ meetingType: 'board', minutes: 5 });
    expect(first).toMatchObject({ id: 'checkin-1', created: T0, updated: T0, started: T0, covered: [] });
    expect((await store.list()).map((c) => c.id)).toEqual([second.id, first.id]);
    expect((await store.list({ limit: 1 })).map((c) => c.id)).toEqual([second.id]);
  });

  it('saves changes, keeping id, created and started, and moving updated on every time', async () => {
    const { store, clock } = freshStore();
    const started = await store.start({ meetingType: 'incident', minutes: 15 });
    clock.now += MINUTE;
    const changed: Checkin = { ...started, created: 0, started: 0, voiceNotes: 'No family voice yet' };
    const saved = await store.save(changed);
    expect(saved).toMatchObject({
      created: T0,
      started: T0,
      updated: T0 + MINUTE,
      voiceNotes: 'No family voice yet',
    });
    const again = await store.save(saved);
    expect(again.updated).toBe(T0 + MINUTE + 1);
    expect(await store.get(started.id)).toEqual(again);
  });

  it('refuses to save a check-in that was deleted, and changes nothing', async () => {
    const { store } = freshStore();
    const started = await store.start({ meetingType: 'planning', minutes: 10 });
    await store.remove(started.id);
    await expect(store.save(started)).rejects.toThrow(/no longer saved/);
    expect(await store.list()).toEqual([]);
  });
});

describe('check-in requests', () => {
  function handlers() {
    const { store, clock } = freshStore();
    const notifyPages = vi.fn((_event: PageEvent) => undefined);
    const deps = { checkins: store, notifyPages } as unknown as HandlerDeps;
    return { handle: checkinHandlers(deps), notifyPages, clock };
  }

  it('start, save and delete tell every page the check-ins changed; reading does not', async () => {
    const { handle, notifyPages } = handlers();
    const started = await handle['checkins/start']({ meetingType: 'huddle', minutes: 5 }, {});
    await handle['checkins/save']({ ...started, covered: ['white'] }, {});
    expect(await handle['checkins/get']({ id: started.id }, {})).toMatchObject({ covered: ['white'] });
    await handle['checkins/list']({}, {});
    await handle['checkins/delete']({ id: started.id }, {});
    expect(notifyPages.mock.calls.map(([event]) => event)).toEqual([
      'checkins/changed',
      'checkins/changed',
      'checkins/changed',
    ]);
    expect(await handle['checkins/get']({ id: started.id }, {})).toBeNull();
  });

  it('rejects a bad check-in with a clear message and stores nothing', async () => {
    const { handle, notifyPages } = handlers();
    await expect(handle['checkins/start']({ meetingType: 'gala', minutes: 10 } as never, {})).rejects.toThrow(
      /meeting type/,
    );
    const started = await handle['checkins/start']({ meetingType: 'huddle', minutes: 5 }, {});
    await expect(handle['checkins/save']({ ...started, minutes: 60 } as never, {})).rejects.toThrow(/not 60/);
    expect(await handle['checkins/get']({ id: started.id }, {})).toEqual(started);
    expect(notifyPages).toHaveBeenCalledTimes(1);
  });
});
