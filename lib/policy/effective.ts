import { isLanguage, type LanguageChoice } from '../i18n/languages';
import { DEFAULT_PACE, parseNudgePrefs, type NudgePrefs } from '../nudges/schedule';
import { DEFAULT_WMTY_DAY, parseWmtyDay } from '../prompts/today';
import { POLICY_SETTINGS, isDisabled, type Policy, type PolicySetting, type SettingValues } from './parse';

/** A setting's value with "follow the browser" allowed for the language. */
export type EffectiveValues = Omit<SettingValues, 'language'> & { language: LanguageChoice };

/** What the user chose themselves; a key is absent when they never changed that setting. */
export type UserChoices = Partial<EffectiveValues>;

/** Where a setting's value comes from, strongest first. */
export type Source = 'locked' | 'user' | 'policy' | 'default';

export const KINDLING_DEFAULTS: EffectiveValues = {
  pace: DEFAULT_PACE,
  quietHours: null,
  language: 'browser',
  badge: true,
  reminders: false,
  wmtyDay: DEFAULT_WMTY_DAY,
};

export interface Effective {
  values: EffectiveValues;
  source: Record<PolicySetting, Source>;
}

/**
 * Each setting's value in force: the organisation's locked value, else the
 * user's own choice, else the organisation's default, else Kindling's. A
 * feature the organisation switched off acts as off (no prompt cards, no reminders).
 */
export function effectiveSettings(policy: Policy, user: UserChoices): Effective {
  const values = { ...KINDLING_DEFAULTS };
  const source = {} as Record<PolicySetting, Source>;
  for (const name of POLICY_SETTINGS) {
    const fromPolicy = policy.settings[name];
    const fromUser = user[name];
    const [value, from]: [unknown, Source] =
      fromPolicy !== undefined && policy.locked.includes(name)
        ? [fromPolicy, 'locked']
        : fromUser !== undefined
          ? [fromUser, 'user']
          : fromPolicy !== undefined
            ? [fromPolicy, 'policy']
            : [KINDLING_DEFAULTS[name], 'default'];
    (values as Record<string, unknown>)[name] = value;
    source[name] = from;
  }
  if (isDisabled(policy, 'nudges')) values.pace = 0;
  if (isDisabled(policy, 'reminders')) values.reminders = false;
  return { values, source };
}

/** The prompt schedule's preferences in force. */
export const nudgePrefsOf = ({ values }: Effective): NudgePrefs => ({
  pace: values.pace,
  quiet: values.quietHours,
});

/** Which of pace and quiet hours a stored `settings.nudges` holds as the user's own choice. */
export type NudgeChoice = 'pace' | 'quietHours';

/**
 * The user's own choices from raw `browser.storage.local` values (a missing
 * key was never set). `settings.nudges` keeps pace and quiet hours together;
 * its `chosen` list says which of the two the user set, so a policy default
 * for the other still applies. Without the list (older versions, a restored
 * export) both are the user's.
 */
export function userChoicesOf(stored: Record<string, unknown>): UserChoices {
  const choices: UserChoices = {};
  const nudges = stored['settings.nudges'];
  if (typeof nudges === 'object' && nudges !== null) {
    const prefs = parseNudgePrefs(nudges);
    const chosen = (nudges as { chosen?: unknown }).chosen;
    const mine = (name: NudgeChoice) => !Array.isArray(chosen) || chosen.includes(name);
    if (mine('pace')) choices.pace = prefs.pace;
    if (mine('quietHours')) choices.quietHours = prefs.quiet;
  }
  const { 'settings.badge': badge, 'settings.reminders': reminders } = stored;
  if (typeof badge === 'boolean') choices.badge = badge;
  if (typeof reminders === 'boolean') choices.reminders = reminders;
  const wmtyDay = stored['settings.wmtyDay'];
  if (typeof wmtyDay === 'string' && parseWmtyDay(wmtyDay) === wmtyDay) choices.wmtyDay = wmtyDay;
  const language = stored['settings.language'];
  if (isLanguage(language)) choices.language = language;
  return choices;
}

/** The storage keys userChoicesOf reads. */
export const USER_CHOICE_KEYS = [
  'settings.nudges',
  'settings.badge',
  'settings.reminders',
  'settings.wmtyDay',
  'settings.language',
] as const;

/**
 * The `settings.nudges` value to store when the user changes one of pace and
 * quiet hours: the other keeps following the organisation until they change it too.
 */
export function chooseNudges(
  stored: unknown,
  next: NudgePrefs,
  changed: NudgeChoice,
): NudgePrefs & { chosen: NudgeChoice[] } {
  const before = (typeof stored === 'object' && stored !== null ? stored : null) as {
    chosen?: unknown;
  } | null;
  const earlier: NudgeChoice[] =
    before === null
      ? []
      : Array.isArray(before.chosen)
        ? before.chosen.filter(isNudgeChoice)
        : ['pace', 'quietHours'];
  return { pace: next.pace, quiet: next.quiet, chosen: [...new Set([...earlier, changed])] };
}

const isNudgeChoice = (value: unknown): value is NudgeChoice => value === 'pace' || value === 'quietHours';
