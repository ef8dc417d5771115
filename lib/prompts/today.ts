import type { Prompt, PromptAudience, WorkKind } from '../content/types';
import { siteOf } from '../sites';

/** Whose prompts the user wants first: one audience, or everyone. */
export type AudienceChoice = PromptAudience | 'all';
export const AUDIENCE_CHOICES = [
  'all',
  'patients',
  'families',
  'colleagues',
] as const satisfies readonly AudienceChoice[];

/** What Matters To You Day, as MM-DD: 6 June unless the user chose another date. */
export const DEFAULT_WMTY_DAY = '06-06';

/** How far the user has moved through today's prompts with "Another prompt". */
export interface TodayProgress {
  /** The local day this count belongs to, YYYY-MM-DD. */
  day: string;
  another: number;
}

export interface TodayInput<P extends Prompt> {
  prompts: readonly P[];
  /** The user's local day, YYYY-MM-DD. */
  day: string;
  /** A random value kept per install, so people on one ward do not all see the same prompt. */
  seed: string;
  audience: AudienceChoice;
  /** The site's kind of work, or null where it is unknown. */
  workKind: WorkKind | null;
  /** Prompts the user said "Not for me" to. */
  notForMe: readonly string[];
  /** What Matters To You Day, MM-DD. */
  wmtyDay: string;
  /** How many times "Another prompt" was chosen today. */
  another: number;
}

export interface TodayPrompt<P extends Prompt> {
  prompt: P | null;
  /** Whether today is What Matters To You Day. */
  isWmtyDay: boolean;
}

/**
 * The one prompt for today: the same all day, a different one the next day,
 * fitted to the audience chosen and the site's kind of work, never one the
 * user set aside. On What Matters To You Day it leads with an "ask" prompt.
 * "Another prompt" moves one step along a fixed order for the day.
 */
export function todayPrompt<P extends Prompt>(input: TodayInput<P>): TodayPrompt<P> {
  const isWmtyDay = input.day.slice(5) === parseWmtyDay(input.wmtyDay);
  const order = todayOrder(input, isWmtyDay);
  if (order.length === 0) return { prompt: null, isWmtyDay };
  const step = Math.max(0, Math.floor(input.another));
  const start = isWmtyDay ? 0 : dayNumber(input.day);
  return { prompt: order[(start + step) % order.length]!, isWmtyDay };
}

/** The prompts that fit, in this install's order; "ask" prompts first on What Matters To You Day. */
function todayOrder<P extends Prompt>(input: TodayInput<P>, isWmtyDay: boolean): P[] {
  const forAudience = input.prompts.filter(
    (prompt) =>
      !input.notForMe.includes(prompt.id) && (input.audience === 'all' || prompt.audience === input.audience),
  );
  const kind = input.workKind;
  const fitting = forAudience.filter(
    (prompt) => kind === null || prompt.fits.length === 0 || prompt.fits.includes(kind),
  );
  const chosen = shuffled(fitting.length > 0 ? fitting : forAudience, input.seed);
  if (!isWmtyDay) return chosen;
  return [...chosen.filter((prompt) => prompt.step === 'ask'), ...chosen.filter((p) => p.step !== 'ask')];
}

/** The "Another prompt" count for `day`: carried on within the day, back to 0 on a new one. */
export function anotherCount(progress: TodayProgress, day: string): number {
  return progress.day === day ? progress.another : 0;
}

/** A date as MM-DD if it is one (29 February included), else the default. */
export function parseWmtyDay(value: unknown): string {
  if (typeof value !== 'string') return DEFAULT_WMTY_DAY;
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  if (!match) return DEFAULT_WMTY_DAY;
  const [month, date] = [Number(match[1]), Number(match[2])];
  // 2024 is a leap year, so 29 February is accepted.
  const real = new Date(Date.UTC(2024, month - 1, date));
  return month >= 1 && month <= 12 && real.getUTCDate() === date ? value : DEFAULT_WMTY_DAY;
}

/** Reads a stored audience defensively. */
export function parseAudience(value: unknown): AudienceChoice {
  return (AUDIENCE_CHOICES as readonly unknown[]).includes(value) ? (value as AudienceChoice) : 'all';
}

/** The local calendar day of `now` as YYYY-MM-DD. */
export function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function dayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  const value = Math.floor(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1) / 86_400_000);
  return Number.isFinite(value) ? Math.abs(value) : 0;
}

/** A copy of `list` in an order fixed by `seed` (Fisher–Yates with a small seeded generator). */
function shuffled<T>(list: readonly T[], seed: string): T[] {
  const out = [...list];
  let state = hash(seed);
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** The kind of work the user tagged the site of `url` with, or null. */
export function workKindOf(
  url: string | undefined,
  sites: readonly { pattern: string; workKind: WorkKind | null }[],
): WorkKind | null {
  const pattern = siteOf(url)?.pattern;
  return sites.find((site) => site.pattern === pattern)?.workKind ?? null;
}

/** How many days a month (1–12) can have, 29 for February: the day recurs every year. */
export function daysInMonth(month: number): number {
  return new Date(Date.UTC(2024, month, 0)).getUTCDate();
}

/** MM-DD from a month and a day, the day kept inside the month (31 April becomes 30 April). */
export function wmtyDayOf(month: number, day: number): string {
  const safeMonth = Math.min(12, Math.max(1, Math.floor(month) || 1));
  const safeDay = Math.min(daysInMonth(safeMonth), Math.max(1, Math.floor(day) || 1));
  return `${String(safeMonth).padStart(2, '0')}-${String(safeDay).padStart(2, '0')}`;
}
