import { useEffect, useRef, useState } from 'preact/hooks';
import type { Action, ActionStatus } from '@/lib/db/actions';
import { t } from '@/lib/i18n';
import { request } from '@/lib/messages';
import { ActionItem } from './ActionItem';
import { userError } from '@/components/shared/userError';
import { OwnActionForm } from './OwnActionForm';
import { PAGE_SIZE, useJournal, type JournalView } from './useJournal';
import { WeeklyChart } from './WeeklyChart';
import './journal.css';

const FILTERS = ['all', 'planned', 'done', 'let-go'] as const;

/**
 * The journal in the popup: open actions first, then done, a page at a time;
 * filter, search, and everything that can be done to an action, with Undo
 * for a delete.
 */
export function ActionList() {
  const [view, setView] = useState<JournalView>({ status: 'all', query: '', limit: PAGE_SIZE });
  const { page, counts, error: loadError } = useJournal(view);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Action | null>(null);
  // Actions with a form open stay on screen even if they leave the page (deleted or changed
  // elsewhere), so what someone is typing is never taken away.
  const [held, setHeld] = useState<ReadonlyMap<string, Action>>(new Map());
  const [restored, setRestored] = useState<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The benchmark reads this: the first page is on screen and answers input.
    if (page && performance.getEntriesByName('kindling:interactive').length === 0) {
      performance.mark('kindling:interactive');
    }
  }, [page]);
  useEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);
  // After Undo, focus goes to the action put back as soon as it is listed again.
  useEffect(() => {
    if (!restored) return;
    const item = root.current?.querySelector<HTMLElement>(`[data-action-id="${CSS.escape(restored)}"]`);
    if (item) {
      item.focus();
      setRestored(null);
    }
  }, [page, restored]);

  const announce = (text: string) => {
    setError(null);
    setDeleted(null);
    setMessage(text);
  };
  const fail = (reason: unknown) => setError(userError(reason));
  /** Never leaves focus on <body>: the search field, else the first field of the journal. */
  const focusJournal = () =>
    (search.current ?? root.current?.querySelector<HTMLElement>('input, textarea, select'))?.focus();
  const undo = async (action: Action) => {
    try {
      await request('actions/restore', action);
      // Until the list shows it again, focus waits in the journal rather than on <body>.
      focusJournal();
      setRestored(action.id);
      announce(t('journal.restored'));
    } catch (reason) {
      fail(reason);
    }
  };
  /** An action changed status and may leave this view: focus moves to the next action, else the list. */
  const moveFocusOn = (from: HTMLElement | null) => {
    const next = (from?.nextElementSibling ?? from?.previousElementSibling) as HTMLElement | null;
    if (next) next.focus();
    else focusJournal();
  };
  const hold = (action: Action, open: boolean) =>
    setHeld((old) => {
      const next = new Map(old);
      if (open) next.set(action.id, action);
      else next.delete(action.id);
      return next;
    });
  const listed = page ? page.actions : [];
  const shown = [...listed, ...[...held.values()].filter((kept) => !listed.some((a) => a.id === kept.id))];

  const everything = counts ? counts.planned + counts.done + counts['let-go'] : null;
  // Nothing saved at all: shown from the first page alone, without waiting for counts.
  const empty =
    page !== null && view.status === 'all' && !view.query && page.actions.length === 0 && held.size === 0;
  const total = view.query
    ? page?.total
    : everything === null
      ? null
      : view.status === 'all'
        ? everything
        : counts?.[view.status];
  return (
    <div class="journal" ref={root}>
      <OwnActionForm announce={announce} onError={fail} />
      {empty && !deleted && <p class="muted">{t('popup.actions.empty')}</p>}
      {page && (!empty || deleted) && (
        <>
          <div class="journal-tools">
            <label class="field">
              <span>{t('journal.filter.label')}</span>
              <select
                value={view.status}
                onChange={(event) =>
                  setView({
                    ...view,
                    status: event.currentTarget.value as ActionStatus | 'all',
                    limit: PAGE_SIZE,
                  })
                }
              >
                {FILTERS.map((filter) => (
                  <option key={filter} value={filter}>
                    {t(`journal.filter.${filter}`, {
                      count: (filter === 'all' ? everything : counts?.[filter]) ?? '…',
                    })}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>{t('journal.search.label')}</span>
              <input
                ref={search}
                type="search"
                value={view.query}
                maxLength={200}
                onInput={(event) => setView({ ...view, query: event.currentTarget.value, limit: PAGE_SIZE })}
              />
            </label>
          </div>
          {shown.length === 0 ? (
            <p class="muted">
              {view.query ? t('journal.noMatches', { query: view.query }) : t('journal.noneInStatus')}
            </p>
          ) : (
            <ul class="stack action-list">
              {shown.map((action) => (
                <ActionItem
                  key={action.id}
                  action={action}
                  announce={announce}
                  onError={fail}
                  onForm={(open) => hold(action, open)}
                  onMoved={moveFocusOn}
                  onDeleted={(removed) => {
                    setMessage(t('journal.deleted'));
                    setDeleted(removed);
                  }}
                />
              ))}
            </ul>
          )}
          {total !== null && total !== undefined && (
            <p class="muted">{t('journal.results', { shown: page.actions.length, total })}</p>
          )}
          {page.more && (
            <button
              type="button"
              class="quiet"
              onClick={() => setView({ ...view, limit: view.limit + PAGE_SIZE })}
            >
              {t('journal.showMore')}
            </button>
          )}
        </>
      )}
      <div class="journal-status" role="status">
        {error ? (
          <span class="error">{t('error.generic', { error })}</span>
        ) : (
          message && <span>{message}</span>
        )}
        {deleted && !error && (
          <button type="button" class="quiet" ref={undoButton} onClick={() => void undo(deleted)}>
            {t('journal.undo')}
          </button>
        )}
      </div>
      {loadError && <p class="error">{t('error.generic', { error: loadError })}</p>}
      {page && !empty && <WeeklyChart />}
      {page && !empty && (
        <p>
          <a class="quiet-link" href="/reflection.html" target="_blank" rel="noopener">
            {t('reflection.open')}
          </a>
        </p>
      )}
    </div>
  );
}
