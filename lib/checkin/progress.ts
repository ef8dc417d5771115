import { HAT_LENSES, type HatLens } from '../db/actions';
import type { Checkin, ChosenAction } from '../db/checkins';

/** Where a check-in is: its opening, one of the six lenses (0–5), or its summary. */
export type CheckinStep = 'opening' | number | 'summary';

export function withNote(checkin: Checkin, lens: HatLens, text: string): Checkin {
  return { ...checkin, notes: { ...checkin.notes, [lens]: text } };
}

/** Marks a lens as talked through; the covered list stays in the order of the hats. */
export function withCovered(checkin: Checkin, lens: HatLens): Checkin {
  const covered = new Set<HatLens>([...checkin.covered, lens]);
  return { ...checkin, covered: HAT_LENSES.filter((item) => covered.has(item)) };
}

export function withAction(checkin: Checkin, action: ChosenAction): Checkin {
  return { ...checkin, actions: [...checkin.actions, action] };
}

/** Finished at `now`, unless it had already finished (reopening keeps the first time). */
export function finished(checkin: Checkin, now: number): Checkin {
  return checkin.finished === undefined ? { ...checkin, finished: now } : checkin;
}

/** Where a reopened check-in picks up: its summary once finished, else the first lens not yet covered. */
export function resumeStep(checkin: Checkin): CheckinStep {
  if (checkin.finished !== undefined) return 'summary';
  const started =
    checkin.covered.length > 0 || Object.keys(checkin.notes).length > 0 || checkin.actions.length > 0;
  if (!started) return 'opening';
  const next = HAT_LENSES.findIndex((lens) => !checkin.covered.includes(lens));
  return next === -1 ? HAT_LENSES.length - 1 : next;
}
