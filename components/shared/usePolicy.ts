import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { readEffectiveSettings, watchPolicy, type ManagedPolicy } from '@/lib/policy/read';
import { isDisabled, type Feature, type PolicySetting } from '@/lib/policy/parse';
import type { Effective } from '@/lib/policy/effective';

export type InForce = ManagedPolicy & Effective;

/**
 * The organisation's policy and every setting in force (null until read),
 * kept live: a new policy, or the user changing a setting on any page, re-reads it.
 */
export function usePolicy(): InForce | null {
  const [inForce, setInForce] = useState<InForce | null>(null);
  useEffect(() => {
    let live = true;
    const read = () => void readEffectiveSettings().then((next) => live && setInForce(next));
    read();
    const stop = watchPolicy(read, { settings: true });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return inForce;
}

/** The organisation's name as people read it, or "your organisation" when the policy gives none. */
export function organisationOf(inForce: InForce | null): string {
  return inForce?.policy.organization?.name ?? t('options.language.yourOrganisation');
}

/** "Set by <organisation>" for a locked setting, else null. */
export function setByOf(inForce: InForce | null, name: PolicySetting): string | null {
  return inForce?.source[name] === 'locked'
    ? t('policy.setBy', { organisation: organisationOf(inForce) })
    : null;
}

/** Whether a feature is on: until the policy is read, features stay hidden rather than flash and vanish. */
export function featureOn(inForce: InForce | null, feature: Feature): boolean {
  return inForce !== null && !isDisabled(inForce.policy, feature);
}
