import type { en } from './en/index';

/**
 * A sentence that changes with a number, one form per CLDR plural category the
 * language uses (Intl.PluralRules): English and Dutch need `one` and `other`,
 * French also `many` ("1 000 000 de …"), and French counts 0 as `one`.
 */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type English = typeof en;
export type MessageKey = keyof English;

/**
 * What every other language must provide: each English key, a sentence where
 * English has a sentence and plural forms where English has plural forms. A
 * missing key fails the typecheck.
 */
export type Translation = {
  readonly [K in MessageKey]: English[K] extends string ? string : PluralForms;
};

/** One file of a translation: the same keys as the English file of that name (lib/i18n/en/<file>.ts). */
export type TranslationOf<Part> = {
  readonly [K in keyof Part]: Part[K] extends string ? string : PluralForms;
};
