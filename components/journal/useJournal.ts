import { useEffect, useState } from 'preact/hooks';
import type { ActionPage, StatusCounts } from '@/lib/db/action-store';
import type { ActionStatus } from '@/lib/db/actions';
import { isNotice, request } from '@/lib/messages';
import { userError } from '@/components/shared/userError';

export const PAGE_SIZE = 20;

export interface JournalView {
  status: ActionStatus | 'all';
  query: string;
  /** How many actions to show: a page more each time someone asks. */
  limit: number;
}

export interface JournalState {
  page: ActionPage | null;
  /** Asked for after the page, so counting never delays the first actions on screen. */
  counts: StatusCounts | null;
  error: string | null;
}

/**
 * The journal page a view asks for, reloaded when the view changes and
 * whenever actions change in any Kindling page (or the background).
 */
export function useJournal(view: JournalView): JournalState {
  const [state, setState] = useState<JournalState>({ page: null, counts: null, error: null });
  useEffect(() => {
    let live = true;
    let asked = 0;
    const load = () => {
      const ticket = ++asked;
      request('actions/page', {
        status: view.status === 'all' ? undefined : view.status,
        query: view.query || undefined,
        limit: view.limit,
      }).then(
        // An older answer arriving after a newer one must not win.
        (page) => {
          if (!live || ticket !== asked) return;
          setState((old) => ({ ...old, page, error: null }));
          void request('actions/counts', {}).then(
            (counts) => live && ticket === asked && setState((old) => ({ ...old, counts })),
            () => undefined,
          );
        },
        (error: unknown) => live && setState((old) => ({ ...old, error: userError(error) })),
      );
    };
    // Searching waits for a pause in typing, so each key does not ask the background.
    const timer = view.query ? setTimeout(load, 120) : undefined;
    if (!view.query) load();
    const onMessage = (message: unknown) => {
      if (isNotice(message, 'actions/changed')) load();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      live = false;
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [view.status, view.query, view.limit]);
  return state;
}
