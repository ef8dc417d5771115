import type { Prompt, WorkKind } from '../content/types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Minutes between prompts the user can choose; 0 means "only when I open it". */
export const PACES = [30, 60, 120, 240, 480, 1440, 0] as const;
export type Pace = (typeof PACES)[number];
export const DEFAULT_PACE: Pace = 120;

/** No prompt in the first minute after a page loads. */
export const SETTLE_AFTER_LOAD = MINUTE;
/** Someone who typed in the page this recently is still typing. */
export const TYPING_PAUSE = 15_000;
/** "Not now" this many times on one prompt retires it for RETIRE_FOR. */
export const NOT_NOW_LIMIT = 2;
export const RETIRE_FOR = 7 * DAY;
export const SNOOZE_HOUR = HOUR;

/** The user's choices about prompts. */
export interface NudgePrefs {
  pace: Pace;
  /** Quiet hours as minutes after local midnight; `from` after `to` spans midnight. */
  quiet: { from: number; to: number } | null;
}

/** What the background remembers between prompts, across every tab and site. */
export interface NudgeState {
  lastShownAt: number | null;
  snoozedUntil: number | null;
  /** Prompts shown since the set was last exhausted. */
  shownThisRound: string[];
  /** "Not now" count per prompt, until it reaches the limit. */
  notNow: Record<string, number>;
  /** Prompts retired until the given moment. */
  retiredUntil: Record<string, number>;
  /** The prompt on screen now, the only one an answer may name. */
  current: string | null;
  /**
   * Prompts answered "Not now: not relevant here", by place: the site's kind of
   * work, or the site's pattern when it has none. Never offered there again.
   */
  notRelevant: Record<string, string[]>;
}

export const EMPTY_STATE: NudgeState = {
  lastShownAt: null,
  snoozedUntil: null,
  shownThisRound: [],
  notNow: {},
  retiredUntil: {},
  current: null,
  notRelevant: {},
};

/** The moment, as the clock and the page see it. Nothing here comes from the page's content. */
export interface Moment {
  now: number;
  /** Minutes after local midnight at `now`. */
  minuteOfDay: number;
  pageLoadedAt: number;
  /** When the user last typed into an editable element of the page, if ever. */
  typedAt: number | null;
  workKind: WorkKind | null;
  /** The site's match pattern, for a site with no kind of work. */
  site?: string | null;
}

/**
 * Where "not relevant here" applies: the site's kind of work, so it holds on
 * every site of that kind, or the site itself when it has none (kinds never contain "/").
 */
export function placeOf(moment: Pick<Moment, 'workKind' | 'site'>): string | null {
  return moment.workKind ?? moment.site ?? null;
}

/** The one sentence a prompt card shows: the action "Save" keeps, so the card saves the words on screen. */
export const cardSentence = (prompt: Pick<Prompt, 'action'>): string => prompt.action;

/** The longest sentence a prompt card may show (issue 9: one short line). */
export const CARD_SENTENCE_MAX = 140;

export type Wait = 'manual' | 'settling' | 'typing' | 'snoozed' | 'quiet' | 'pace' | 'none-left';

/** Why no prompt is due now, or null when one is. */
export function whyWait(
  prefs: NudgePrefs,
  state: NudgeState,
  moment: Moment,
  settle = SETTLE_AFTER_LOAD,
): Wait | null {
  const { now } = moment;
  if (prefs.pace === 0) return 'manual';
  if (now - moment.pageLoadedAt < settle) return 'settling';
  if (moment.typedAt !== null && now - moment.typedAt < TYPING_PAUSE) return 'typing';
  if (state.snoozedUntil !== null && now < state.snoozedUntil) return 'snoozed';
  if (prefs.quiet && inQuietHours(prefs.quiet, moment.minuteOfDay)) return 'quiet';
  if (state.lastShownAt !== null && now - state.lastShownAt < prefs.pace * MINUTE) return 'pace';
  return null;
}

