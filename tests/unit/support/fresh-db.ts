import { afterEach } from 'vitest';
import { openKindlingDb, type KindlingDatabase, type OpenOptions } from '@/lib/db/open';

const opened: KindlingDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/**
 * Opens Kindling's database under a name no other test uses (or the given
 * one, to reopen it), and closes it after the test.
 */
export function freshDb(options: OpenOptions = {}): Promise<KindlingDatabase> {
  const db = openKindlingDb({ name: `test-${crypto.randomUUID()}`, ...options });
  // The caller sees a failure through the returned promise.
  db.then((open) => opened.push(open)).catch(() => undefined);
  return db;
}
