import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { readPolicy, type ManagedPolicy } from '@/lib/policy/read';
import { isDisabled, type Feature, type PolicySetting } from '@/lib/policy/parse';
import { USER_CHOICE_KEYS, effectiveSettings, userChoicesOf, type Effective } from '@/lib/policy/effective';

type ChoiceKey = (typeof USER_CHOICE_KEYS)[number];

export interface InForce extends ManagedPolicy, Effective {
  /** The raw stored values of the settings a policy can set (a missing key was never set). */
  stored: Partial<Record<ChoiceKey, unknown>>;
  /** Stores the user's own value and shows it at once, before storage reports it back. */
  write(key: ChoiceKey, value: unknown): Promise<void>;
}

/**
 * The organisation's policy and every setting in force (null until read),
 * kept live. The user's values follow storage changes in the order they were
 * written (no re-read that could land late), and a change made on this page
 * shows at once; a new policy is read again when it arrives.
 */
export function usePolicy(): InForce | null {
  const [managed, setManaged] = useState<ManagedPolicy | null>(null);
  const [stored, setStored] = useState<InForce['stored'] | null>(null);
  useEffect(() => {
    let live = true;
    let asked = 0;
    const readManaged = () => {
      const mine = ++asked;
      void readPolicy().then((next) => live && mine === asked && setManaged(next));
    };
    readManaged();
    void browser.storage.local
      .get([...USER_CHOICE_KEYS])
      .then((values) => live && setStored((now) => ({ ...values, ...now })));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'managed') readManaged();
      if (area !== 'local') return;
      const mine = USER_CHOICE_KEYS.filter((key) => key in changes);
      if (mine.length === 0) return;
      setStored((now) => {
        const next = { ...now };
        for (const key of mine) {
          if (changes[key]!.newValue === undefined) delete next[key];
          else next[key] = changes[key]!.newValue;
        }
        return next;
      });
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  if (!managed || !stored) return null;
  return {
    ...managed,
    ...effectiveSettings(managed.policy, userChoicesOf(stored)),
    stored,
    write: async (key, value) => {
      setStored((now) => ({ ...now, [key]: value }));
      await browser.storage.local.set({ [key]: value });
    },
  };
}

/** The organisation's name as people read it, or "your organisation" when the policy gives none. */
export function organisationOf(inForce: Pick<InForce, 'policy'> | null): string {
  return inForce?.policy.organization?.name ?? t('options.language.yourOrganisation');
}

/** "Set by <organisation>" for a locked setting, else null. */
export function setByOf(inForce: InForce | null, name: PolicySetting): string | null {
  return inForce?.source[name] === 'locked'
    ? t('policy.setBy', { organisation: organisationOf(inForce) })
    : null;
}

/** Whether a feature is on: until the policy is read, features stay hidden rather than flash and vanish. */
export function featureOn(inForce: Pick<InForce, 'policy'> | null, feature: Feature): boolean {
  return inForce !== null && !isDisabled(inForce.policy, feature);
}
