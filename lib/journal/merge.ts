/** A record that can be merged by id: the newer `updated` wins. */
export interface Mergeable {
  id: string;
  updated: number;
}

export interface MergePlan<T> {
  /** The records to write, new or newer than what is stored. */
  writes: T[];
  added: number;
  updated: number;
  skipped: number;
}

/**
 * Decides which incoming records to write, given the `updated` time of each
 * record already stored: new ids are added, newer copies replace older ones,
 * and the rest (same or older) are skipped, so nothing newer is ever lost.
 * When a file holds one id twice, the newer copy counts.
 */
export function planMerge<T extends Mergeable>(
  stored: ReadonlyMap<string, number>,
  incoming: readonly T[],
): MergePlan<T> {
  const newest = new Map<string, T>();
  let skipped = 0;
  for (const record of incoming) {
    const seen = newest.get(record.id);
    if (seen && seen.updated >= record.updated) skipped++;
    else {
      if (seen) skipped++;
      newest.set(record.id, record);
    }
  }
  const plan: MergePlan<T> = { writes: [], added: 0, updated: 0, skipped };
  for (const record of newest.values()) {
    const storedUpdated = stored.get(record.id);
    if (storedUpdated === undefined) plan.added++;
    else if (record.updated > storedUpdated) plan.updated++;
    else {
      plan.skipped++;
      continue;
    }
    plan.writes.push(record);
  }
  return plan;
}
