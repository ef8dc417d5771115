import { unwrap } from 'idb';
import {
  ACTION_STATUSES,
  applyEdit,
  applyStatus,
  createAction,
  GONE_ACTION,
  InvalidInput,
  STALE_ACTION,
  type Action,
  type ActionDraft,
  type ActionEdit,
  type ActionSource,
  type ActionStatus,
  type StatusChange,
} from './actions';
import type { Checkin } from './checkins';
import { newestFirst } from './newest';
import type { KindlingDatabase } from './open';
import type { ImportProgress } from '../messages';
import { planMerge } from '../journal/merge';
import { createSearchIndex, matchesSearch } from './search-index';

export interface ActionStoreEnv {
  now: () => number;
  newId: () => string;
}

export type StatusCounts = Record<ActionStatus, number>;

/** What a page asks to see: one status or all (open first), optionally matching words, a page at a time. */
export interface PageQuery {
  status?: ActionStatus;
  query?: string;
  offset?: number;
  limit?: number;
}

export interface ActionPage {
  actions: Action[];
  /** Whether more actions match after this page. */
  more: boolean;
  /** How many actions match a search, across every page (counted only when searching). */
  total?: number;
}

export interface ImportCounts {
  added: number;
  updated: number;
  skipped: number;
}

export interface ImportReport {
  actions: ImportCounts;
  checkins: ImportCounts;
}

/** Everything Kindling keeps in IndexedDB, as exported. */
export interface JournalData {
  actions: Action[];
  checkins: Checkin[];
}

export const PAGE_LIMIT_MAX = 200;

/** An import reports its progress every 2 % of its writes, and never more often than every 1,000. */
const PROGRESS_STEPS = 50;
const PROGRESS_STEP_MIN = 1000;

/** Open actions first, then done, then the ones let go. */
const STATUS_ORDER: readonly ActionStatus[] = ['planned', 'done', 'let-go'];

const statusRange = (status: ActionStatus) => IDBKeyRange.bound([status, -Infinity], [status, Infinity]);

/** Ends a write that must change nothing, with the reason the user is shown. */
async function refuse(tx: { abort(): void; done: Promise<void> }, reason: string): Promise<never> {
  tx.abort();
  await tx.done.catch(() => undefined);
  throw new InvalidInput(reason);
}

