import { openDB, type IDBPDatabase } from 'idb';
import { migrations, type Migration } from './migrations';
import { DB_NAME, type KindlingDB } from './schema';

export type KindlingDatabase = IDBPDatabase<KindlingDB>;

export interface OpenOptions {
  name?: string;
  /** The version to open; the newest by default. */
  version?: number;
  /** The migrations to run; Kindling's own by default. */
  steps?: readonly Migration[];
}

/**
 * Opens (and, where needed, upgrades) Kindling's database. Every migration runs
 * inside the one upgrade transaction; if a step fails the transaction is
 * aborted, so the database stays at its old version with every record intact.
 */
export async function openKindlingDb({
  name = DB_NAME,
  steps = migrations,
  version = steps.length,
}: OpenOptions = {}): Promise<KindlingDatabase> {
  if (!Number.isInteger(version) || version < 1 || version > steps.length) {
    throw new Error(`Kindling knows database versions 1 to ${steps.length}, not ${version}.`);
  }
  let failure: unknown = null;
  try {
    const db: KindlingDatabase = await openDB<KindlingDB>(name, version, {
      // idb does not wait for this promise, so a failed step must abort the transaction itself.
      async upgrade(db, oldVersion, newVersion, tx) {
        // Its failure is reported through openDB's rejection below, not here.
        tx.done.catch(() => undefined);
        try {
          for (let next = oldVersion + 1; next <= (newVersion ?? version); next++) {
            // Migrations see the untyped layout of their own time (see Migration).
            await steps[next - 1]!(db as unknown as IDBPDatabase, tx as unknown as Parameters<Migration>[1]);
          }
        } catch (error) {
          failure = error;
          tx.abort();
        }
      },
      // A newer build wants to upgrade while this one still holds the database.
      blocking: () => db.close(),
    });
    return db;
  } catch (error) {
    throw failure ?? error;
  }
}
