import { InvalidInput } from '../db/actions';
import { readPack, type Pack } from './format';
import { addPackFromFile, parseInstalled, removePack, withPolicyPack, type InstalledPack } from './installed';

/** A stored value, as WXT's storage items give it (lib/settings.ts). */
export interface Stored<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

/** browser.storage.managed, or what stands in for it in tests. */
export interface ManagedStorage {
  get(key: string): Promise<Record<string, unknown>>;
}

/** The policy key administrators put one inline content pack under. */
export const POLICY_KEY = 'contentPack';

export interface PackStore {
  /** Adds a pack from a file (checked again here); throws InvalidInput, changing nothing, when refused. */
  add(json: unknown): Promise<{ installed: InstalledPack; replaced: InstalledPack | null }>;
  /** Removes a pack someone imported and answers with it, so the page can offer Undo. */
  remove(id: string): Promise<InstalledPack>;
  /** Takes the organisation's pack from policy again (at start, and when the policy changes). */
  syncPolicy(): Promise<void>;
}

/**
 * The organisation's inline pack: none when there is no policy (Firefox
 * rejects storage.managed.get then), the pack, or why it could not be used.
 */
export async function readPolicyPack(
  managed: ManagedStorage | undefined,
): Promise<{ pack: Pack | null; problem: string | null }> {
  let value: unknown;
  try {
    value = managed ? (await managed.get(POLICY_KEY))[POLICY_KEY] : undefined;
  } catch {
    value = undefined;
  }
  if (value === undefined || value === null) return { pack: null, problem: null };
  // A Windows registry value holds JSON as a string.
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      // readPack says it is not a pack.
    }
  }
  const read = readPack(value);
  return read.ok ? { pack: read.pack, problem: null } : { pack: null, problem: read.problem };
}

/**
 * The one writer of the installed packs (the background): every change is
 * queued on one promise chain, so an import and a policy change never cross.
 */
export function createPackStore({
  packs,
  policyProblem,
  managed,
  now,
}: {
  packs: Stored<InstalledPack[]>;
  policyProblem: Stored<string | null>;
  managed: ManagedStorage | undefined;
  now: () => number;
}): PackStore {
  let writes: Promise<unknown> = Promise.resolve();
  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const next = writes.then(work);
    writes = next.catch(() => undefined);
    return next;
  };
  const current = async () => parseInstalled(await packs.getValue());

  return {
    add: (json) =>
      queued(async () => {
        const read = readPack(json);
        if (!read.ok) throw new InvalidInput(read.problem);
        const change = addPackFromFile(await current(), read.pack, now());
        if (!change.ok) throw new InvalidInput(change.problem);
        await packs.setValue(change.packs);
        return { installed: change.installed, replaced: change.replaced };
      }),

    remove: (id) =>
      queued(async () => {
        const change = removePack(await current(), typeof id === 'string' ? id : '');
        if (!change.ok) throw new InvalidInput(change.problem);
        await packs.setValue(change.packs);
        return change.removed;
      }),

    syncPolicy: () =>
      queued(async () => {
        const { pack, problem } = await readPolicyPack(managed);
        // A bad pack is ignored: the one the organisation gave before stays.
        if (problem === null) {
          const before = await current();
          const after = withPolicyPack(before, pack, now());
          if (JSON.stringify(after) !== JSON.stringify(before)) await packs.setValue(after);
        }
        if ((await policyProblem.getValue()) !== problem) await policyProblem.setValue(problem);
      }),
  };
}