/** The one owner of saved actions: every read and write goes through here. */
export function createActionStore(db: Promise<KindlingDatabase>, env: ActionStoreEnv) {
  // Counts and done times cost a walk of the whole store, and every popup asks
  // for them. Every write passes through this store, so they are kept until a
  // write finishes (after commit, so a read racing the write is dropped too).
  let countsMemo: Promise<StatusCounts> | null = null;
  let doneTimesMemo: Promise<number[]> | null = null;
  // Search keeps its own index, told of each write once it has committed.
  const search = createSearchIndex(async () => (await db).getAll('actions'));
  const written = <T>(write: Promise<T>, indexed: (result: T) => void): Promise<T> =>
    write
      .then((result) => {
        indexed(result);
        return result;
      })
      .finally(() => {
        countsMemo = null;
        doneTimesMemo = null;
      });

  /**
   * Reads, changes and writes one action in one transaction, so two changes
   * cannot interleave. A change made from an older copy than the stored one
   * (`basedOn`) is refused, and `updated` always moves on, so every saved
   * version has its own `updated`.
   */
  async function change(
    id: string,
    basedOn: number | undefined,
    apply: (action: Action, now: number) => Action,
  ): Promise<Action> {
    const tx = (await db).transaction('actions', 'readwrite');
    const action = await tx.store.get(id);
    if (!action) return refuse(tx, GONE_ACTION);
    if (basedOn !== undefined && basedOn !== action.updated) return refuse(tx, STALE_ACTION);
    const next = apply(action, Math.max(env.now(), action.updated + 1));
    await tx.store.put(next);
    await tx.done;
    return next;
  }

  /**
   * Saves a new action, unless the same words from the same prompt,
   * conversation or check-in lens are already an open action: then that one
   * is the answer, so a double click or a second click saves no duplicate.
   */
  async function addOnce(draft: ActionDraft): Promise<Action> {
    const tx = (await db).transaction('actions', 'readwrite');
    if (draft.source.kind !== 'own') {
      const open = await tx.store.index('by-status-created').getAll(statusRange('planned'));
      const same = open.find((each) => each.text === draft.text && sameSource(each.source, draft.source));
      if (same) {
        await tx.done;
        return same;
      }
    }
    const action = createAction(draft, env.now(), env.newId());
    // Both at once, so a refused add (an id in use) does not leave tx.done's abort unheard.
    await Promise.all([tx.store.add(action), tx.done]);
    return action;
  }

  /** Deletes an action and hands it back, so the page can offer to undo. */
  async function removeAction(id: string): Promise<Action> {
    const tx = (await db).transaction('actions', 'readwrite');
    const action = await tx.store.get(id);
    if (!action) return refuse(tx, GONE_ACTION);
    await tx.store.delete(id);
    await tx.done;
    return action;
  }

  /** Puts a deleted action back exactly as it was; never overwrites one saved since. */
  async function restoreAction(action: Action): Promise<Action> {
    const tx = (await db).transaction('actions', 'readwrite');
    if (await tx.store.get(action.id)) return refuse(tx, 'That action is already saved.');
    await tx.store.add(action);
    await tx.done;
    return action;
  }

  /**
   * Merges checked records by id (the newer `updated` wins) in one
   * transaction over both stores: either every write lands or none does.
   */
  async function importRecords(
    data: JournalData,
    onProgress: (progress: ImportProgress) => void,
  ): Promise<ImportReport> {
    const tx = (await db).transaction(['actions', 'checkins'], 'readwrite');
    const actionStore = tx.objectStore('actions');
    const checkinStore = tx.objectStore('checkins');
    const storedTimes = async (
      store: typeof actionStore | typeof checkinStore,
      ids: string[],
    ): Promise<Map<string, number>> => {
      // One read of everything beats thousands of single reads for a big import.
      const found =
        ids.length > 200 ? await store.getAll() : await Promise.all(ids.map((id) => store.get(id)));
      const times = new Map<string, number>();
      found.forEach((record) => record && times.set(record.id, record.updated));
      return times;
    };
    try {
      const [actionTimes, checkinTimes] = await Promise.all([
        storedTimes(
          actionStore,
          data.actions.map((action) => action.id),
        ),
        storedTimes(
          checkinStore,
          data.checkins.map((checkin) => checkin.id),
        ),
      ]);
      const actionPlan = planMerge(actionTimes, data.actions);
      const checkinPlan = planMerge(checkinTimes, data.checkins);
      // Plain requests, not a promise each: a failed one aborts the transaction, which tx.done reports.
      const rawActions = unwrap(actionStore);
      const rawCheckins = unwrap(checkinStore);
      const total = actionPlan.writes.length + checkinPlan.writes.length;
      // Requests finish in order, so one listener per step tells how far the writes are.
      const step = Math.max(PROGRESS_STEP_MIN, Math.ceil(total / PROGRESS_STEPS));
      // A small import is over before a progress bar could mean anything.
      const reporting = total >= step;
      let done = 0;
      const counted = (request: IDBRequest) => {
        if (++done % step === 0 || (reporting && done === total)) {
          const progress = { done, total };
          request.addEventListener('success', () => onProgress(progress));
        }
      };
      if (reporting) onProgress({ done: 0, total });
      for (const action of actionPlan.writes) counted(rawActions.put(action));
      for (const checkin of checkinPlan.writes) counted(rawCheckins.put(checkin));
      await tx.done;
      return { actions: importCounts(actionPlan), checkins: importCounts(checkinPlan) };
    } catch (error) {
      // Any failure undoes the writes this transaction already made.
      try {
        tx.abort();
      } catch {
        // It had already finished or aborted.
      }
      await tx.done.catch(() => undefined);
      throw error;
    }
  }

  async function clearRecords(): Promise<void> {
    const tx = (await db).transaction(['actions', 'checkins'], 'readwrite');
    await Promise.all([tx.objectStore('actions').clear(), tx.objectStore('checkins').clear(), tx.done]);
  }

  function counts(): Promise<StatusCounts> {
    countsMemo ??= countStatuses().catch((error: unknown) => {
      countsMemo = null;
      throw error;
    });
    return countsMemo;
  }

  async function countStatuses(): Promise<StatusCounts> {
    const index = (await db).transaction('actions').store.index('by-status-created');
    const [planned, done, letGo] = await Promise.all(
      ACTION_STATUSES.map((status) => index.count(statusRange(status))),
    );
    return { planned: planned ?? 0, done: done ?? 0, 'let-go': letGo ?? 0 };
  }

  return {
    /** The store's clock, so time-based views agree with the times it writes. */
    now: env.now,

    /** Saved actions, newest first. */
    async list({ limit }: { limit?: number } = {}): Promise<Action[]> {
      return newestFirst(await db, 'actions', limit);
    },

    /**
     * One page of actions, newest first within each status, read through the
     * status-and-created index so only the page itself is loaded.
     */
    async page({ status, query, offset = 0, limit = 20 }: PageQuery = {}): Promise<ActionPage> {
      const statuses = status ? [status] : STATUS_ORDER;
      const words = (query ?? '').trim();
      // Counting a status walks its index, so it is only done to skip whole statuses.
      const skipping = words === '' && offset > 0 ? await counts() : null;
      const index = (await db).transaction('actions').store.index('by-status-created');
      const actions: Action[] = [];
      if (words !== '') {
        // A write landing between the search and the read of its page is told to
        // the index before the read answers, so searching again gives a current page.
        for (let attempt = 1; ; attempt++) {
          const found = await search.find(statuses, words);
          const store = (await db).transaction('actions').store;
          const onPage = await Promise.all(found.slice(offset, offset + limit).map((id) => store.get(id)));
          const current = (action: Action | undefined): action is Action =>
            action !== undefined && statuses.includes(action.status) && matchesSearch(action, words);
          if (attempt < 3 && !onPage.every(current)) continue;
          actions.push(...onPage.filter(current));
          return { actions, more: found.length > offset + onPage.length, total: found.length };
        }
      }
      let skip = offset;
      let more = false;
      for (const each of statuses) {
        if (actions.length >= limit) {
          more ||= (await index.openKeyCursor(statusRange(each))) !== null;
          if (more) break;
          continue;
        }
        if (skipping && skip >= skipping[each]) {
          skip -= skipping[each];
          continue;
        }
        let cursor = await index.openCursor(statusRange(each), 'prev');
        if (cursor && skip > 0) cursor = await cursor.advance(skip);
        skip = 0;
        while (cursor && actions.length < limit) {
          actions.push(cursor.value);
          cursor = await cursor.continue();
        }
        if (cursor) more = true;
      }
      return { actions, more };
    },

    async get(id: string): Promise<Action | undefined> {
      return (await db).get('actions', id);
    },

    /** Saves a new action; the same words from the same prompt or note, still open, are saved once. */
    add: (draft: ActionDraft): Promise<Action> => written(addOnce(draft), search.put),

    edit(edit: ActionEdit): Promise<Action> {
      return written(
        change(edit.id, edit.basedOn, (action, now) => applyEdit(action, edit, now)),
        search.put,
      );
    },

    setStatus(status: StatusChange): Promise<Action> {
      return written(
        change(status.id, status.basedOn, (action, now) => applyStatus(action, status, now)),
        search.put,
      );
    },

    /** Deletes an action and hands it back, so the page can offer to undo. */
    remove: (id: string): Promise<Action> => written(removeAction(id), (action) => search.remove(action.id)),

    /** Puts a deleted action back exactly as it was; never overwrites one saved since. */
    restore: (action: Action): Promise<Action> => written(restoreAction(action), search.put),

    counts,

    async count(): Promise<number> {
      return (await db).count('actions');
    },

    /** When each done action was done: the chart counts these per week. */
    doneTimes(): Promise<number[]> {
      doneTimesMemo ??= (async () => {
        const done = await (await db).getAllFromIndex('actions', 'by-status-created', statusRange('done'));
        return done.map((action) => action.doneAt ?? action.updated);
      })().catch((error: unknown) => {
        doneTimesMemo = null;
        throw error;
      });
      return doneTimesMemo;
    },

    /** Open actions with a due date on or before `day` (YYYY-MM-DD). */
    async dueBy(day: string): Promise<Action[]> {
      const planned = await (
        await db
      ).getAllFromIndex('actions', 'by-status-created', statusRange('planned'));
      return planned.filter((action) => action.due !== undefined && action.due <= day);
    },

    /**
     * Every action and check-in, read in one transaction so the copy is
     * consistent; or, with a `limit`, one part of them: up to `limit` actions
     * by id after `after` (the check-ins come with the first part), and the
     * id to continue after (`next`) while more remain. A big journal exported
     * part by part never holds a page for long; each part is consistent, and
     * the whole is the journal as it stood while it was read.
     */
    async exportAll({ after, limit }: { after?: string; limit?: number } = {}): Promise<
      JournalData & { next?: string }
    > {
      const tx = (await db).transaction(['actions', 'checkins']);
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
      const [actions, checkins] = await Promise.all([
        tx.objectStore('actions').getAll(range, limit),
        after === undefined ? tx.objectStore('checkins').getAll() : [],
      ]);
      await tx.done;
      const last = actions.at(-1);
      return limit !== undefined && actions.length === limit && last
        ? { actions, checkins, next: last.id }
        : { actions, checkins };
    },

    /**
     * Merges checked records by id (the newer `updated` wins) in one
     * transaction over both stores: either every write lands or none does.
     */
    importAll: (
      data: JournalData,
      onProgress: (progress: ImportProgress) => void = () => undefined,
    ): Promise<ImportReport> =>
      // Rebuilt on the next search: one read beats indexing a big import record by record.
      written(importRecords(data, onProgress), search.invalidate),

    /** Deletes every action and check-in. */
    clearAll: (): Promise<void> => written(clearRecords(), search.clear),
  };
}

function importCounts({ added, updated, skipped }: ImportCounts): ImportCounts {
  return { added, updated, skipped };
}

function sameSource(a: ActionSource, b: ActionSource): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export type ActionStore = ReturnType<typeof createActionStore>;
