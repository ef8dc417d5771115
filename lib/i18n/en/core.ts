/** English UI strings shared by every part of Kindling. */
export const core = {
  'app.name': 'Kindling',

  'launcher.open': 'Open Kindling',
  'launcher.close': 'Close Kindling',
  'launcher.frameTitle': 'Kindling sidebar',

  'sidebar.close': 'Close sidebar',
  'sidebar.elsewhere':
    'Kindling opens here only from its own button. Use the Kindling button in your browser’s toolbar to see your actions.',
  'sidebar.theory.heading': 'Why kindness matters',
  'sidebar.prompts.heading': 'What matters to you?',
  'sidebar.prompts.save': 'Save as my action',
  'sidebar.prompts.saved': 'Saved to your actions',
  'sidebar.prompts.savedButton': 'Saved as your action',
  'sidebar.conversations.heading': 'Conversations for Kindness',

  'audience.patients': 'Patients',
  'audience.families': 'Families',
  'audience.colleagues': 'Colleagues',
  'audience.all': 'Everyone',
  'step.ask': 'Ask',
  'step.listen': 'Listen',
  'step.do': 'Do',

  'status.planned': 'Planned',
  'status.done': 'Done',
  'status.let-go': 'Let go',

  'popup.actions.heading': 'Your actions',
  'popup.actions.empty':
    'No actions yet. Open the sidebar, pick a “What matters to you?” prompt and save it as your action.',
  'popup.actions.created': 'Saved {date}',
  'popup.site.heading': 'This site',
  'popup.site.show': 'Show Kindling on {host}',
  'popup.site.unsupported':
    'Kindling works on web sites, not on browser pages like this one. Open your clinical system in this tab, then switch Kindling on here.',
  'popup.site.denied': 'Permission for {host} was not granted, so Kindling stays hidden there.',
  'popup.site.failed': 'Could not change this site: {error}',
  'popup.openSidebar': 'Open sidebar',
  'popup.settings': 'Settings',

  'error.generic': 'Something went wrong: {error}',
  'error.cannotRunHere':
    'Kindling cannot run on this page: browser pages, extension stores and some protected pages are closed to extensions. Open your clinical web tool in a normal tab, then try again.',
  'error.tabGone': 'That tab has been closed. Open the page again, then try once more.',
  'error.notReady': 'Kindling is not running in that tab yet. Reload the page, then try again.',
  'error.restarted':
    'Kindling was updated or restarted. Close this window, open it again, then try once more.',
  'error.noRoom':
    'This browser has no room left to save Kindling’s data. Free some disk space, then try again.',
  'error.actionText': 'An action needs some text (up to {max} characters).',
  'error.actionSource': 'An action needs to say where it came from.',
} as const;
