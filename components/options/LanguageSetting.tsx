import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage, languageOfTag, t, type LanguageChoice } from '@/lib/i18n';
import { browser } from 'wxt/browser';
import { languagePolicy } from '@/lib/i18n/browser-source';
import { useSetting } from '@/components/sidebar/useSetting';
import { settings } from '@/lib/settings';

type Policy = Awaited<ReturnType<typeof languagePolicy>>;

/**
 * The language of every Kindling page, the launcher and its prompts. Each
 * language is named in its own words (and marked with its `lang`), so someone
 * who reads only that language can find it.
 */
export function LanguageSetting() {
  const stored = useSetting(settings.language);
  const [policy, setPolicy] = useState<Policy | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void languagePolicy().then(setPolicy);
  }, []);
  if (stored === null || policy === null) return null;

  const choice: LanguageChoice = isLanguage(stored) ? stored : 'browser';
  const fromBrowser = languageOfTag(browser.i18n.getUILanguage()) ?? 'en';
  // A locked policy wins over the user's choice (lib/i18n/languages.ts); a bad policy value locks nothing.
  const lockedLanguage =
    policy.locked && typeof policy.policy === 'string' ? languageOfTag(policy.policy) : undefined;
  const locked = lockedLanguage !== undefined;

  return (
    <div class="language-setting">
      <label class="field">
        <span>{t('options.language.label')}</span>
        <select
          aria-describedby="language-help"
          disabled={locked}
          value={lockedLanguage ?? choice}
          onChange={(event) => {
            const next = event.currentTarget.value;
            setStatus('');
            void settings.language
              .setValue(isLanguage(next) ? next : 'browser')
              .then(() => setStatus(t('options.nudges.saved')));
          }}
        >
          <option value="browser">
            {t('options.language.browser', { language: LANGUAGE_NAMES[fromBrowser] })}
          </option>
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </label>
      <p id="language-help" class="muted">
        {locked
          ? t('options.language.lockedBy', {
              organisation: policy.organisation ?? t('options.language.yourOrganisation'),
            })
          : t('options.language.hint')}
      </p>
      <p role="status" class="status">
        {status}
      </p>
    </div>
  );
}
