import type { TranslationOf } from '../catalogue';
import type { card as english } from '../en/card';

/** Dutch (Belgium) UI strings for the prompt card's menu on the host page (issue 9). */
export const card = {
  'card.menu': 'Meer',
  'card.busy': 'Niet nu: geen tijd',
  'card.notRelevant': 'Niet nu: hier niet van toepassing',
  'card.snoozeHour': 'Suggesties 1 uur pauzeren',
  'card.snoozeDay': 'Suggesties vandaag pauzeren',
  'card.notForSite': 'Geen suggesties op deze site',
} as const satisfies TranslationOf<typeof english>;
