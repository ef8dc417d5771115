import type { WorkKind } from '../content/types';

export type Side = 'left' | 'right';
export type NudgeAnswer = 'save' | 'not-now' | 'dismiss' | 'snooze-hour' | 'snooze-day';
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
}

export const DEFAULT_SITE_PREFS: SitePrefs = { side: 'right', collapsed: false, workKind: null };

/** An enabled site as the settings page lists it. */
export interface SiteEntry extends SitePrefs {
  host: string;
  pattern: string;
}

export type SitePrefsChange = { pattern: string } & Partial<SitePrefs>;

/** Every word the launcher shows; the background sends them so the content script carries no string table. */
export interface LauncherLabels {
  open: string;
  close: string;
  frameTitle: string;
  prompt: string;
  save: string;
  notNow: string;
  more: string;
  pause: string;
  pauseHour: string;
  pauseDay: string;
}

export interface LauncherHello {
  side: Side;
  collapsed: boolean;
  labels: LauncherLabels;
}

/**
 * The background's answer to "is a prompt due?": one prompt or none, and when to ask again.
 * The card shows both `text` and `action`, and "Save as my action" saves `action`: the words on screen.
 */
export interface NudgeOffer {
  prompt: { id: string; text: string; action: string } | null;
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
  };
}
