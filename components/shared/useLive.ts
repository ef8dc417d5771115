import { useEffect, useState } from 'preact/hooks';
import { isNotice, type PageEvent } from '@/lib/messages';
import { userError } from './userError';

export interface Live<T> {
  value: T | null;
  error: string | null;
}

/** The state after a failed load: the last value stays, and the error is in plain words, never the browser's raw text. */
export function failedLive<T>(old: Live<T>, error: unknown): Live<T> {
  return { ...old, error: userError(error) };
}

/**
 * A value asked of the background, asked again whenever `changed` says the
 * data behind it changed in any Kindling page. `key` names what is asked
 * (e.g. a limit), so a different question loads afresh.
 */
export function useLive<T>(load: () => Promise<T>, changed: PageEvent, key: unknown = null): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: null, error: null });
  useEffect(() => {
    let live = true;
    const reload = () =>
      load().then(
        (value) => live && setState({ value, error: null }),
        (error: unknown) => live && setState((old) => failedLive(old, error)),
      );
    const onMessage = (message: unknown) => {
      if (isNotice(message, changed)) void reload();
    };
    void reload();
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
    // `load` is a new closure each render; `key` says when its question changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [changed, key]);
  return state;
}
