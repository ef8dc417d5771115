import type { Checkin } from '@/lib/db/checkins';
import { request } from '@/lib/messages';
import { useLive } from '@/components/shared/useLive';

export interface CheckinsState {
  checkins: Checkin[] | null;
  error: string | null;
}

/** Saved check-ins, newest first, kept live as they change in any Kindling page. */
export function useCheckins(limit?: number): CheckinsState {
  const { value, error } = useLive(() => request('checkins/list', { limit }), 'checkins/changed', limit);
  return { checkins: value, error };
}
