import { InvalidInput } from './actions';

/**
 * A leader's kindness check-in before a meeting, as stored in IndexedDB.
 * The check-in feature owns this shape; the store and its index exist from
 * database version 2.
 */
export interface Checkin {
  id: string;
  /** Epoch milliseconds. */
  created: number;
  updated: number;
}

/**
 * Checks a stored or imported check-in and returns a clean copy, or throws
 * InvalidInput saying what is wrong. Import uses it, so it must accept every
 * check-in Kindling itself has ever written.
 */
export function parseCheckin(input: unknown): Checkin {
  if (typeof input !== 'object' || input === null) throw new InvalidInput('A check-in must be an object.');
  const { id, created, updated } = input as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') throw new InvalidInput('A check-in needs an id.');
  if (!isTime(created) || !isTime(updated)) throw new InvalidInput('A check-in needs its created and updated times.');
  return { id, created, updated };
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
