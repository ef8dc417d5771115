import { useEffect, useRef, useState } from 'preact/hooks';
import {
  finished,
  resumeStep,
  withAction,
  withCovered,
  withNote,
  type CheckinStep,
} from '@/lib/checkin/progress';
import * as clock from '@/lib/checkin/timer';
import { HAT_LENSES } from '@/lib/db/actions';
import type { Checkin, CheckinStart } from '@/lib/db/checkins';
import { t } from '@/lib/i18n';
import { request } from '@/lib/messages';
import { userError } from '@/components/shared/userError';
import { CheckinOpening } from './CheckinOpening';
import { CheckinSetup } from './CheckinSetup';
import { CheckinSummary } from './CheckinSummary';
import { LensStep } from './LensStep';
import { PastCheckins } from './PastCheckins';
import './checkin.css';

const TICK = 1000;
const TYPING_PAUSE = 700;

/** The leaders' kindness check-in: set up, opening, six lenses, summary; past check-ins to reopen. */
export function CheckinView({ now = Date.now, open }: { now?: () => number; open?: string }) {
  const [checkin, setCheckin] = useState<Checkin | null>(null);
  const [step, setStep] = useState<CheckinStep>('opening');
  const [timer, setTimer] = useState<clock.TimerState>(() => clock.startTimer(now()));
  const [time, setTime] = useState(now);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [moved, setMoved] = useState(false);

  const running = checkin !== null && typeof step === 'number' && timer.runningSince !== null;
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setTime(now()), TICK);
    return () => clearInterval(id);
  }, [running, now]);

  // Focus follows the step for keyboard and screen-reader users, but never on first show.
  useEffect(() => {
    if (moved) heading.current?.focus();
  }, [moved, step, checkin?.id, timer.lens]);

  const fail = (reason: unknown) => setError(userError(reason));

  // Typing is saved after a short pause, and at once when the page is hidden or closed
  // (the sidebar closing, the tab closing), so a note typed in the last moment is kept.
  const [typed, setTyped] = useState<Checkin | null>(null);
  const unsavedRef = useRef<Checkin | null>(null);
  useEffect(() => {
    if (!typed) return;
    const id = setTimeout(() => {
      unsavedRef.current = null;
      request('checkins/save', typed).catch(fail);
    }, TYPING_PAUSE);
    return () => clearTimeout(id);
  }, [typed]);
  useEffect(() => {
    const flush = () => {
      const pending = unsavedRef.current;
      if (!pending) return;
      unsavedRef.current = null;
      request('checkins/save', pending).catch(fail);
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the check-in (back to the sidebar) must not drop a note either.
      flush();
    };
  }, []);
  const edit = (next: Checkin) => {
    setCheckin(next);
    setTyped(next);
    unsavedRef.current = next;
  };

  const save = (next: Checkin) => {
    setCheckin(next);
    setTyped(null);
    unsavedRef.current = null;
    return request('checkins/save', next).then(() => setError(null), fail);
  };

  /** Moves to another step; a `fresh` lens gets a running clock, otherwise it stays paused or running. */
  const go = (next: CheckinStep, fresh = false) => {
    setMoved(true);
    const at = now();
    setTime(at);
    if (typeof next === 'number')
      setTimer(fresh ? clock.startTimer(at, next) : clock.goToLens(timer, next, at));
    setStep(next);
  };

  const begin = async (start: CheckinStart) => {
    try {
      const created = await request('checkins/start', start);
      setMoved(true);
      setError(null);
      setCheckin(created);
      setStep('opening');
    } catch (reason) {
      fail(reason);
    }
  };

  const reopen = (past: Checkin) => {
    setMoved(true);
    setError(null);
    setCheckin(past);
    const resumeAt = resumeStep(past);
    const at = now();
    setTime(at);
    setTimer(clock.startTimer(at, typeof resumeAt === 'number' ? resumeAt : 0));
    setStep(resumeAt);
  };

  // Opened from the popup's latest check-in: show that one at once (its summary once finished).
  useEffect(() => {
    if (!open) return;
    void request('checkins/get', { id: open }).then((found) => found && reopen(found), fail);
    // Only the check-in the page was opened with, once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const finish = (latest: Checkin) => {
    void save(finished(latest, now()));
    go('summary');
  };

  if (checkin === null) {
    return (
      <div class="checkin stack">
        <p class="muted">{t('checkin.intro')}</p>
        {error && (
          <p class="error" role="alert">
            {t('checkin.error', { error })}
          </p>
        )}
        <CheckinSetup headingRef={heading} onBegin={begin} />
        <PastCheckins
          onReopen={reopen}
          onDelete={(past) => request('checkins/delete', { id: past.id }).then(() => undefined, fail)}
        />
      </div>
    );
  }

  const lens = typeof step === 'number' ? HAT_LENSES[step]! : null;
  return (
    <div class="checkin stack">
      {error && (
        <p class="error" role="alert">
          {t('checkin.error', { error })}
        </p>
      )}
      {step === 'opening' && (
        <CheckinOpening
          headingRef={heading}
          voiceNotes={checkin.voiceNotes}
          onVoiceNotes={(voiceNotes) => edit({ ...checkin, voiceNotes })}
          onSave={() => void save(checkin)}
          onStart={() => {
            void save(checkin);
            go(0, true);
          }}
        />
      )}
      {lens !== null && (
        <LensStep
          key={timer.lens}
          checkin={checkin}
          timer={timer}
          now={time}
          headingRef={heading}
          onNote={(text) => edit(withNote(checkin, lens, text))}
          onSave={() => void save(checkin)}
          onSaveAction={async (text) => {
            const action = await request('actions/save', { text, source: { kind: 'hats', lens } });
            // The background answers a second save of the same note with the action it already has.
            if (checkin.actions.some((chosen) => chosen.id === action.id)) return 'already';
            await save(withAction(checkin, { id: action.id, lens, text: action.text }));
            return 'saved';
          }}
          onPause={() => setTimer(clock.pause(timer, now()))}
          onResume={() => {
            const at = now();
            setTime(at);
            setTimer(clock.resume(timer, at));
          }}
          onBack={() => {
            void save(checkin);
            if (timer.lens === 0) go('opening');
            else go(timer.lens - 1);
          }}
          onSkip={() => {
            if (timer.lens === clock.LENS_COUNT - 1) finish(checkin);
            else {
              void save(checkin);
              go(timer.lens + 1);
            }
          }}
          onNext={() => {
            const covered = withCovered(checkin, lens);
            if (timer.lens === clock.LENS_COUNT - 1) finish(covered);
            else {
              void save(covered);
              go(timer.lens + 1);
            }
          }}
        />
      )}
      {step === 'summary' && (
        <CheckinSummary
          checkin={checkin}
          headingRef={heading}
          onEdit={() => go(clock.LENS_COUNT - 1, true)}
          onDone={() => setCheckin(null)}
        />
      )}
    </div>
  );
}
