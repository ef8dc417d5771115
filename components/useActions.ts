import { useEffect, useState } from 'preact/hooks';
import type { Action } from '@/lib/db/actions';
import { isNotice, request } from '@/lib/messages';

export interface ActionsState {
  actions: Action[] | null;
  error: string | null;
}

/** Saved actions, newest first, kept live as they change in any Kindling page. */
export function useActions(limit?: number): ActionsState {
  const [state, setState] = useState<ActionsState>({ actions: null, error: null });
  useEffect(() => {
    let live = true;
    const load = () =>
      request('actions/list', { limit }).then(
        (actions) => live && setState({ actions, error: null }),
        (error: unknown) => live && setState((old) => ({ ...old, error: String(error) })),
      );
    const onMessage = (message: unknown) => {
      if (isNotice(message, 'actions/changed')) void load();
    };
    void load();
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [limit]);
  return state;
}
