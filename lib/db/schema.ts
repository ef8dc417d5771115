import type { DBSchema } from 'idb';
import type { Action, ActionStatus } from './actions';
import type { Checkin } from './checkins';

export const DB_NAME = 'kindling';

/** Kindling's IndexedDB layout. Only the background opens it. */
export interface KindlingDB extends DBSchema {
  actions: {
    key: string;
    value: Action;
    indexes: {
      'by-created': number;
      /** Lists one status newest first, a page at a time. */
      'by-status-created': [ActionStatus, number];
    };
  };
  checkins: {
    key: string;
    value: Checkin;
    indexes: { 'by-created': number };
  };
}
