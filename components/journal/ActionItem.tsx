import { useEffect, useRef, useState } from 'preact/hooks';
import { Fragment } from 'preact';
import {
  GONE_ACTION,
  REFLECTION_MAX,
  REFLECTION_PARTS,
  STALE_ACTION,
  reflectionParts,
  type Action,
  type Reflection,
  type StatusChange,
} from '@/lib/db/actions';
import { formatDate, t } from '@/lib/i18n';
import { request } from '@/lib/messages';
import { DueDate } from './DueDate';

type Mode = 'view' | 'done' | 'edit';
interface Work {
  (): Promise<unknown>;
}

export interface ActionItemProps {
  action: Action;
  /** Says what just happened, in the journal's live status line. */
  announce: (message: string) => void;
  onDeleted: (action: Action) => void;
  onError: (error: unknown) => void;
  /** A form opened or closed: while one is open the list keeps this item, even if it leaves the page. */
  onForm: (open: boolean) => void;
  /** Its status changed (it may leave this view): the list moves focus on from this item. */
  onMoved: (item: HTMLElement | null) => void;
}

/** Why a change could not be saved, when another window got there first. */
type Clash = 'stale' | 'gone' | null;

/** One saved action, with what can be done to it; forms open in place. */
export function ActionItem({ action, announce, onDeleted, onError, onForm, onMoved }: ActionItemProps) {
  const [mode, setModeState] = useState<Mode>('view');
  const [busy, setBusy] = useState(false);
  // The version a form was opened on: a save from it is refused if another window saved a newer one.
  const [basedOn, setBasedOn] = useState(action.updated);
  const [clash, setClash] = useState<Clash>(null);
  const latestRef = useRef(action.updated);
  useEffect(() => {
    latestRef.current = action.updated;
  }, [action.updated]);
  const editButton = useRef<HTMLButtonElement>(null);
  const item = useRef<HTMLLIElement>(null);
  const headingId = `action-${action.id}`;

  const setMode = (next: Mode) => {
    if (next !== 'view') setBasedOn(action.updated);
    setClash(null);
    setModeState(next);
    onForm(next !== 'view');
  };
  const run = async (work: Work, message: string, moves = false) => {
    setBusy(true);
    try {
      await work();
      setMode('view');
      announce(message);
      if (moves) onMoved(item.current);
    } catch (error) {
      const reason = error instanceof Error ? error.message : '';
      // What was typed stays in the open form; the newer version is already on screen above it.
      if (reason === STALE_ACTION && mode !== 'view') {
        setClash('stale');
        setBasedOn(latestRef.current);
      } else if (reason === GONE_ACTION && mode !== 'view') setClash('gone');
      else onError(error);
    } finally {
      setBusy(false);
    }
  };
  /** A form saves from the version it was opened on; a button from the version on screen. */
  const setStatus = (change: Omit<StatusChange, 'id' | 'basedOn'>, message: string) =>
    run(
      () =>
        request('actions/status', {
          id: action.id,
          ...change,
          basedOn: mode === 'view' ? action.updated : basedOn,
        }),
      message,
      true,
    );
  /** The action was deleted elsewhere: save what was typed as a new action instead. */
  const saveAsNew = (text: string, due: string | null, reflection?: Reflection) =>
    run(
      async () => {
        const saved = await request('actions/save', {
          text,
          source: action.source,
          ...(due ? { due } : {}),
        });
        if (reflection !== undefined) {
          await request('actions/status', { id: saved.id, status: 'done', reflection });
        }
      },
      t('journal.savedAsNew'),
      true,
    );
  const close = () => {
    setMode('view');
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <li
      class="card action"
      data-status={action.status}
      data-action-id={action.id}
      ref={item}
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <p class="action-text" id={headingId}>
        {action.text}
      </p>
      <p class="muted action-meta">
        <span class="badge">{t(`status.${action.status}`)}</span>{' '}
        {t('journal.saved', { date: formatDate(action.created) })}
        {action.due && (
          <>
            {' '}
            · <DueDate due={action.due} open={action.status === 'planned'} />
          </>
        )}
        {action.doneAt !== undefined && <> · {t('journal.doneOn', { date: formatDate(action.doneAt) })}</>}
      </p>
      <ReflectionView reflection={action.reflection} />
      {action.history && action.history.length > 0 && (
        <ul class="action-history" aria-label={t('journal.history')}>
          {action.history.map((past) => (
            <li key={past.doneAt}>
              {t('journal.doneBefore', { date: formatDate(past.doneAt) })}
              <ReflectionView reflection={past.reflection} />
            </li>
          ))}
        </ul>
      )}
      {clash && (
        <p class="error" role="alert">
          {t(clash === 'stale' ? 'journal.clash.stale' : 'journal.clash.gone')}
        </p>
      )}
      {mode === 'done' && (
        <DoneForm
          busy={busy}
          gone={clash === 'gone'}
          onCancel={close}
          onSave={(reflection) =>
            void (clash === 'gone'
              ? saveAsNew(action.text, action.due ?? null, reflection)
              : setStatus({ status: 'done', reflection }, t('journal.markedDone')))
          }
        />
      )}
      {mode === 'edit' && (
        <EditForm
          action={action}
          busy={busy}
          gone={clash === 'gone'}
          onCancel={close}
          onSave={(text, due) =>
            void (clash === 'gone'
              ? saveAsNew(text, due)
              : run(
                  () => request('actions/edit', { id: action.id, text, due, basedOn }),
                  t('journal.edited'),
                ))
          }
        />
      )}
      {mode === 'view' && (
        <div class="action-buttons" role="group" aria-label={t('journal.actionLabel', { text: action.text })}>
          {action.status === 'planned' ? (
            <>
              <button type="button" disabled={busy} onClick={() => setMode('done')}>
                {t('journal.markDone')}
              </button>
              <button
                type="button"
                class="quiet"
                disabled={busy}
                onClick={() => void setStatus({ status: 'let-go' }, t('journal.letGoDone'))}
              >
                {t('journal.letGo')}
              </button>
            </>
          ) : (
            <button
              type="button"
              class="quiet"
              disabled={busy}
              onClick={() => void setStatus({ status: 'planned' }, t('journal.plannedAgain'))}
            >
              {t('journal.planAgain')}
            </button>
          )}
          <button
            type="button"
            class="quiet"
            ref={editButton}
            disabled={busy}
            onClick={() => setMode('edit')}
          >
            {t('journal.edit')}
          </button>
          <button
            type="button"
            class="quiet"
            disabled={busy}
            onClick={() => void request('actions/delete', { id: action.id }).then(onDeleted, onError)}
          >
            {t('journal.delete')}
          </button>
        </div>
      )}
    </li>
  );
}

