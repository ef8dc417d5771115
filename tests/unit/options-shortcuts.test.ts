import { describe, expect, it } from 'vitest';
import { CHROMIUM_SHORTCUTS_URL, shortcutPage, sidebarShortcut } from '@/components/options/shortcuts';

describe('the shortcut shown on the settings page', () => {
  it('is the one set for showing the sidebar, not another command’s', () => {
    const commands = [
      { name: '_execute_action', shortcut: 'Alt+Shift+P' },
      { name: 'toggle-sidebar', shortcut: 'Alt+Shift+K' },
    ];
    expect(sidebarShortcut(commands)).toBe('Alt+Shift+K');
  });

  it('is none when the user cleared it or the browser gave it to something else', () => {
    expect(sidebarShortcut([{ name: 'toggle-sidebar', shortcut: '' }])).toBeNull();
    expect(sidebarShortcut([{ name: 'toggle-sidebar' }])).toBeNull();
    expect(sidebarShortcut([])).toBeNull();
  });
});

describe('the way to the browser’s shortcut settings', () => {
  it('uses Firefox’s own function where it exists', () => {
    expect(shortcutPage({ openShortcutSettings: () => Promise.resolve(), firefox: true })).toEqual({
      kind: 'api',
    });
  });

  it('says the steps in words in a Firefox without it', () => {
    expect(shortcutPage({ firefox: true })).toEqual({ kind: 'words' });
  });

  it('opens the shortcuts page in a tab in Chrome and Edge', () => {
    expect(shortcutPage({ firefox: false })).toEqual({ kind: 'tab', url: CHROMIUM_SHORTCUTS_URL });
    expect(CHROMIUM_SHORTCUTS_URL).toBe('chrome://extensions/shortcuts');
  });
});
