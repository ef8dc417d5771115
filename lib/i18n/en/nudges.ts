/** English UI strings for prompts while clinicians work: nudge cards, sites, pace (issue 4). */
export const nudges = {
  'nudge.card': 'Kindling prompt',
  'nudge.save': 'Save as my action',
  'nudge.notNow': 'Not now',
  // Not "Open Kindling": that is the launcher's own name, and two controls must not share it.
  'nudge.more': 'Open sidebar',
  'nudge.pause': 'Pause prompts:',
  'nudge.pauseHour': '1 hour',
  'nudge.pauseDay': 'Rest of today',

  'popup.toggleHere': 'Show or hide Kindling on this tab',
} as const;
