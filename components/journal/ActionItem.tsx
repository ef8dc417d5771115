import { useRef, useState } from 'preact/hooks';
import type { Action, StatusChange } from '@/lib/db/actions';
import { formatDate, t } from '@/lib/i18n';
import { request } from '@/lib/messages';

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
}

/** One saved action, with what can be done to it; forms open in place. */
export function ActionItem({ action, announce, onDeleted, onError }: ActionItemProps) {
  const [mode, setMode] = useState<Mode>('view');
  const [busy, setBusy] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const headingId = `action-${action.id}`;

  const run = async (work: Work, message: string) => {
    setBusy(true);
    try {
      await work();
      setMode('view');
      announce(message);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  const setStatus = (change: Omit<StatusChange, 'id'>, message: string) =>
    run(() => request('actions/status', { id: action.id, ...change }), message);
  const close = () => {
    setMode('view');
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <li class="card action" data-status={action.status}>
      <p class="action-text" id={headingId}>
        {action.text}
      </p>
      <p class="muted action-meta">
        <span class="badge">{t(`status.${action.status}`)}</span>{' '}
        {t('journal.saved', { date: formatDate(action.created) })}
        {action.due && <> · {t('journal.due', { date: formatDate(Date.parse(`${action.due}T12:00:00`)) })}</>}
        {action.doneAt !== undefined && <> · {t('journal.doneOn', { date: formatDate(action.doneAt) })}</>}
      </p>
      {action.reflection && (
        <p class="reflection">
          <span class="visually-hidden">{t('journal.reflection')}: </span>
          {action.reflection}
        </p>
      )}
      {mode === 'done' && (
        <DoneForm
          busy={busy}
          onCancel={close}
          onSave={(reflection) => void setStatus({ status: 'done', reflection }, t('journal.markedDone'))}
        />
      )}
      {mode === 'edit' && (
        <EditForm
          action={action}
          busy={busy}
          onCancel={close}
          onSave={(text, due) =>
            void run(() => request('actions/edit', { id: action.id, text, due }), t('journal.edited'))
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
  onSave,
  onCancel,
}: {
  busy: boolean;
  onSave: (reflection: string) => void;
  onCancel: () => void;
}) {
  const [reflection, setReflection] = useState('');
  return (
    <form
      class="action-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(reflection);
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <label class="field">
        <span>{t('journal.done.reflection')}</span>
        <textarea
          rows={3}
          maxLength={2000}
          autoFocus
          value={reflection}
          onInput={(event) => setReflection(event.currentTarget.value)}
        />
      </label>
      <div class="action-buttons">
        <button type="submit" disabled={busy}>
          {t('journal.done.confirm')}
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
  onSave,
  onCancel,
}: {
  action: Action;
  busy: boolean;
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
          {t('journal.save')}
        </button>
        <button type="button" class="quiet" onClick={onCancel}>
          {t('journal.cancel')}
        </button>
      </div>
    </form>
  );
}
