/** English UI strings for the prompt card's menu on the host page (issue 9). */
export const card = {
  'card.menu': 'More',
  'card.busy': 'Not now: I am busy',
  'card.notRelevant': 'Not now: not relevant here',
  'card.snoozeHour': 'Pause prompts for 1 hour',
  'card.snoozeDay': 'Pause prompts for today',
  'card.notForSite': 'No prompts on this site',
} as const;
