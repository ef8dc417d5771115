import { browser } from 'wxt/browser';
import { EMPTY_POLICY, parsePolicy, type Policy, type PolicyProblem } from './parse';
import { USER_CHOICE_KEYS, effectiveSettings, userChoicesOf, type Effective } from './effective';

/** The storage areas the policy reader uses, so tests can pass their own. */
export interface PolicyStorage {
  managed?: { get(): Promise<Record<string, unknown>> };
  local: { get(keys: string[]): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
  };
}

export interface ManagedPolicy {
  policy: Policy;
  problems: PolicyProblem[];
}

/**
 * The organisation's policy from `storage.managed`. Firefox rejects when no
 * policy exists, and a browser may lack the area: both mean no policy.
 */
export async function readPolicy(storage: PolicyStorage = browser.storage): Promise<ManagedPolicy> {
  const raw = await readManaged(storage);
  return raw ? parsePolicy(raw) : { policy: EMPTY_POLICY, problems: [] };
}

/** Everything in `storage.managed` as the browser gives it, or undefined when there is no policy. */
export async function readManaged(
  storage: Pick<PolicyStorage, 'managed'> = browser.storage,
): Promise<Record<string, unknown> | undefined> {
  return Promise.resolve()
    .then(() => storage.managed?.get())
    .catch(() => undefined);
}

/** The policy together with every setting's value in force and where it comes from. */
export async function readEffectiveSettings(
  storage: PolicyStorage = browser.storage,
): Promise<ManagedPolicy & Effective> {
  const [managed, stored] = await Promise.all([
    readPolicy(storage),
    storage.local.get([...USER_CHOICE_KEYS]),
  ]);
  return { ...managed, ...effectiveSettings(managed.policy, userChoicesOf(stored)) };
}

/**
 * Calls `changed` when the policy changes (an administrator's new policy
 * arrives within seconds while the browser runs) or, with `settings` true,
 * when the user changes one of the settings a policy can set. Returns how to stop.
 */
export function watchPolicy(
  changed: () => void,
  { settings = false, storage = browser.storage }: { settings?: boolean; storage?: PolicyStorage } = {},
): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const mine = area === 'local' && USER_CHOICE_KEYS.some((key) => key in changes);
    if (area === 'managed' || (settings && mine)) changed();
  };
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}
