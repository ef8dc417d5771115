import { ACTION_STATUSES, reflectionParts, type Action, type ActionStatus } from './actions';

/**
 * What search compares: the words in lower case (by the browser's locale, as
 * before) with accents and other combining marks removed, so "cafe" finds
 * "Café" and "CAFÉ" finds "cafe".
 */
export function searchKey(text: string): string {
  const lower = text.toLocaleLowerCase();
  // Most journals are plain ASCII; normalising only the rest keeps building the index quick.
  return !/[^\p{ASCII}]/u.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Whether an action matches a search: the whole query (trimmed, compared by
 * `searchKey`) appears in its text or in any part of its reflection. An empty query
 * matches everything. This is the definition the index must agree with.
 */
export function matchesSearch(action: Pick<Action, 'text' | 'reflection'>, query: string): boolean {
  const key = searchKey(query.trim());
  return (
    searchKey(action.text).includes(key) ||
    reflectionParts(action.reflection).some((part) => searchKey(part).includes(key))
  );
}

/** What the index keeps of an action: enough to match and order it, not the whole record. */
interface Entry {
  id: string;
  status: ActionStatus;
  created: number;
  text: string;
  /** Each part of the reflection, searched one by one so a query never matches across two parts. */
  reflection: string[];
}

/** The journal's page order within a status: newest first, then by id from the end, as the status index reads backwards. */
const comesBefore = (a: Entry, b: Entry) => a.created > b.created || (a.created === b.created && a.id > b.id);

const entryOf = (action: Action): Entry => ({
  id: action.id,
  status: action.status,
  created: action.created,
  text: searchKey(action.text),
  reflection: reflectionParts(action.reflection).map(searchKey),
});

/** Where `entry` belongs in `list` (kept in page order). */
function position(list: readonly Entry[], entry: Entry): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (comesBefore(list[middle]!, entry)) low = middle + 1;
    else high = middle;
  }
  return low;
}

interface State {
  byId: Map<string, Entry>;
  byStatus: Record<ActionStatus, Entry[]>;
}

function build(actions: readonly Action[]): State {
  const byId = new Map<string, Entry>();
  const byStatus: Record<ActionStatus, Entry[]> = { planned: [], done: [], 'let-go': [] };
  for (const action of actions) {
    const entry = entryOf(action);
    byId.set(entry.id, entry);
    byStatus[entry.status].push(entry);
  }
  for (const status of ACTION_STATUSES) {
    byStatus[status].sort((a, b) => (comesBefore(a, b) ? -1 : comesBefore(b, a) ? 1 : 0));
  }
  return { byId, byStatus };
}

/**
 * An in-memory search index over saved actions, kept by their one writer
 * (the action store). It is built from `load` on the first search, then
 * updated after every committed write, so later searches never read
 * IndexedDB: at 100,000 actions a search is a scan of short lower-case
 * strings in memory (a few tens of MB), not a read and clone of every record.
 *
 * Every update is idempotent (the action as written, or its id removed), so a
 * write reported twice is harmless; a write reported while the index is being
 * built makes the build start again, since its snapshot may predate it.
 */
export function createSearchIndex(load: () => Promise<Action[]>) {
  let state: State | null = null;
  let building: Promise<State> | null = null;
  // Bumped by every write, so a build can tell whether its snapshot is still current.
  let writes = 0;

  function ready(): Promise<State> {
    if (state) return Promise.resolve(state);
    building ??= (async () => {
      for (;;) {
        const seen = writes;
        const actions = await load();
        if (seen === writes) return (state = build(actions));
      }
    })().finally(() => {
      building = null;
    });
    return building;
  }

  function drop(list: Entry[], entry: Entry) {
    const at = position(list, entry);
    if (list[at] === entry) list.splice(at, 1);
    else list.splice(list.indexOf(entry), 1);
  }

  return {
    /** The ids of the actions in `statuses` matching `query`, in the journal's page order. */
    async find(statuses: readonly ActionStatus[], query: string): Promise<string[]> {
      const { byStatus } = await ready();
      const key = searchKey(query.trim());
      const found: string[] = [];
      for (const status of statuses) {
        for (const entry of byStatus[status]) {
          if (entry.text.includes(key) || entry.reflection.some((part) => part.includes(key)))
            found.push(entry.id);
        }
      }
      return found;
    },

    /** An action as just written (saved, edited, moved to a status, restored). */
    put(action: Action): void {
      writes++;
      if (!state) return;
      const old = state.byId.get(action.id);
      if (old) drop(state.byStatus[old.status], old);
      const entry = entryOf(action);
      state.byId.set(entry.id, entry);
      const list = state.byStatus[entry.status];
      list.splice(position(list, entry), 0, entry);
    },

    /** An action just deleted. */
    remove(id: string): void {
      writes++;
      if (!state) return;
      const old = state.byId.get(id);
      if (!old) return;
      state.byId.delete(id);
      drop(state.byStatus[old.status], old);
    },

    /** Every action just deleted. */
    clear(): void {
      writes++;
      state = build([]);
    },

    /** Forgets everything, to be rebuilt on the next search: after an import, or a write that failed midway. */
    invalidate(): void {
      writes++;
      state = null;
    },

    /** Whether the index is in memory (for tests and the benchmark). */
    get built(): boolean {
      return state !== null;
    },
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
