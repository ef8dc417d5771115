import { useState } from 'preact/hooks';
import { setByOf, usePolicy } from '@/components/shared/usePolicy';
import { regionalLocale, t } from '@/lib/i18n';
import { DEFAULT_WMTY_DAY, daysInMonth, parseWmtyDay, wmtyDayOf } from '@/lib/prompts/today';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/** A month's name in the user's language, e.g. "June". */
function monthName(month: number): string {
  return new Date(Date.UTC(2024, month - 1, 15)).toLocaleDateString(regionalLocale(), {
    month: 'long',
    timeZone: 'UTC',
  });
}

/** The date of What Matters To You Day (6 June unless changed), for the settings page's Prompts section. */
export function WmtyDaySetting() {
  const inForce = usePolicy();
  const [status, setStatus] = useState('');
  if (inForce === null) return null;
  const value = parseWmtyDay(inForce.values.wmtyDay);
  const [month, day] = value.split('-').map(Number) as [number, number];
  const setBy = setByOf(inForce, 'wmtyDay');

  const save = (next: string) => {
    setStatus('');
    void inForce.write('settings.wmtyDay', next).then(() => setStatus(t('glance.wmty.saved')));
  };

  return (
    <fieldset class="wmty-setting" disabled={setBy !== null}>
      <legend>{t('glance.wmty.label')}</legend>
      <p class="muted" id="wmty-help">
        {setBy ?? t('glance.wmty.help')}
      </p>
      <div class="wmty-fields">
        <label>
          {t('glance.wmty.day')}{' '}
          <select
            aria-describedby="wmty-help"
            value={String(day)}
            onChange={(event) => save(wmtyDayOf(month, Number(event.currentTarget.value)))}
          >
            {Array.from({ length: daysInMonth(month) }, (_, index) => (
              <option key={index} value={String(index + 1)}>
                {index + 1}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('glance.wmty.month')}{' '}
          <select
            value={String(month)}
            onChange={(event) => save(wmtyDayOf(Number(event.currentTarget.value), day))}
          >
            {MONTHS.map((each) => (
              <option key={each} value={String(each)}>
                {monthName(each)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="quiet-text" onClick={() => save(DEFAULT_WMTY_DAY)}>
          {t('glance.wmty.reset')}
        </button>
      </div>
      <p role="status" class="status">
        {status}
      </p>
    </fieldset>
  );
}
