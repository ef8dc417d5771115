/** English UI strings for prompts while clinicians work: nudge cards, sites, pace (issue 4). */
export const nudges = {
  'nudge.card': 'Kindling prompt',
  // Just "Save": the card's one sentence is the action it saves (issue 9: three small controls in one row).
  'nudge.save': 'Save',
  'nudge.notNow': 'Not now',
  // Not "Open Kindling": that is the launcher's own name, and two controls must not share it.
  'nudge.more': 'Open sidebar',

  'popup.toggleHere': 'Show or hide Kindling on this tab',
} as const;
