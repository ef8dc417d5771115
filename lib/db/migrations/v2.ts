import type { Migration } from './index';

/**
 * Version 2: actions can be paged by status and merged by last update, and
 * leaders' meeting check-ins get a store of their own. Records are untouched.
 */
export const v2: Migration = (db, tx) => {
  const actions = tx.objectStore('actions');
  actions.createIndex('by-updated', 'updated');
  actions.createIndex('by-status-created', ['status', 'created']);
  const checkins = db.createObjectStore('checkins', { keyPath: 'id' });
  checkins.createIndex('by-created', 'created');
};
