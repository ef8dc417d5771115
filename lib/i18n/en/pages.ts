/** English UI strings added with the languages (issue 10): page titles, the language setting, messages from the background. */
export const pages = {
  'page.settings': 'Kindling settings',
  'page.reflection': 'Kindling: reflection for appraisal',

  'badge.title': { one: 'Kindling: {count} open action', other: 'Kindling: {count} open actions' },

  'options.language.heading': 'Language',
  'options.language.label': 'Language of Kindling',
  'options.language.browser': 'Same as my browser ({language})',
  'options.language.hint':
    'Changes every open Kindling page, the button on your sites and its prompts at once. Actions you already saved keep their words.',
  'options.language.lockedBy': 'Set by {organisation}',
  'options.language.yourOrganisation': 'your organisation',
} as const;
