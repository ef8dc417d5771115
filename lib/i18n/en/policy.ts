/** English UI strings for an organisation's managed policy (issue 11): locks, recommended and blocked sites, problems. */
export const policy = {
  'policy.setBy': 'Set by {organisation}',
  'policy.managedBy': 'Some settings are managed by {organisation}.',
  'policy.support': 'Help from {organisation}',
  'policy.providedBy': 'Kindling is provided to you by {organisation}.',
  'policy.siteBlocked': '{organisation} does not allow Kindling on {host}.',
  'policy.exportOff': 'Your organisation has switched exporting off.',
  'policy.problem': 'Your organisation’s setting {setting} could not be used: {reason}',

  'policy.reason.notObject': 'it is not a group of settings.',
  'policy.reason.notName': 'it needs a name.',
  'policy.reason.notHttps': 'it must be a secure web address (https://…).',
  'policy.reason.notList': 'it must be a list.',
  'policy.reason.notPattern': 'it is not a site pattern such as https://ehr.example.org/*.',
  'policy.reason.notPace':
    'it is not one of the paces Kindling offers (0, 30, 60, 120, 240, 480 or 1440 minutes).',
  'policy.reason.notQuietHours': 'it needs a start and an end time, written HH:MM, that differ.',
  'policy.reason.notLanguage': 'Kindling does not speak that language (en, fr, nl or sv).',
  'policy.reason.notYesNo': 'it must be true or false.',
  'policy.reason.notDay': 'it is not a day of the year written MM-DD.',
  'policy.reason.notSetting': 'it is not a setting an organisation can lock.',
  'policy.reason.notFeature': 'it is not a feature Kindling can switch off.',
  'policy.reason.nothingToLock':
    'there is no usable value for it under settings, so it stays yours to change.',
  'policy.reason.unknownKey': 'Kindling has no such setting.',

  'policy.recommended.heading': 'Recommended by {organisation}',
  'policy.recommended.intro':
    'Your organisation suggests Kindling on these sites. Switching them on asks your browser’s permission for all of them at once.',
  'policy.recommended.on': 'On',
  'policy.recommended.off': 'Not on yet',
  'policy.recommended.enableAll': 'Switch on the recommended sites',
  'policy.recommended.done': 'The recommended sites are on.',
  'policy.recommended.denied': 'Permission was not given, so the recommended sites stay off.',
} as const;
