import { t, type MessageKey } from '@/lib/i18n';

/**
 * Browser errors people must never see raw, each with what happened and
 * what to do. Patterns are Chromium's and Firefox's own wording (for example
 * Chromium's "Cannot access contents of the page. Extension manifest must
 * request permission to access the respective host." from
 * scripting.executeScript on a page extensions may not touch).
 */
const BROWSER_ERRORS: readonly [RegExp, MessageKey][] = [
  [
    /cannot access (contents of|a chrome|a chrome-extension)|cannot be scripted|missing host permission|cannot access the page|extensions gallery|(scripts|scripting).*(not|isn.t) allowed|permission.*(denied|required)|Missing permission/i,
    'error.cannotRunHere',
  ],
  [/no tab with id|invalid tab id|tab .*(not found|closed)/i, 'error.tabGone'],
  [/receiving end does not exist|could not establish connection/i, 'error.notReady'],
  [/extension context invalidated|message port closed/i, 'error.restarted'],
  [/quota|disk.*full|no space/i, 'error.noRoom'],
];

/**
 * What to show for an error: Kindling's own messages as they are, a known
 * browser error in plain words, and nothing raw from the browser.
 */
export function userError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  for (const [pattern, key] of BROWSER_ERRORS) if (pattern.test(text)) return t(key);
  return text;
}
