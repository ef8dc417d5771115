import type { TranslationOf } from '../catalogue';
import type { card as english } from '../en/card';

/** Swedish UI strings for the prompt card's menu on the host page (issue 9). */
export const card = {
  'card.menu': 'Mer',
  'card.busy': 'Inte nu: jag är upptagen',
  'card.notRelevant': 'Inte nu: passar inte här',
  'card.snoozeHour': 'Pausa förslag i 1 timme',
  'card.snoozeDay': 'Pausa förslag resten av dagen',
  'card.notForSite': 'Inga förslag på den här webbplatsen',
} as const satisfies TranslationOf<typeof english>;
