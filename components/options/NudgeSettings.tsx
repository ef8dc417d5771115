import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { minutesOf, timeOf } from '@/lib/nudges/quiet';
import { DEFAULT_PACE, PACES, type NudgePrefs, type Pace } from '@/lib/nudges/schedule';
import { chooseNudges, type NudgeChoice } from '@/lib/policy/effective';
import { featureOn, setByOf, usePolicy } from '@/components/shared/usePolicy';

const DEFAULT_QUIET = { from: 22 * 60, to: 7 * 60 };

type Quiet = NonNullable<NudgePrefs['quiet']>;
type Edge = 'from' | 'to';

/**
 * Quiet hours after someone types `value` into one edge: the new hours, or
 * why they stay as they are (an empty or equal time is refused, and the
 * message says which hours are still in force, so none hide out of sight).
 */
export function changeQuiet(quiet: Quiet, edge: Edge, value: string): { quiet: Quiet } | { problem: string } {
  const minutes = minutesOf(value);
  const still = { from: timeOf(quiet.from), to: timeOf(quiet.to) };
  if (minutes === null) return { problem: t('options.nudges.quietEmpty', still) };
  const next = { ...quiet, [edge]: minutes };
  if (next.from === next.to) return { problem: t('options.nudges.quietEqual', still) };
  return { quiet: next };
}

/**
 * How often prompts may appear while people work, and their quiet hours (in
 * the Prompts section). Shows the values in force; a setting the organisation
 * locked is shown disabled with "Set by <organisation>"; none of it when the
 * organisation switched prompts off.
 */
export function NudgeSettings() {
  const inForce = usePolicy();
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  // What the time fields show while someone types; on leaving a field it shows the hours in force.
  const [typed, setTyped] = useState<Partial<Record<Edge, string>>>({});

  if (!inForce || !featureOn(inForce, 'nudges')) return null;
  const prefs: NudgePrefs = { pace: inForce.values.pace, quiet: inForce.values.quietHours };
  const paceSetBy = setByOf(inForce, 'pace');
  const quietSetBy = setByOf(inForce, 'quietHours');

  const save = (next: NudgePrefs, changed: NudgeChoice) => {
    setStatus('');
    setProblem('');
    // Only what the user changed becomes theirs; the other keeps following the organisation's default.
    void inForce
      .write('settings.nudges', chooseNudges(inForce.stored['settings.nudges'], next, changed))
      .then(() => setStatus(t('options.nudges.saved')));
  };
  const setQuiet = (edge: Edge, value: string) => {
    if (!prefs.quiet) return;
    setTyped({ ...typed, [edge]: value });
    const change = changeQuiet(prefs.quiet, edge, value);
    if ('problem' in change) {
      setStatus('');
      setProblem(change.problem);
    } else {
      setTyped({});
      save({ ...prefs, quiet: change.quiet }, 'quietHours');
    }
  };
  const timeField = (edge: Edge, quiet: Quiet) => (
    <input
      type="time"
      value={typed[edge] ?? timeOf(quiet[edge])}
      disabled={quietSetBy !== null}
      aria-invalid={problem !== '' && typed[edge] !== undefined}
      aria-describedby={quietSetBy ? 'quiet-set-by' : 'quiet-problem'}
      onInput={(event) => setQuiet(edge, event.currentTarget.value)}
      onBlur={() => setTyped({})}
    />
  );

  return (
    <>
      <p class="muted">{t('options.nudges.intro')}</p>
      <label class="field">
        <span>{t('options.nudges.pace')}</span>
        <select
          value={String(prefs.pace)}
          disabled={paceSetBy !== null}
          aria-describedby={paceSetBy ? 'pace-set-by' : undefined}
          onChange={(event) => {
            const pace = Number(event.currentTarget.value) as Pace;
            save({ ...prefs, pace: PACES.includes(pace) ? pace : DEFAULT_PACE }, 'pace');
          }}
        >
          {PACES.map((pace) => (
            <option key={pace} value={String(pace)}>
              {t(`options.nudges.pace.${pace}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      {paceSetBy && (
        <p id="pace-set-by" class="set-by">
          {paceSetBy}
        </p>
      )}
      <label class="switch">
        <input
          type="checkbox"
          checked={prefs.quiet !== null}
          disabled={quietSetBy !== null}
          aria-describedby={quietSetBy ? 'quiet-set-by' : undefined}
          onChange={(event) =>
            save({ ...prefs, quiet: event.currentTarget.checked ? DEFAULT_QUIET : null }, 'quietHours')
          }
        />
        <span>{t('options.nudges.quiet')}</span>
      </label>
      {prefs.quiet && (
        <div class="fields-row">
          <label class="field">
            <span>{t('options.nudges.quietFrom')}</span>
            {timeField('from', prefs.quiet)}
          </label>
          <label class="field">
            <span>{t('options.nudges.quietTo')}</span>
            {timeField('to', prefs.quiet)}
          </label>
        </div>
      )}
      {quietSetBy && (
        <p id="quiet-set-by" class="set-by">
          {quietSetBy}
        </p>
      )}
      <p id="quiet-problem" class="error" role="alert">
        {problem}
      </p>
      <p role="status" class="status">
        {status}
      </p>
    </>
  );
}
