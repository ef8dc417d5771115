/** English UI strings for prompts while clinicians work: nudge cards, sites, pace (issue 4). */
export const nudges = {} as const;
