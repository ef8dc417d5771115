import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { selectQuestions } from '@/lib/checkin/questions';
import { LENS_COUNT, type TimerState } from '@/lib/checkin/timer';
import { hatsLenses, hatsQuestions } from '@/lib/content/hats';
import { localLens, localQuestion } from '@/lib/content/localize';
import { ACTION_TEXT_MAX } from '@/lib/db/actions';
import { CHECKIN_NOTE_MAX, type Checkin } from '@/lib/db/checkins';
import { t } from '@/lib/i18n';
import { userError } from '@/components/shared/userError';
import { LensTimer } from './LensTimer';

interface Props {
  checkin: Checkin;
  timer: TimerState;
  now: number;
  headingRef: Ref<HTMLHeadingElement>;
  onNote: (text: string) => void;
  onSave: () => void;
  /** Saves the note as an action (or finds it already saved); rejects with the reason it could not. */
  onSaveAction(text: string): Promise<'saved' | 'already'>;
  onPause: () => void;
  onResume: () => void;
  onBack: () => void;
  onNext: () => void;
  onSkip: () => void;
}

/** One lens of the check-in: its questions, its clock, notes, and the way on. */
export function LensStep({
  checkin,
  timer,
  now,
  headingRef,
  onNote,
  onSave,
  onSaveAction,
  onPause,
  onResume,
  onBack,
  onNext,
  onSkip,
}: Props) {
  const lens = localLens(hatsLenses[timer.lens]!);
  const questions = selectQuestions(hatsQuestions, lens.lens, checkin.meetingType, checkin.minutes).map(
    localQuestion,
  );
  const note = checkin.notes[lens.lens] ?? '';
  const chosen = checkin.actions.filter((action) => action.lens === lens.lens);
  const last = timer.lens === LENS_COUNT - 1;
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const saveAction = () => {
    const checked = noteAsAction(note);
    if ('problem' in checked) {
      setStatus({ text: checked.problem, error: true });
      return;
    }
    const { text } = checked;
    setSaving(true);
    onSaveAction(text)
      .then(
        (outcome) =>
          setStatus({
            text: t(outcome === 'already' ? 'checkin.lens.alreadyAction' : 'checkin.lens.savedAction', {
              text,
            }),
            error: false,
          }),
        (error: unknown) =>
          setStatus({
            text: t('checkin.error', { error: userError(error) }),
            error: true,
          }),
      )
      .finally(() => setSaving(false));
  };

  return (
    <section aria-labelledby="lens-heading" class={`lens lens-${lens.lens} stack`} data-lens={lens.lens}>
      <p class="muted">{t('checkin.lens.step', { number: timer.lens + 1, total: LENS_COUNT })}</p>
      <h3 id="lens-heading" tabIndex={-1} ref={headingRef}>
        <span class="hat-swatch" aria-hidden="true" />
        {`${lens.hat}: ${lens.name}`}
      </h3>
      <p>{lens.focus}</p>
      <p class="muted">{t('checkin.lens.perspective', { perspective: lens.perspective })}</p>
      <LensTimer timer={timer} minutes={checkin.minutes} now={now} onPause={onPause} onResume={onResume} />
      <h4>{t('checkin.lens.questions')}</h4>
      <ol class="questions">
        {questions.map((question) => (
          <li key={question.id} data-question-id={question.id}>
            {question.text}
          </li>
        ))}
      </ol>
      <label class="field">
        {t('checkin.lens.notes', { lens: lens.name })}
        <textarea
          rows={3}
          maxLength={CHECKIN_NOTE_MAX}
          value={note}
          onInput={(event) => onNote(event.currentTarget.value)}
          onBlur={onSave}
        />
      </label>
      <div class="row">
        <button type="button" class="quiet" disabled={saving} onClick={saveAction}>
          {saving ? t('checkin.lens.savingAction') : t('checkin.lens.saveAction')}
        </button>
      </div>
      <p role="status" class={status?.error ? 'status error' : 'status'}>
        {status?.text ?? ''}
      </p>
      {chosen.length > 0 && (
        <div>
          <h4>{t('checkin.lens.chosen')}</h4>
          <ul class="chosen">
            {chosen.map((action) => (
              <li key={action.id}>{action.text}</li>
            ))}
          </ul>
        </div>
      )}
      <nav aria-label={t('checkin.lens.controls')} class="row step-controls">
        <button type="button" class="quiet" onClick={onBack}>
          {t('checkin.lens.back')}
        </button>
        <button type="button" class="quiet" onClick={onSkip}>
          {t('checkin.lens.skip')}
        </button>
        <button type="button" onClick={onNext}>
          {last ? t('checkin.lens.finish') : t('checkin.lens.next')}
        </button>
      </nav>
    </section>
  );
}

/**
 * A note's words as an action, or why they cannot be one: a note may hold
 * more than an action, and saying so beats a misleading "needs some text".
 */
export function noteAsAction(note: string): { text: string } | { problem: string } {
  const text = note.trim();
  if (text === '') return { problem: t('checkin.lens.noteEmpty') };
  if (text.length > ACTION_TEXT_MAX) {
    return { problem: t('checkin.lens.noteTooLong', { length: text.length, max: ACTION_TEXT_MAX }) };
  }
  return { text };
}
