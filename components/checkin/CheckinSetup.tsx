import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { formatClock, lensDuration } from '@/lib/checkin/timer';
import { CHECKIN_LENGTHS, MEETING_TYPES, type CheckinStart } from '@/lib/db/checkins';
import { t } from '@/lib/i18n';
import { meetingLabel } from './labels';

interface Props {
  headingRef: Ref<HTMLHeadingElement>;
  onBegin(start: CheckinStart): Promise<void>;
}

/** Choosing the meeting type and the length, then beginning. */
export function CheckinSetup({ headingRef, onBegin }: Props) {
  const [start, setStart] = useState<CheckinStart>({ meetingType: 'huddle', minutes: 10 });
  const [busy, setBusy] = useState(false);
  return (
    <section aria-labelledby="checkin-setup-heading" class="card">
      <h3 id="checkin-setup-heading" tabIndex={-1} ref={headingRef}>
        {t('checkin.setup.heading')}
      </h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          void onBegin(start).finally(() => setBusy(false));
        }}
      >
        <fieldset class="choices">
          <legend>{t('checkin.setup.meetingType')}</legend>
          {MEETING_TYPES.map((type) => (
            <label key={type} class="choice">
              <input
                type="radio"
                name="meeting-type"
                value={type}
                checked={start.meetingType === type}
                onChange={() => setStart({ ...start, meetingType: type })}
              />
              {meetingLabel(type)}
            </label>
          ))}
        </fieldset>
        <fieldset class="choices">
          <legend>{t('checkin.setup.length')}</legend>
          {CHECKIN_LENGTHS.map((minutes) => (
            <label key={minutes} class="choice">
              <input
                type="radio"
                name="checkin-length"
                value={minutes}
                checked={start.minutes === minutes}
                onChange={() => setStart({ ...start, minutes })}
              />
              {t('checkin.setup.minutes', { count: minutes })}
            </label>
          ))}
        </fieldset>
        <p class="muted">
          {t('checkin.setup.perLens', { time: formatClock(lensDuration(start.minutes, 0)) })}
        </p>
        <button type="submit" disabled={busy}>
          {busy ? t('checkin.setup.starting') : t('checkin.setup.begin')}
        </button>
      </form>
    </section>
  );
}
