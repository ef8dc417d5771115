import type { TranslationOf } from '../catalogue';
import type { pages as english } from '../en/pages';

/** Swedish: page titles, the language setting, the toolbar button's tooltip. */
export const pages = {
  'page.settings': 'Inställningar för Kindling',
  'page.reflection': 'Kindling: reflektion inför medarbetarsamtalet',

  'badge.title': { one: 'Kindling: {count} öppen handling', other: 'Kindling: {count} öppna handlingar' },

  'options.language.heading': 'Språk',
  'options.language.label': 'Språk i Kindling',
  'options.language.browser': 'Samma som webbläsaren ({language})',
  'options.language.hint':
    'Ändrar direkt alla öppna Kindling-sidor, knappen på dina webbplatser och dess förslag. Handlingar du redan sparat behåller sina ord.',
  'options.language.lockedBy': 'Inställt av {organisation}',
  'options.language.yourOrganisation': 'din organisation',
} as const satisfies TranslationOf<typeof english>;
