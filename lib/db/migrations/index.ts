import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { KindlingDB } from '../schema';
import { v1 } from './v1';
import { v2 } from './v2';

/** Upgrades the database by exactly one version, inside the upgrade transaction. */
export type Migration = (
  db: IDBPDatabase<KindlingDB>,
  tx: IDBPTransaction<KindlingDB, StoreNames<KindlingDB>[], 'versionchange'>,
) => void | Promise<void>;

/** migrations[n - 1] takes the database from version n - 1 to n. Append only. */
export const migrations: readonly Migration[] = [v1, v2];

export const DB_VERSION = migrations.length;
