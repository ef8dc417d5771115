/**
 * A leader's kindness check-in before a meeting, as stored in IndexedDB.
 * The check-in feature (issue 5) owns this shape; the store and its index
 * exist from database version 2.
 */
export interface Checkin {
  id: string;
  /** Epoch milliseconds. */
  created: number;
  updated: number;
}
