import { browser } from 'wxt/browser';
import { readPolicy, watchPolicy } from '../policy/read';
import { settings } from '../settings';
import type { LanguageSource } from './follow';
import type { LanguageInputs } from './languages';

/**
 * The organisation's `settings.language` and whether `locked` names it, from
 * the one policy reader (lib/policy).
 */
export async function languagePolicy(): Promise<
  Pick<LanguageInputs, 'policy' | 'locked'> & { organisation?: string }
> {
  const { policy } = await readPolicy();
  return {
    policy: policy.settings.language,
    locked: policy.locked.includes('language'),
    organisation: policy.organization?.name,
  };
}

/** The real browser's language inputs, for pages and the background. */
export const browserLanguage: LanguageSource = {
  async read() {
    const [user, policy] = await Promise.all([settings.language.getValue(), languagePolicy()]);
    return { user, policy: policy.policy, locked: policy.locked, browser: browser.i18n.getUILanguage() };
  },
  watch(changed) {
    const stopPolicy = watchPolicy(changed);
    const stopUser = settings.language.watch(() => changed());
    return () => {
      stopPolicy();
      stopUser();
    };
  },
};
