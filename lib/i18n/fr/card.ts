import type { TranslationOf } from '../catalogue';
import type { card as english } from '../en/card';

/** French (Belgium) UI strings for the prompt card's menu on the host page. */
export const card = {
  'card.menu': 'Plus d’options',
  'card.busy': 'Pas maintenant : pas le temps',
  'card.notRelevant': 'Pas maintenant : pas pertinent ici',
  'card.snoozeHour': 'Suspendre les suggestions 1 heure',
  'card.snoozeDay': 'Suspendre les suggestions aujourd’hui',
  'card.notForSite': 'Pas de suggestions sur ce site',
} as const satisfies TranslationOf<typeof english>;
