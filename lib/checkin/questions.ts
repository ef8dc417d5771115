import type { HatLens } from '../db/actions';
import type { CheckinLength, MeetingType } from '../db/checkins';
import type { HatsQuestion } from '../content/hats-types';

/** How many questions a lens gets: a five-minute check-in has time for two. */
export function questionCount(minutes: CheckinLength): number {
  return minutes <= 5 ? 2 : 3;
}

/**
 * The questions to ask under `lens` before a meeting of `meetingType`:
 * those written for that meeting type first, then those for any meeting,
 * each in catalogue order, as many as the length allows.
 */
export function selectQuestions<Q extends HatsQuestion>(
  catalogue: readonly Q[],
  lens: HatLens,
  meetingType: MeetingType,
  minutes: CheckinLength,
): Q[] {
  const forLens = catalogue.filter((question) => question.lens === lens);
  const fitted = forLens.filter((question) => question.fits.includes(meetingType));
  const general = forLens.filter((question) => question.fits.length === 0);
  return [...fitted, ...general].slice(0, questionCount(minutes));
}
