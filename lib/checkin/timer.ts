import { HAT_LENSES } from '../db/actions';
import type { CheckinLength } from '../db/checkins';

export const LENS_COUNT = HAT_LENSES.length;

/**
 * Where a check-in's clock stands: which lens is open, how long it ran
 * before its last pause, and since when it has been running (null: paused).
 */
export interface TimerState {
  lens: number;
  spentBefore: number;
  runningSince: number | null;
}

/**
 * Milliseconds given to lens `lens` of a check-in of `minutes`: the length
 * shared evenly across the six lenses, whole seconds, with any spare seconds
 * going to the first lenses so the total is exact.
 */
export function lensDuration(minutes: CheckinLength, lens: number): number {
  const seconds = minutes * 60;
  const base = Math.floor(seconds / LENS_COUNT);
  const spare = seconds - base * LENS_COUNT;
  return (base + (lens < spare ? 1 : 0)) * 1000;
}

/** A clock on the first lens (or `lens`), running from `now`. */
export function startTimer(now: number, lens = 0): TimerState {
  return { lens: clampLens(lens), spentBefore: 0, runningSince: now };
}

export function elapsed(state: TimerState, now: number): number {
  return state.spentBefore + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

/** Milliseconds left on the open lens; never below zero. */
export function remaining(state: TimerState, minutes: CheckinLength, now: number): number {
  return Math.max(0, lensDuration(minutes, state.lens) - elapsed(state, now));
}

/**
 * Whether the open lens has used its time. The check-in does not move on by
 * itself: the lens changing under someone mid-sentence (or under a screen
 * reader) would be worse than running over.
 */
export function isOverTime(state: TimerState, minutes: CheckinLength, now: number): boolean {
  return remaining(state, minutes, now) === 0;
}

export function pause(state: TimerState, now: number): TimerState {
  if (state.runningSince === null) return state;
  return { ...state, spentBefore: elapsed(state, now), runningSince: null };
}

export function resume(state: TimerState, now: number): TimerState {
  if (state.runningSince !== null) return state;
  return { ...state, runningSince: now };
}

/** Opens another lens with a fresh clock, keeping it paused or running as it was. */
export function goToLens(state: TimerState, lens: number, now: number): TimerState {
  return { lens: clampLens(lens), spentBefore: 0, runningSince: state.runningSince === null ? null : now };
}

/** The next lens; past the sixth, the lens index is LENS_COUNT (the check-in is done). */
export function next(state: TimerState, now: number): TimerState {
  return { ...goToLens(state, state.lens + 1, now), lens: Math.min(state.lens + 1, LENS_COUNT) };
}

export function back(state: TimerState, now: number): TimerState {
  return goToLens(state, state.lens - 1, now);
}

/** Milliseconds as m:ss, e.g. 100000 → "1:40"; partial seconds count as a whole one left. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

function clampLens(lens: number): number {
  return Math.min(Math.max(0, Math.floor(lens)), LENS_COUNT - 1);
}
