import { browser } from 'wxt/browser';
import { settings } from '../settings';
import type { LanguageSource } from './follow';
import type { LanguageInputs } from './languages';

/**
 * The organisation's `settings.language` and whether `locked` names it, from
 * managed storage. Firefox rejects when no policy exists and Chrome may hold
 * none: both mean "no policy".
 */
export async function languagePolicy(): Promise<
  Pick<LanguageInputs, 'policy' | 'locked'> & { organisation?: string }
> {
  const managed: Record<string, unknown> = await browser.storage.managed
    .get(['settings', 'locked', 'organization'])
    .catch(() => ({}));
  const policySettings = managed.settings as { language?: unknown } | undefined;
  const name = (managed.organization as { name?: unknown } | undefined)?.name;
  return {
    policy: policySettings?.language,
    locked: Array.isArray(managed.locked) && managed.locked.includes('language'),
    organisation: typeof name === 'string' && name.trim() ? name.trim() : undefined,
  };
}

/** The real browser's language inputs, for pages and the background. */
export const browserLanguage: LanguageSource = {
  async read() {
    const [user, policy] = await Promise.all([settings.language.getValue(), languagePolicy()]);
    return { user, policy: policy.policy, locked: policy.locked, browser: browser.i18n.getUILanguage() };
  },
  watch(changed) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'local' && 'settings.language' in changes)) changed();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
