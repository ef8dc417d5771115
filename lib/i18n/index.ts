import { en } from './en/index';
import type { MessageKey, PluralForms, Translation } from './catalogue';
import { REGIONAL_LOCALE, type Language } from './languages';

export type { MessageKey, PluralForms, Translation } from './catalogue';
export type { Language, LanguageChoice } from './languages';
export {
  LANGUAGES,
  LANGUAGE_NAMES,
  REGIONAL_LOCALE,
  chooseLanguage,
  isLanguage,
  languageOfTag,
} from './languages';
export type Params = Record<string, string | number>;

/**
 * The catalogues this page or worker has: English (it defines the keys, see
 * Translation) and each other language once loaded (lib/i18n/load.ts), so a
 * page carries only the words it speaks.
 */
const catalogues: Partial<Record<Language, Translation>> = { en };

/** Whether this page or worker has `code`'s catalogue. */
export function hasCatalogue(code: Language): boolean {
  return catalogues[code] !== undefined;
}

/** Adds a language's catalogue; lib/i18n/load.ts does, before that language is spoken. */
export function addCatalogue(code: Language, catalogue: Translation): void {
  catalogues[code] = catalogue;
}

let current: Language = 'en';
const listeners = new Set<(language: Language) => void>();

/** The language Kindling speaks now in this page or worker. */
export function language(): Language {
  return current;
}

/** The regional locale for dates and numbers: en-GB, fr-BE, nl-BE or sv-SE. */
export function regionalLocale(of: Language = current): string {
  return REGIONAL_LOCALE[of];
}

/** Speak `next` from now on; everything listening re-renders in it. */
export function setLanguage(next: Language): void {
  if (next === current) return;
  current = next;
  for (const listener of listeners) listener(next);
}

/** Calls `listener` each time the language changes; returns how to stop. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function pick(forms: PluralForms, count: number, locale: string): string {
  const category = new Intl.PluralRules(locale).select(count) as keyof PluralForms;
  return forms[category] ?? forms.other;
}

/**
 * The UI text for `key` in the current language (English when a catalogue
 * lacks it), with `{name}` placeholders filled from `params`. Numbers are
 * written the regional way ("1 234" in French); a plural message picks its
 * form from `params.count`.
 */
export function t(key: MessageKey, params?: Params): string {
  const locale = regionalLocale();
  const message: string | PluralForms = catalogues[current]?.[key] ?? en[key];
  const text = typeof message === 'string' ? message : pick(message, Number(params?.count ?? 0), locale);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

export function formatNumber(value: number, locale: string = regionalLocale()): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A moment (epoch milliseconds) as the language writes its date, e.g. "3 Mar 2024", "3 mars 2024". */
export function formatDate(value: number, locale: string = regionalLocale()): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(value);
}

/** A month as the language writes it, e.g. "April 2024", "april 2024", from YYYY-MM-DD. */
export function formatMonth(isoDate: string, locale: string = regionalLocale()): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

/** A day and month without the year, e.g. "16 October", "16 oktober", from a month (1–12) and day. */
export function formatDayOfMonth(month: number, day: number, locale: string = regionalLocale()): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, month - 1, day, 12)),
  );
}

/** "today", "tomorrow", "in 3 days", "2 days ago" — in the language, with Intl.RelativeTimeFormat. */
export function formatDaysFromNow(days: number, locale: string = regionalLocale()): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
}

/** "A, B and C" as the language joins a list ("A, B et C", "A, B en C", "A, B och C"). */
export function formatList(items: readonly string[], locale: string = regionalLocale()): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
