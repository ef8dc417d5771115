import type { TranslationOf } from '../catalogue';
import type { nudges as english } from '../en/nudges';

/** Dutch (Belgium) UI strings for prompts while clinicians work: nudge cards, sites, pace (issue 4). */
export const nudges = {
  'nudge.card': 'Suggestie van Kindling',
  // Just "Opslaan": the card's one sentence is the action it saves (issue 9: three small controls in one row).
  'nudge.save': 'Opslaan',
  'nudge.notNow': 'Niet nu',
  // Not "Kindling openen": that is the launcher's own name, and two controls must not share it.
  'nudge.more': 'Zijpaneel openen',

  'popup.toggleHere': 'Kindling tonen of verbergen op dit tabblad',
} as const satisfies TranslationOf<typeof english>;
