import type { Migration } from './index';

/** One action record as it may be on disk at version 3: only the reflections are looked at. */
type StoredAction = Record<string, unknown> & { history?: unknown };

/**
 * Version 4: a reflection has three parts (what happened, so what, now what)
 * instead of one string. A version 3 reflection becomes the "what happened"
 * part, on the action and in its history, so nothing written is lost; an
 * empty one is dropped. No store or index changes.
 */
export const v4: Migration = async (_db, tx) => {
  const store = tx.objectStore('actions');
  let cursor = await store.openCursor();
  while (cursor) {
    const upgraded = upgradeReflections(cursor.value as StoredAction);
    if (upgraded !== cursor.value) await cursor.update(upgraded);
    cursor = await cursor.continue();
  }
};

/** The record with string reflections turned into three-part ones; the same object when there were none. */
export function upgradeReflections<T extends StoredAction>(record: T): T {
  let changed = false;
  const next: StoredAction = { ...record };
  if (typeof record.reflection === 'string') {
    changed = true;
    setPart(next, record.reflection);
  }
  if (Array.isArray(record.history) && record.history.some((past) => typeof past?.reflection === 'string')) {
    changed = true;
    next.history = record.history.map((past: StoredAction) => {
      if (typeof past?.reflection !== 'string') return past;
      const copy: StoredAction = { ...past };
      setPart(copy, past.reflection);
      return copy;
    });
  }
  return changed ? (next as T) : record;
}

function setPart(record: StoredAction, text: string): void {
  if (text.trim() === '') delete record.reflection;
  else record.reflection = { what: text.trim() };
}
