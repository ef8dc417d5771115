import { InvalidInput } from './actions';
import { createCheckin, type Checkin, type CheckinStart } from './checkins';
import { newestFirst } from './newest';
import type { KindlingDatabase } from './open';

export interface CheckinStoreEnv {
  now: () => number;
  newId: () => string;
}

/** The one owner of saved check-ins: every read and write goes through here. */
export function createCheckinStore(db: Promise<KindlingDatabase>, env: CheckinStoreEnv) {
  return {
    /** Saved check-ins, newest first. */
    async list({ limit }: { limit?: number } = {}): Promise<Checkin[]> {
      return newestFirst(await db, 'checkins', limit);
    },

    async get(id: string): Promise<Checkin | undefined> {
      return (await db).get('checkins', id);
    },

    async start(start: CheckinStart): Promise<Checkin> {
      const checkin = createCheckin(start, env.now(), env.newId());
      await (await db).add('checkins', checkin);
      return checkin;
    },

    /**
     * Saves a page's copy of a check-in that already exists. Its id, created
     * and started times stay as stored; `updated` moves on, never back.
     */
    async save(checkin: Checkin): Promise<Checkin> {
      const tx = (await db).transaction('checkins', 'readwrite');
      const stored = await tx.store.get(checkin.id);
      if (!stored) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new InvalidInput('That check-in is no longer saved; it may have been deleted.');
      }
      const saved: Checkin = {
        ...checkin,
        created: stored.created,
        started: stored.started,
        updated: Math.max(env.now(), stored.updated + 1),
      };
      await tx.store.put(saved);
      await tx.done;
      return saved;
    },

    async remove(id: string): Promise<void> {
      await (await db).delete('checkins', id);
    },
  };
}

export type CheckinStore = ReturnType<typeof createCheckinStore>;
