import { useEffect, useState } from 'preact/hooks';
import type { Checkin } from '@/lib/db/checkins';
import { isNotice, request } from '@/lib/messages';

export interface CheckinsState {
  checkins: Checkin[] | null;
  error: string | null;
}

/** Saved check-ins, newest first, kept live as they change in any Kindling page. */
export function useCheckins(limit?: number): CheckinsState {
  const [state, setState] = useState<CheckinsState>({ checkins: null, error: null });
  useEffect(() => {
    let live = true;
    const load = () =>
      request('checkins/list', { limit }).then(
        (checkins) => live && setState({ checkins, error: null }),
        (error: unknown) => live && setState((old) => ({ ...old, error: String(error) })),
      );
    const onMessage = (message: unknown) => {
      if (isNotice(message, 'checkins/changed')) void load();
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
