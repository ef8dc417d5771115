/** The command that shows or hides the sidebar (declared in wxt.config.ts). */
export const SIDEBAR_COMMAND = 'toggle-sidebar';

/** Chrome and Edge have no API for it; an extension page may open this address with tabs.create. */
export const CHROMIUM_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

/** What `browser.commands.getAll()` gives for each command, as far as this page needs it. */
export interface CommandInfo {
  name?: string;
  shortcut?: string;
}

/** The key combination that shows the sidebar, or null when the user has none set. */
export function sidebarShortcut(commands: readonly CommandInfo[]): string | null {
  const shortcut = commands.find((command) => command.name === SIDEBAR_COMMAND)?.shortcut?.trim();
  return shortcut ? shortcut : null;
}

/** How this browser lets people reach its extension shortcut settings from the settings page. */
export type ShortcutPage = { kind: 'api' } | { kind: 'tab'; url: string } | { kind: 'words' };

/**
 * Firefox has `commands.openShortcutSettings()`; where
 * it is missing in Firefox, no extension may open about:addons, so the page
 * says the steps in words. Chrome and Edge have no such function, but their
 * shortcut page opens in a tab. Source: MDN, commands.openShortcutSettings()
 * (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/commands/openShortcutSettings).
 */
export function shortcutPage(env: { openShortcutSettings?: unknown; firefox: boolean }): ShortcutPage {
  if (typeof env.openShortcutSettings === 'function') return { kind: 'api' };
  if (env.firefox) return { kind: 'words' };
  return { kind: 'tab', url: CHROMIUM_SHORTCUTS_URL };
}
