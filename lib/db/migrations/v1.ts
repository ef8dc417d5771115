import type { Migration } from './index';

/** Version 1: the actions store, listed newest first and filtered by status. */
export const v1: Migration = (db) => {
  const actions = db.createObjectStore('actions', { keyPath: 'id' });
  actions.createIndex('by-created', 'created');
  actions.createIndex('by-status', 'status');
};
