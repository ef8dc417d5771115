import type { TranslationOf } from '../catalogue';
import type { pages as english } from '../en/pages';

/** French (Belgium): page titles, the language setting, the toolbar button's tooltip. */
export const pages = {
  'page.settings': 'Paramètres de Kindling',
  'page.reflection': 'Kindling : réflexion pour l’évaluation',

  'badge.title': {
    one: 'Kindling : {count} action en cours',
    many: 'Kindling : {count} d’actions en cours',
    other: 'Kindling : {count} actions en cours',
  },

  'options.language.heading': 'Langue',
  'options.language.label': 'Langue de Kindling',
  'options.language.browser': 'Celle de mon navigateur ({language})',
  'options.language.hint':
    'Change à l’instant toutes les pages Kindling ouvertes, le bouton sur vos sites et ses suggestions. Les actions déjà enregistrées gardent leurs mots.',
  'options.language.lockedBy': 'Défini par {organisation}',
  'options.language.yourOrganisation': 'votre organisation',
} as const satisfies TranslationOf<typeof english>;
