import { vi } from 'vitest';
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
