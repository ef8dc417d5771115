import type { KindlingDatabase } from './open';
import type { KindlingDB } from './schema';

/** The newest records of a store by its 'by-created' index, newest first, at most `limit` of them. */
export async function newestFirst<S extends 'actions' | 'checkins'>(
  db: KindlingDatabase,
  store: S,
  limit?: number,
): Promise<KindlingDB[S]['value'][]> {
  const tx = db.transaction(store);
  const found: KindlingDB[S]['value'][] = [];
  let cursor = await tx.store.index('by-created').openCursor(null, 'prev');
  while (cursor && (limit === undefined || found.length < limit)) {
    found.push(cursor.value);
    cursor = await cursor.continue();
  }
  await tx.done;
  return found;
}
