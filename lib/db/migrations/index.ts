import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';

/**
 * Upgrades the database by exactly one version, inside the upgrade
 * transaction. Untyped on purpose: a migration works on the layout of its
 * own time (indexes since removed included), not on today's schema.
 */
export type Migration = (
  db: IDBPDatabase,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
) => void | Promise<void>;

/** migrations[n - 1] takes the database from version n - 1 to n. Append only. */
export const migrations: readonly Migration[] = [v1, v2, v3, v4];

export const DB_VERSION = migrations.length;
