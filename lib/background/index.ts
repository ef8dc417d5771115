import { createActionStore } from '../db/action-store';
import { createCheckinStore } from '../db/checkin-store';
import { openKindlingDb } from '../db/open';
import { importProgressNotice, isRequest, notice, type LauncherCommand, type PageEvent } from '../messages';
import { TEST_SITE_PATTERNS } from '../test-sites';
import { createHandlers, dispatch } from './handlers';
import { createSiteManager } from './sites';
import { createSidebarTokens, type SidebarGrants } from './sidebar-tokens';
import { SETTLE_AFTER_LOAD } from '../nudges/schedule';
import { onLanguageChange } from '../i18n';
import { followLanguage } from '../i18n/follow';
import { browserLanguage } from '../i18n/browser-source';
import { readManaged, readPolicy, watchPolicy } from '../policy/read';

/** The manifest's keyboard command that shows or hides the sidebar (wxt.config.ts). */
export const TOGGLE_COMMAND = 'toggle-sidebar';
import { startJournal } from './journal';
import { openWelcomeOnInstall } from './welcome';
import { createPackStore, POLICY_KEY } from '../packs/store';
import { settings } from '../settings';

/**
 * Wires the background: every listener is added synchronously, before the
 * first await, so an event that wakes the service worker is never missed;
 * handlers then wait for one start-up promise.
 */
export function startBackground(): void {
  // The e2e build starts a fresh profile for every test; a welcome tab there would only be in the way.
  if (import.meta.env.MODE !== 'e2e') openWelcomeOnInstall();
  const db = openKindlingDb();
  const actions = createActionStore(db, { now: Date.now, newId: () => crypto.randomUUID() });
  const checkins = createCheckinStore(db, { now: Date.now, newId: () => crypto.randomUUID() });
  const journal = startJournal(actions);
  const policy = async () => (await readPolicy()).policy;
  const sites = createSiteManager({
    browser,
    seedPatterns: import.meta.env.MODE === 'e2e' ? TEST_SITE_PATTERNS : [],
    policy,
  });
  const grantsKey = 'sidebarGrants';
  // Session storage: grants outlive a sleeping service worker but never a browser restart.
  const session = browser.storage.session ?? browser.storage.local;
  const sidebars = createSidebarTokens({
    now: Date.now,
    newToken: () => crypto.randomUUID(),
    load: async () => (await session.get(grantsKey))[grantsKey] as SidebarGrants | undefined,
    save: (grants) => session.set({ [grantsKey]: grants }),
  });
  // Labels, prompts, the badge and notifications follow the user's language; launchers relabel in place.
  const speaking = followLanguage(browserLanguage).catch((error: unknown) =>
    console.error('Kindling language', error),
  );
  onLanguageChange(() => {
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) {
        if (tab.id !== undefined) {
          browser.tabs.sendMessage(tab.id, notice('launcher/prefs'), { frameId: 0 }).catch(() => undefined);
        }
      }
    });
  });
  const packs = createPackStore({
    packs: settings.packs,
    policyProblem: settings.packPolicyProblem,
    // The organisation's pack comes through the one reader of managed storage.
    managed: { get: async (key) => ({ [key]: (await readManaged())?.[key] }) },
    now: Date.now,
  });
  const handlers = createHandlers({
    policy,
    packs,
    actions,
    checkins,
    sites,
    sidebars,
    // The test build lets a page settle for 2 seconds instead of a minute, so e2e tests need not wait.
    nudgeEnv: {
      now: Date.now,
      random: Math.random,
      settleAfterLoad: import.meta.env.MODE === 'e2e' ? 2_000 : SETTLE_AFTER_LOAD,
    },
    notifyPages: (event: PageEvent) => {
      if (event === 'actions/changed') journal.actionsChanged();
      // Rejects when no Kindling page is open to hear it; nothing to do then.
      browser.runtime.sendMessage(notice(event)).catch(() => undefined);
      // In Firefox a Kindling frame inside a web page gets content-script messaging only, so the
      // broadcast above never reaches an embedded sidebar: tell each one in its tab
      // (https://github.com/w3c/webextensions/issues/35).
      if (import.meta.env.FIREFOX) {
        void sidebars.frames().then((frames) => {
          for (const { tabId, frameId } of frames) {
            browser.tabs.sendMessage(tabId, notice(event), { frameId }).catch(() => undefined);
          }
        });
      }
    },
    notifyProgress: (progress) => {
      browser.runtime.sendMessage(importProgressNotice(progress)).catch(() => undefined);
    },
    tellLauncher: async (tabId: number, command: LauncherCommand) => {
      await browser.tabs.sendMessage(tabId, notice(command), { frameId: 0 }).catch(() => undefined);
    },
  });
  // A site registration that fails must not keep people from their saved actions.
  const ready = Promise.all([
    db,
    speaking,
    sites.start().catch((error: unknown) => console.error('Kindling sites', error)),
  ]);
  // The organisation's pack, now and whenever its policy changes while the browser runs.
  void ready.then(() => packs.syncPolicy()).catch((error: unknown) => console.error('Kindling packs', error));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'managed' || !(POLICY_KEY in changes)) return;
    void ready
      .then(() => packs.syncPolicy())
      .catch((error: unknown) => console.error('Kindling packs', error));
  });
  const extensionBase = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isRequest(message)) return undefined;
    return ready.then(
      () =>
        dispatch(
          handlers,
          message,
          { url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId },
          extensionBase,
          sidebars.allows,
        ),
      (error: unknown) => ({ ok: false, error: `Kindling could not start: ${String(error)}` }),
    );
  });
  browser.commands.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (command !== TOGGLE_COMMAND || tabId === undefined) return;
    ready.then(() => sites.toggleSidebar(tabId)).catch((error: unknown) => console.error('Kindling', error));
  });
  browser.tabs.onRemoved.addListener((tabId) => void sidebars.forgetTab(tabId));
  browser.permissions.onRemoved.addListener(() => void sites.sync());
  browser.permissions.onAdded.addListener(() => void sites.sync());
  // A new or changed policy blocks sites at once (badge, reminders and language follow it by themselves).
  watchPolicy(
    () => void ready.then(() => sites.enforce()).catch((error: unknown) => console.error('Kindling', error)),
  );
}