function DoneForm({
  busy,
  gone,
  onSave,
  onCancel,
}: {
  busy: boolean;
  gone: boolean;
  onSave: (reflection: Reflection) => void;
  onCancel: () => void;
}) {
  const [reflection, setReflection] = useState<Reflection>({});
  return (
    <form
      class="action-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(reflection);
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <p class="muted">{t('journal.done.help')}</p>
      {REFLECTION_PARTS.map((part, index) => (
        <label class="field" key={part}>
          <span>{t(`journal.done.${part}`)}</span>
          <textarea
            rows={2}
            maxLength={REFLECTION_MAX}
            autoFocus={index === 0}
            value={reflection[part] ?? ''}
            onInput={(event) => {
              const text = event.currentTarget.value;
              setReflection((before) => ({ ...before, [part]: text }));
            }}
          />
        </label>
      ))}
      <div class="action-buttons">
        <button type="submit" disabled={busy}>
          {gone ? t('journal.saveAsNew') : t('journal.done.confirm')}
        </button>
        <button type="button" class="quiet" onClick={onCancel}>
          {t('journal.cancel')}
        </button>
      </div>
    </form>
  );
}

function EditForm({
  action,
  busy,
  gone,
  onSave,
  onCancel,
}: {
  action: Action;
  busy: boolean;
  gone: boolean;
  onSave: (text: string, due: string | null) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(action.text);
  const [due, setDue] = useState(action.due ?? '');
  return (
    <form
      class="action-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(text, due === '' ? null : due);
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <label class="field">
        <span>{t('journal.edit.text')}</span>
        <textarea
          rows={2}
          maxLength={500}
          required
          autoFocus
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('journal.edit.due')}</span>
        <input type="date" value={due} onInput={(event) => setDue(event.currentTarget.value)} />
      </label>
      <div class="action-buttons">
        <button type="submit" disabled={busy}>
          {gone ? t('journal.saveAsNew') : t('journal.save')}
        </button>
        <button type="button" class="quiet" onClick={onCancel}>
          {t('journal.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The parts of a reflection that have words, each under its heading; nothing when there are none. */
function ReflectionView({ reflection }: { reflection: Reflection | undefined }) {
  if (reflection === undefined || reflectionParts(reflection).length === 0) return null;
  return (
    <dl class="reflection" aria-label={t('journal.reflection')}>
      {REFLECTION_PARTS.filter((part) => reflection[part]).map((part) => (
        <Fragment key={part}>
          <dt>{t(`journal.part.${part}`)}</dt>
          <dd>{reflection[part]}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
