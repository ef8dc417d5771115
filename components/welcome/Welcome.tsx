import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { DEFAULT_PACE, PACES, parseNudgePrefs, type NudgePrefs, type Pace } from '@/lib/nudges/schedule';
import { chooseNudges } from '@/lib/policy/effective';
import { featureOn, usePolicy } from '@/components/shared/usePolicy';
import { settings } from '@/lib/settings';
import { POPUP_PICTURE, welcomeContent } from './content';
import './welcome.css';

/** Closes this welcome tab. */
async function closeWelcome() {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

/**
 * The welcome page, opened once when Kindling is installed: what it does and
 * never does, how to switch it on for a site, and how often prompts may come.
 * Everything on it can be skipped.
 */
export function Welcome() {
  const inForce = usePolicy();
  const organisation = inForce?.policy.organization;
  // The pace is asked only where the user may choose it: not locked, prompts not switched off.
  const askPace = inForce !== null && featureOn(inForce, 'nudges') && inForce.source.pace !== 'locked';
  return (
    <div class="welcome">
      <header class="welcome-header">
        <div>
          <h1>{t('welcome.title')}</h1>
          <p class="lead">{t('welcome.lead')}</p>
          {organisation && (
            <p class="organisation">
              {t('policy.providedBy', { organisation: organisation.name })}
              {organisation.supportUrl && (
                <>
                  {' '}
                  <a href={organisation.supportUrl} target="_blank" rel="noreferrer">
                    {t('policy.support', { organisation: organisation.name })}
                  </a>
                </>
              )}
            </p>
          )}
        </div>
        <button type="button" class="quiet-text" onClick={() => void closeWelcome()}>
          {t('welcome.skip')}
        </button>
      </header>
      <main>
        <div class="promises">
          <List heading="welcome.does.heading" items={welcomeContent.does} id="does" />
          <List heading="welcome.never.heading" items={welcomeContent.never} id="never" />
        </div>
        <section aria-labelledby="enable-heading" class="enable">
          <h2 id="enable-heading">{t('welcome.enable.heading')}</h2>
          <div class="enable-body">
            <ol>
              {welcomeContent.enable.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ol>
            <img
              src={POPUP_PICTURE.src}
              width={POPUP_PICTURE.width}
              height={POPUP_PICTURE.height}
              alt={t('welcome.enable.picture')}
            />
          </div>
        </section>
        {askPace && <PaceChoice pace={inForce.values.pace} />}
        <p>
          <button type="button" class="primary" onClick={() => void closeWelcome()}>
            {t('welcome.done')}
          </button>
        </p>
      </main>
    </div>
  );
}

function List({ heading, items, id }: { heading: MessageKey; items: readonly MessageKey[]; id: string }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(heading)}</h2>
      <ul>
        {items.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Writes the same prompt pace as the settings page, keeping the quiet hours
 * already chosen (or still the organisation's). `pace` is the one in force.
 */
function PaceChoice({ pace: inForce }: { pace: Pace }) {
  const [chosen, setChosen] = useState<Pace | null>(null);
  const [saved, setSaved] = useState(false);
  const shown = chosen ?? inForce;
  const choose = (pace: Pace) => {
    setChosen(pace);
    setSaved(false);
    void (async () => {
      const { 'settings.nudges': stored } = await browser.storage.local.get('settings.nudges');
      const prefs: NudgePrefs = parseNudgePrefs(stored);
      await settings.nudges.setValue(chooseNudges(stored, { ...prefs, pace }, 'pace'));
      setSaved(true);
    })();
  };
  return (
    <section aria-labelledby="pace-heading">
      <fieldset class="pace">
        <legend>
          <h2 id="pace-heading">{t('welcome.pace.heading')}</h2>
        </legend>
        <p class="muted">{t('welcome.pace.help')}</p>
        {PACES.map((pace) => (
          <label key={pace} class="choice">
            <input
              type="radio"
              name="pace"
              checked={shown === pace}
              onChange={() => choose(PACES.includes(pace) ? pace : DEFAULT_PACE)}
            />
            {t(`options.nudges.pace.${pace}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <p role="status" class="note">
        {saved && t('welcome.pace.saved')}
      </p>
    </section>
  );
}
