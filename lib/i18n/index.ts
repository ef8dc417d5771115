import { en, type MessageKey } from './en/index';

export type { MessageKey };
export type Params = Record<string, string | number>;

/** Every locale Kindling ships; each must translate every key of `en`. */
export const locales = { en } satisfies Record<string, Record<MessageKey, string>>;

/** The UI text for `key`, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params?: Params): string {
  const text: string = en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A moment (epoch milliseconds) as the user's locale writes its date, e.g. "3 Mar 2024". */
export function formatDate(value: number, locale?: string): string {
  return new Date(value).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** A month as the user's locale writes it, e.g. "April 2024", from YYYY-MM-DD. */
export function formatMonth(isoDate: string, locale?: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