export function inQuietHours(quiet: { from: number; to: number }, minute: number): boolean {
  if (quiet.from === quiet.to) return false;
  return quiet.from < quiet.to
    ? minute >= quiet.from && minute < quiet.to
    : minute >= quiet.from || minute < quiet.to;
}

/**
 * The prompt to show next: one that fits the site's kind of work, is not
 * retired, and has not been shown since the set was last exhausted. `random`
 * picks among them (Math.random in use, fixed in tests).
 */
export function pickPrompt(
  prompts: readonly Prompt[],
  state: NudgeState,
  moment: Pick<Moment, 'now' | 'workKind' | 'site'>,
  random: () => number,
): { prompt: Prompt; newRound: boolean } | null {
  const kind = moment.workKind;
  const place = placeOf(moment);
  const notHere = (place !== null && state.notRelevant[place]) || [];
  const usable = prompts.filter(
    (prompt) =>
      (kind === null || prompt.fits.length === 0 || prompt.fits.includes(kind)) &&
      (state.retiredUntil[prompt.id] ?? 0) <= moment.now &&
      !notHere.includes(prompt.id),
  );
  const fresh = usable.filter((prompt) => !state.shownThisRound.includes(prompt.id));
  const newRound = fresh.length === 0;
  const from = newRound ? usable : fresh;
  const prompt = from[Math.min(from.length - 1, Math.floor(random() * from.length))];
  return prompt ? { prompt, newRound } : null;
}

/** The next prompt and the state after showing it, or why none is due. */
export function nextNudge(
  prompts: readonly Prompt[],
  prefs: NudgePrefs,
  state: NudgeState,
  moment: Moment,
  random: () => number,
  settle = SETTLE_AFTER_LOAD,
): { prompt: Prompt; state: NudgeState } | { wait: Wait } {
  const wait = whyWait(prefs, state, moment, settle);
  if (wait) return { wait };
  const picked = pickPrompt(prompts, state, moment, random);
  if (!picked) return { wait: 'none-left' };
  const { prompt, newRound } = picked;
  return {
    prompt,
    state: {
      ...state,
      lastShownAt: moment.now,
      snoozedUntil: null,
      shownThisRound: [...(newRound ? [] : state.shownThisRound), prompt.id],
      current: prompt.id,
    },
  };
}

const MIN_RETRY = 1_000;
const MAX_RETRY = 30 * MINUTE;

/**
 * How long the launcher should wait before asking again, so an idle tab
 * wakes the background rarely. Settings and quiet hours may change at any
 * time, so no wait is longer than half an hour.
 */
export function retryAfter(
  wait: Wait,
  prefs: NudgePrefs,
  state: NudgeState,
  now: number,
  moment?: Moment,
  settle = SETTLE_AFTER_LOAD,
): number {
  let ms = MAX_RETRY;
  if (wait === 'settling' && moment) ms = moment.pageLoadedAt + settle - now;
  if (wait === 'typing' && moment?.typedAt != null) ms = moment.typedAt + TYPING_PAUSE - now;
  if (wait === 'snoozed' && state.snoozedUntil !== null) ms = state.snoozedUntil - now;
  if (wait === 'pace' && state.lastShownAt !== null && prefs.pace > 0)
    ms = state.lastShownAt + prefs.pace * MINUTE - now;
  return Math.min(MAX_RETRY, Math.max(MIN_RETRY, ms));
}

/**
 * What became of the prompt on screen: saved; "Not now" (plain, or because the
 * user is busy, or because it is not relevant here); dismissed with Escape; or
 * folded away after minutes unanswered (`fold`, which is no answer at all).
 */
export type Answer = 'save' | 'not-now' | 'busy' | 'not-relevant' | 'dismiss' | 'fold';

/**
 * The state after the user answers the prompt on screen, at `place` (see placeOf).
 * Busy and unanswered say nothing about the prompt: it goes back into the
 * rotation and no "Not now" is counted against it.
 */
