import type { TranslationOf } from '../catalogue';
import type { pages as english } from '../en/pages';

/** Dutch (Belgium): page titles, the language setting, the toolbar button's tooltip. */
export const pages = {
  'page.settings': 'Instellingen van Kindling',
  'page.reflection': 'Kindling: reflectie voor uw evaluatiegesprek',

  'badge.title': { one: 'Kindling: {count} open actie', other: 'Kindling: {count} open acties' },

  'options.language.heading': 'Taal',
  'options.language.label': 'Taal van Kindling',
  'options.language.browser': 'Zoals mijn browser ({language})',
  'options.language.hint':
    'Wijzigt meteen alle open Kindling-pagina’s, de knop op uw sites en de suggesties. Reeds opgeslagen acties behouden hun woorden.',
  'options.language.lockedBy': 'Ingesteld door {organisation}',
  'options.language.yourOrganisation': 'uw organisatie',
} as const satisfies TranslationOf<typeof english>;
