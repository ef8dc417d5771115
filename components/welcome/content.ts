import type { MessageKey } from '@/lib/i18n';

/** What the welcome page promises, as lists of message keys (the words live in lib/i18n/en/glance.ts). */
export const welcomeContent = {
  does: ['welcome.does.1', 'welcome.does.2', 'welcome.does.3'],
  never: ['welcome.never.1', 'welcome.never.2', 'welcome.never.3', 'welcome.never.4'],
  enable: ['welcome.enable.1', 'welcome.enable.2', 'welcome.enable.3'],
} as const satisfies Record<string, readonly MessageKey[]>;

/** The picture of the toolbar popup on a site, made by tests/support/welcome-picture.mjs. */
export const POPUP_PICTURE = { src: '/welcome-popup.png', width: 380, height: 216 } as const;
