import type { TranslationOf } from '../catalogue';
import type { nudges as english } from '../en/nudges';

/** Swedish UI strings for prompts while clinicians work: nudge cards, sites, pace (issue 4). */
export const nudges = {
  'nudge.card': 'Förslag från Kindling',
  // Just "Spara": the card's one sentence is the action it saves (issue 9: three small controls in one row).
  'nudge.save': 'Spara',
  'nudge.notNow': 'Inte nu',
  // Not "Öppna Kindling": that is the launcher's own name, and two controls must not share it.
  'nudge.more': 'Öppna sidopanelen',

  'popup.toggleHere': 'Visa eller dölj Kindling i den här fliken',
} as const satisfies TranslationOf<typeof english>;
