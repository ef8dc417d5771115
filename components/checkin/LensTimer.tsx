import { formatClock, isOverTime, lensDuration, remaining, type TimerState } from '@/lib/checkin/timer';
import type { CheckinLength } from '@/lib/db/checkins';
import { t } from '@/lib/i18n';

interface Props {
  timer: TimerState;
  minutes: CheckinLength;
  now: number;
  onPause: () => void;
  onResume: () => void;
}

/** The visible clock for the open lens, with pause and resume. */
export function LensTimer({ timer, minutes, now, onPause, onResume }: Props) {
  const left = remaining(timer, minutes, now);
  const share = left / lensDuration(minutes, timer.lens);
  const paused = timer.runningSince === null;
  const time = formatClock(left);
  return (
    <div class="lens-timer">
      <div class="row">
        {/* role=timer is not announced on every tick; the time-up status below is. */}
        <p role="timer" aria-label={t('checkin.timer.label')} class="clock">
          {paused ? t('checkin.timer.paused', { time }) : t('checkin.timer.left', { time })}
        </p>
        <button type="button" class="quiet" aria-pressed={paused} onClick={paused ? onResume : onPause}>
          {paused ? t('checkin.timer.resume') : t('checkin.timer.pause')}
        </button>
      </div>
      <div class="timer-track" aria-hidden="true">
        <div class="timer-fill" style={{ width: `${Math.round(share * 1000) / 10}%` }} />
      </div>
      <p role="status" class="status">
        {isOverTime(timer, minutes, now) ? t('checkin.timer.up') : ''}
      </p>
    </div>
  );
}
