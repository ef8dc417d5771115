/** English UI strings for prompts while clinicians work: nudge cards, sites, pace (issue 4). */
export const nudges = {
  'nudge.card': 'Kindling prompt',
  // Just "Save": the card's one sentence is the action it saves (issue 9: three small controls in one row).
  'nudge.save': 'Save',
  'nudge.notNow': 'Not now',
  // Not "Open Kindling": that is the launcher's own name, and two controls must not share it.
  'nudge.more': 'Open sidebar',

  'popup.toggleHere': 'Show or hide Kindling on this tab',

  'options.nudges.heading': 'Prompts while you work',
  'options.nudges.intro':
    'A short prompt can appear by the launcher on the sites you enable. Never while you type, never in the first minute after a page opens.',
  'options.nudges.pace': 'How often',
  'options.nudges.pace.30': 'At most every 30 minutes',
  'options.nudges.pace.60': 'At most every hour',
  'options.nudges.pace.120': 'At most every 2 hours',
  'options.nudges.pace.240': 'At most every 4 hours',
  'options.nudges.pace.480': 'At most every 8 hours',
  'options.nudges.pace.1440': 'At most once a day',
  'options.nudges.pace.0': 'Only when I open Kindling',
  'options.nudges.quiet': 'Quiet hours',
  'options.nudges.quietFrom': 'No prompts from',
  'options.nudges.quietTo': 'until',
  'options.nudges.saved': 'Saved',
  'options.nudges.quietEmpty':
    'Choose a time. Until you do, quiet hours stay {from} to {to}; to have none, switch quiet hours off.',
  'options.nudges.quietEqual': 'Quiet hours need a different start and end time. They stay {from} to {to}.',

  'options.sites.heading': 'Sites',
  'options.sites.intro':
    'Kindling shows its launcher only on these sites. Turn a site on from the toolbar popup while you are on it.',
  'options.sites.none': 'No sites yet.',
  'options.sites.side': 'Launcher side on {host}',
  'options.sites.side.right': 'Right',
  'options.sites.side.left': 'Left',
  'options.sites.collapsed': 'Slim edge tab',
  'options.sites.workKind': 'Kind of work on {host}',
  'options.sites.workKind.none': 'Any',
  'options.sites.workKind.ward': 'Ward',
  'options.sites.workKind.clinic': 'Clinic',
  'options.sites.workKind.discharge': 'Discharge',
  'options.sites.workKind.handover': 'Handover',
  'options.sites.workKind.admin': 'Admin',
  'options.sites.remove': 'Remove {host}',
} as const;
