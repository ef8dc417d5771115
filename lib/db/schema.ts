import type { DBSchema } from 'idb';
import type { Action, ActionStatus } from './actions';

export const DB_NAME = 'kindling';

/** Kindling's IndexedDB layout. Only the background opens it. */
export interface KindlingDB extends DBSchema {
  actions: {
    key: string;
    value: Action;
    indexes: { 'by-created': number; 'by-status': ActionStatus };
  };
}
