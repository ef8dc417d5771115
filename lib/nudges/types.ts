import type { WorkKind } from '../content/types';
import type { Answer } from './schedule';

export type Side = 'left' | 'right';
/** Every answer a prompt card can give: the schedule's answers, a snooze, or no more prompts on this site. */
export type NudgeAnswer = Answer | 'snooze-hour' | 'snooze-day' | 'not-for-site';
export const WORK_KINDS = [
  'ward',
  'clinic',
  'discharge',
  'handover',
  'admin',
] as const satisfies readonly WorkKind[];

/** How the launcher sits on one site, and the kind of work done there (set by the user, never inferred). */
export interface SitePrefs {
  side: Side;
  collapsed: boolean;
  workKind: WorkKind | null;
  /** Whether prompt cards may appear on this site; "Not for this site" on a card turns it off. */
  prompts: boolean;
}

export const DEFAULT_SITE_PREFS: SitePrefs = {
  side: 'right',
  collapsed: false,
  workKind: null,
  prompts: true,
};

/** An enabled site as the settings page lists it. */
export interface SiteEntry extends SitePrefs {
  host: string;
  pattern: string;
}

export type SitePrefsChange = { pattern: string } & Partial<SitePrefs>;

/**
 * Every word the launcher shows; the background sends them so the content
 * script carries no string table. `choices` are the prompt card's menu, in order.
 */
export interface LauncherLabels {
  open: string;
  close: string;
  frameTitle: string;
  prompt: string;
  save: string;
  notNow: string;
  menu: string;
  choices: Array<[answer: NudgeAnswer | 'open', words: string]>;
}

export interface LauncherHello {
  side: Side;
  collapsed: boolean;
  labels: LauncherLabels;
  /** The sentence of the prompt on screen (if any), in the current language. */
  promptText?: string;
}

/**
 * The background's answer to "is a prompt due?": one prompt or none, and when to ask again.
 * The card shows `text` (the prompt's cardSentence), the very words the card's "Save" keeps as the action.
 */
export interface NudgeOffer {
  prompt: { id: string; text: string } | null;
  /** Milliseconds until asking again is worthwhile. */
  retryIn: number;
}

export interface NudgeReply {
  id: string;
  answer: NudgeAnswer;
}

/** Reads stored per-site preferences defensively; anything unknown falls back to the default. */
export function parseSitePrefs(value: unknown): SitePrefs {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    side: raw.side === 'left' ? 'left' : 'right',
    collapsed: raw.collapsed === true,
    workKind: (WORK_KINDS as readonly unknown[]).includes(raw.workKind) ? (raw.workKind as WorkKind) : null,
    prompts: raw.prompts !== false,
  };
}
