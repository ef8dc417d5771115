import { storage } from 'wxt/utils/storage';
import { DEFAULT_PACE, EMPTY_STATE, type NudgePrefs, type NudgeState } from './nudges/schedule';
import type { LanguageChoice } from './i18n/languages';
import type { InstalledPack } from './packs/installed';
import { DEFAULT_WMTY_DAY, type AudienceChoice, type TodayProgress } from './prompts/today';

/**
 * Every setting Kindling keeps, declared here and nowhere else. Settings live
 * in the extension's own browser.storage.local; saved actions and check-ins
 * live in IndexedDB, owned by the background.
 */
export const settings = {
  /** Whether the toolbar badge shows how many actions are open. */
  badge: storage.defineItem<boolean>('local:settings.badge', { fallback: true }),
  /** Whether due actions raise a notification; off until the user turns it on (and grants permission). */
  reminders: storage.defineItem<boolean>('local:settings.reminders', { fallback: false }),
  /** The local time of day reminders are raised, HH:MM. */
  reminderTime: storage.defineItem<string>('local:settings.reminderTime', { fallback: '09:00' }),
  /** Ids of the actions already reminded about, by day, so each due action raises one notification. */
  reminded: storage.defineItem<{ day: string; ids: string[] }>('local:journal.reminded', {
    fallback: { day: '', ids: [] },
  }),
  /** How often prompts may appear while people work, and quiet hours. */
  nudges: storage.defineItem<NudgePrefs>('local:settings.nudges', {
    fallback: { pace: DEFAULT_PACE, quiet: null },
  }),
  /** The prompt schedule, shared by every tab; kept here so it survives restarts and service-worker stops. */
  nudgeState: storage.defineItem<NudgeState>('local:nudges.state', { fallback: EMPTY_STATE }),
  /** Per enabled site (by match pattern): launcher side, collapsed, kind of work. */
  sitePrefs: storage.defineItem<Record<string, unknown>>('local:settings.sitePrefs', { fallback: {} }),
  /** The language the user chose in settings; "browser" follows the browser's own language. */
  language: storage.defineItem<LanguageChoice>('local:settings.language', { fallback: 'browser' }),
  /** Whose prompts the user wants for today's prompt: patients, families, colleagues or everyone. */
  audience: storage.defineItem<AudienceChoice>('local:settings.audience', { fallback: 'all' }),
  /** What Matters To You Day as MM-DD; read it through parseWmtyDay. */
  wmtyDay: storage.defineItem<string>('local:settings.wmtyDay', { fallback: DEFAULT_WMTY_DAY }),
  /** Prompts the user said "Not for me" to: never offered again as today's prompt. */
  notForMe: storage.defineItem<string[]>('local:prompts.notForMe', { fallback: [] }),
  /** How often "Another prompt" was chosen today, so today's prompt stays put when the sidebar reopens. */
  todayProgress: storage.defineItem<TodayProgress>('local:prompts.today', {
    fallback: { day: '', another: 0 },
  }),
  /** A random value made once per install, so colleagues on one ward get different prompts on a day. */
  promptSeed: storage.defineItem<string>('local:prompts.seed', { fallback: '' }),
  /** Content packs imported from a file or given by policy; written only by the background (lib/packs/store.ts). Read through parseInstalled. */
  packs: storage.defineItem<InstalledPack[]>('local:packs.installed', { fallback: [] }),
  /** Why the organisation's content pack could not be used, or null. */
  packPolicyProblem: storage.defineItem<string | null>('local:packs.policyProblem', { fallback: null }),
};
