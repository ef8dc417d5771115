import type { Action } from '@/lib/db/actions';
import { request } from '@/lib/messages';
import { useLive } from './useLive';

export interface ActionsState {
  actions: Action[] | null;
  error: string | null;
}

/** Saved actions, newest first, kept live as they change in any Kindling page. */
export function useActions(limit?: number): ActionsState {
  const { value, error } = useLive(() => request('actions/list', { limit }), 'actions/changed', limit);
  return { actions: value, error };
}
