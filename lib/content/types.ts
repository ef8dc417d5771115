/**
 * Kindling's content is typed data. Every item names where its facts come
 * from, so a reader (or a reviewer) can check the claim against the source.
 */

/**
 * Where a piece of content comes from. `url` is https; `citation` is human-readable.
 * Every link is on the project's source sheet (shared/sources.md) or was checked
 * on a public page, named in `verifiedAt` (tests/unit/content-sources.test.ts).
 */
export interface Source {
  citation: string;
  url?: string;
  /** For a link not on the source sheet: the public page where it was checked. */
  verifiedAt?: string;
}

/** One claim of the shared theory of kindness (why kindness matters). */
export interface TheoryClaim {
  id: string;
  /** What the claim is about, e.g. outcomes, experience, retention, cost, power. */
  topic: 'outcomes' | 'experience' | 'retention' | 'cost' | 'power' | 'co-production';
  title: string;
  body: string;
  sources: readonly Source[];
}

/** One of the eight themes that emerged from the Conversations for Kindness. */
export interface KindnessTheme {
  id: string;
  title: string;
  body: string;
  source: Source;
}

export type PromptAudience = 'patients' | 'families' | 'colleagues';
/** Ask what matters, listen to what matters, do what matters. */
export type PromptStep = 'ask' | 'listen' | 'do';
/** A kind of clinical work a site can be tagged with, so prompts fit it. */
export type WorkKind = 'ward' | 'clinic' | 'discharge' | 'handover' | 'admin';

/** A short "What matters to you?" prompt that can become a saved action. */
export interface Prompt {
  id: string;
  audience: PromptAudience;
  step: PromptStep;
  /** Under 140 characters: shown as a small card while people work. */
  text: string;
  /** The concrete action saved when someone chooses this prompt. */
  action: string;
  /** Kinds of work the prompt fits best; empty means any. */
  fits: readonly WorkKind[];
  source: Source;
}

/** A monthly Conversation for Kindness, newest first in the catalogue. */
export interface Conversation {
  id: string;
  /** ISO date, the first of the month (only the month is known). */
  date: string;
  kind: 'monthly-conversation';
  title: string;
  speakers: readonly string[];
  summary: string;
  /** The page holding its insights and summary (https). */
  link: string;
  source: Source;
}

/** The March 2026 M6 workshop whose programme the theory and the check-in draw on. */
export interface Workshop {
  id: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  title: string;
  speakers: readonly string[];
  summary: string;
  source: Source;
}