export function answerNudge(
  state: NudgeState,
  answer: Answer,
  now: number,
  place: string | null = null,
): NudgeState {
  const id = state.current;
  if (id === null) return state;
  const next: NudgeState = { ...state, current: null };
  if (answer === 'busy' || answer === 'fold') {
    return { ...next, shownThisRound: state.shownThisRound.filter((each) => each !== id) };
  }
  if (answer === 'not-relevant') {
    if (place === null) return next;
    const here = state.notRelevant[place] ?? [];
    return here.includes(id)
      ? next
      : { ...next, notRelevant: { ...state.notRelevant, [place]: [...here, id] } };
  }
  if (answer !== 'not-now') return next;
  const count = (state.notNow[id] ?? 0) + 1;
  const notNow = { ...state.notNow };
  if (count < NOT_NOW_LIMIT) return { ...next, notNow: { ...notNow, [id]: count } };
  delete notNow[id];
  return {
    ...next,
    notNow,
    retiredUntil: { ...pruneRetired(state.retiredUntil, now), [id]: now + RETIRE_FOR },
  };
}

/** Snoozes prompts for an hour, or until `endOfDay` (the next local midnight). */
export function snooze(state: NudgeState, length: 'hour' | 'day', now: number, endOfDay: number): NudgeState {
  return { ...state, current: null, snoozedUntil: length === 'hour' ? now + SNOOZE_HOUR : endOfDay };
}

function pruneRetired(retired: Record<string, number>, now: number): Record<string, number> {
  return Object.fromEntries(Object.entries(retired).filter(([, until]) => until > now));
}

/**
 * Reads a stored state defensively: anything malformed falls back to a fresh
 * start. This is also the state's migration: a state stored before issue 9 has
 * no `notRelevant` and keeps every other field as it was.
 */
export function parseNudgeState(value: unknown): NudgeState {
  if (typeof value !== 'object' || value === null) return EMPTY_STATE;
  const raw = value as Record<string, unknown>;
  const time = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const numbers = (v: unknown): Record<string, number> =>
    typeof v === 'object' && v !== null
      ? Object.fromEntries(
          Object.entries(v).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
        )
      : {};
  return {
    lastShownAt: time(raw.lastShownAt),
    snoozedUntil: time(raw.snoozedUntil),
    shownThisRound: Array.isArray(raw.shownThisRound)
      ? raw.shownThisRound.filter((id): id is string => typeof id === 'string')
      : [],
    notNow: numbers(raw.notNow),
    retiredUntil: numbers(raw.retiredUntil),
    current: typeof raw.current === 'string' ? raw.current : null,
    notRelevant: Object.fromEntries(
      Object.entries(typeof raw.notRelevant === 'object' && raw.notRelevant !== null ? raw.notRelevant : {})
        .filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]))
        .map(([place, ids]) => [place, ids.filter((id): id is string => typeof id === 'string')]),
    ),
  };
}

/** Reads stored prompt settings defensively: an unknown pace is the default, bad quiet hours are none. */
export function parseNudgePrefs(value: unknown): NudgePrefs {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const pace = (PACES as readonly unknown[]).includes(raw.pace) ? (raw.pace as Pace) : DEFAULT_PACE;
  const quiet = raw.quiet as { from?: unknown; to?: unknown } | null | undefined;
  const minute = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1440;
  return {
    pace,
    quiet:
      quiet && minute(quiet.from) && minute(quiet.to)
        ? { from: Number(quiet.from), to: Number(quiet.to) }
        : null,
  };
}

/** Local clock facts for a moment, kept apart so the functions above stay pure. */
export function localClock(now: number): { minuteOfDay: number; endOfDay: number } {
  const date = new Date(now);
  const midnight = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  return { minuteOfDay: date.getHours() * 60 + date.getMinutes(), endOfDay: midnight };
}
