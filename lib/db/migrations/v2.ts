import type { Migration } from './index';

/**
 * Version 2: actions are paged by status, newest first, through one
 * [status, created] index, which also answers everything the status-only
 * index did (so that one goes: each index is paid for on every write).
 * Leaders' meeting check-ins get a store of their own. Records are untouched.
 */
export const v2: Migration = (db, tx) => {
  const actions = tx.objectStore('actions');
  actions.createIndex('by-status-created', ['status', 'created']);
  actions.deleteIndex('by-status');
  const checkins = db.createObjectStore('checkins', { keyPath: 'id' });
  checkins.createIndex('by-created', 'created');
};
