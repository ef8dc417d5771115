/** The languages Kindling speaks, each with the regional locale its users write dates and numbers in. */
export const LANGUAGES = ['en', 'fr', 'nl', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the user picked in settings: a language, or "follow my browser". */
export type LanguageChoice = Language | 'browser';

/** UK English, Belgian French and Dutch, Swedish: the places Kindling's content comes from. */
export const REGIONAL_LOCALE: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  fr: 'fr-BE',
  nl: 'nl-BE',
  sv: 'sv-SE',
};

/** Each language in its own words, as a language menu shows it to someone who reads only that one. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'Français',
  nl: 'Nederlands',
  sv: 'Svenska',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language Kindling has for a BCP 47 tag ("fr-CA" → fr, "nl" → nl, "sv_SE" → sv), or undefined. */
export function languageOfTag(tag: string | undefined): Language | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : undefined;
}

/** Everything that decides the language; the organisation's part comes from managed policy. */
export interface LanguageInputs {
  /** The user's own choice in settings; "browser" or absent means no choice. */
  user?: unknown;
  /** The organisation's `settings.language` (a language code), if any. */
  policy?: unknown;
  /** Whether the organisation locked `language`. */
  locked?: boolean;
  /** The browser's UI language (browser.i18n.getUILanguage()). */
  browser?: string;
}

/**
 * Locked policy, then the user's own choice, then the policy's default, then
 * the browser's UI language, then English. Values that are not a language
 * Kindling has are skipped, so a bad policy value never hides the user's choice.
 */
export function chooseLanguage({ user, policy, locked, browser }: LanguageInputs): Language {
  const fromPolicy = typeof policy === 'string' ? languageOfTag(policy) : undefined;
  if (locked && fromPolicy) return fromPolicy;
  if (isLanguage(user)) return user;
  return fromPolicy ?? languageOfTag(browser) ?? 'en';
}
