import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { minutesOf, timeOf } from '@/lib/nudges/quiet';
import { DEFAULT_PACE, PACES, type NudgePrefs, type Pace } from '@/lib/nudges/schedule';
import { settings } from '@/lib/settings';

const DEFAULT_QUIET = { from: 22 * 60, to: 7 * 60 };

/** How often prompts may appear while people work, and their quiet hours. */
export function NudgeSettings() {
  const [prefs, setPrefs] = useState<NudgePrefs | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void settings.nudges.getValue().then(setPrefs);
  }, []);
  if (!prefs) return null;

  const save = (next: NudgePrefs) => {
    setPrefs(next);
    setStatus('');
    void settings.nudges.setValue(next).then(() => setStatus(t('options.nudges.saved')));
  };
  const setQuiet = (edge: 'from' | 'to', value: string) => {
    const minutes = minutesOf(value);
    if (minutes !== null && prefs.quiet) save({ ...prefs, quiet: { ...prefs.quiet, [edge]: minutes } });
  };

  return (
    <section aria-labelledby="nudges-heading">
      <h2 id="nudges-heading">{t('options.nudges.heading')}</h2>
      <p class="muted">{t('options.nudges.intro')}</p>
      <label>
        {t('options.nudges.pace')}{' '}
        <select
          value={String(prefs.pace)}
          onChange={(event) => {
            const pace = Number(event.currentTarget.value) as Pace;
            save({ ...prefs, pace: PACES.includes(pace) ? pace : DEFAULT_PACE });
          }}
        >
          {PACES.map((pace) => (
            <option key={pace} value={String(pace)}>
              {t(`options.nudges.pace.${pace}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={prefs.quiet !== null}
          onChange={(event) => save({ ...prefs, quiet: event.currentTarget.checked ? DEFAULT_QUIET : null })}
        />{' '}
        {t('options.nudges.quiet')}
      </label>
      {prefs.quiet && (
        <p>
          <label>
            {t('options.nudges.quietFrom')}{' '}
            <input
              type="time"
              value={timeOf(prefs.quiet.from)}
              onChange={(event) => setQuiet('from', event.currentTarget.value)}
            />
          </label>{' '}
          <label>
            {t('options.nudges.quietTo')}{' '}
            <input
              type="time"
              value={timeOf(prefs.quiet.to)}
              onChange={(event) => setQuiet('to', event.currentTarget.value)}
            />
          </label>
        </p>
      )}
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}
