import { createAction, type Action, type ActionDraft } from './actions';
import type { KindlingDatabase } from './open';

export interface ActionStoreEnv {
  now: () => number;
  newId: () => string;
}

/** The one owner of saved actions: every read and write goes through here. */
export function createActionStore(db: Promise<KindlingDatabase>, env: ActionStoreEnv) {
  return {
    /** Saved actions, newest first. */
    async list({ limit }: { limit?: number } = {}): Promise<Action[]> {
      const tx = (await db).transaction('actions');
      const found: Action[] = [];
      let cursor = await tx.store.index('by-created').openCursor(null, 'prev');
      while (cursor && (limit === undefined || found.length < limit)) {
        found.push(cursor.value);
        cursor = await cursor.continue();
      }
      await tx.done;
      return found;
    },

    async get(id: string): Promise<Action | undefined> {
      return (await db).get('actions', id);
    },

    async add(draft: ActionDraft): Promise<Action> {
      const action = createAction(draft, env.now(), env.newId());
      await (await db).add('actions', action);
      return action;
    },

    async count(): Promise<number> {
      return (await db).count('actions');
    },
  };
}

export type ActionStore = ReturnType<typeof createActionStore>;
