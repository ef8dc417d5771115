import type { TranslationOf } from '../catalogue';
import type { nudges as english } from '../en/nudges';

/** French (Belgium) UI strings for prompts while clinicians work: nudge cards, sites, pace. */
export const nudges = {
  'nudge.card': 'Suggestion Kindling',
  // Just "Enregistrer": the card's one sentence is the action it saves.
  'nudge.save': 'Enregistrer',
  'nudge.notNow': 'Pas maintenant',
  // Not "Ouvrir Kindling": that is the launcher's own name, and two controls must not share it.
  'nudge.more': 'Ouvrir le panneau',

  'popup.toggleHere': 'Afficher ou masquer Kindling dans cet onglet',
} as const satisfies TranslationOf<typeof english>;
