import { openDB, type IDBPDatabase } from 'idb';
import { migrations, DB_VERSION } from './migrations';
import { DB_NAME, type KindlingDB } from './schema';

export type KindlingDatabase = IDBPDatabase<KindlingDB>;

/**
 * Opens (and, where needed, upgrades) Kindling's database. Every migration runs
 * inside the one upgrade transaction, so a failed step leaves the old version intact.
 */
export async function openKindlingDb({
  name = DB_NAME,
  version = DB_VERSION,
}: { name?: string; version?: number } = {}): Promise<KindlingDatabase> {
  const db: KindlingDatabase = await openDB<KindlingDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let next = oldVersion + 1; next <= (newVersion ?? version); next++) {
        const migrate = migrations[next - 1];
        if (!migrate) throw new Error(`No migration to database version ${next}`);
        await migrate(db, tx);
      }
    },
    // A newer build wants to upgrade while this one still holds the database.
    blocking: () => db.close(),
  });
  return db;
}
