import { parseHTML } from 'linkedom';
import { vi } from 'vitest';
import { createLauncher, type Launcher } from '@/lib/launcher/launcher';
import type { LauncherLabels } from '@/lib/nudges/types';

/** The launcher's words in English, as the background sends them in its hello. */
export const ENGLISH_LABELS: LauncherLabels = {
  open: 'Open Kindling',
  close: 'Close Kindling',
  frameTitle: 'Kindling sidebar',
  prompt: 'Kindling prompt',
  save: 'Save',
  notNow: 'Not now',
  menu: 'More',
  choices: [
    ['busy', 'Not now: I am busy'],
    ['open', 'Open the sidebar'],
  ],
};

/** Stubs the launcher's watch on the page's top level (for single-page apps), which plays no part in these tests. */
export function stubPageWatcher() {
  vi.stubGlobal(
    'MutationObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
}

/** The URL the launcher frames: its spare token is ready, so the URL comes at once. */
export const SIDEBAR_URL = 'chrome-extension://kindling/sidepanel.html?token=spare';

/** A ward page with the launcher on it in English; its root is open, so the test can look inside. */
export function launcherOnWardPage(): Launcher {
  const { document } = parseHTML('<!doctype html><html><body><main>Ward 7B</main></body></html>');
  const launcher = createLauncher({
    document: document as unknown as Document,
    sidebarUrl: () => Promise.resolve(SIDEBAR_URL),
    guardedEarly: true,
    open: true,
  });
  launcher.attach({ side: 'right', collapsed: false, labels: ENGLISH_LABELS });
  return launcher;
}
