import type { WxtBrowser } from 'wxt/browser';
import { InvalidInput } from '../db/actions';
import { notice, type LauncherCommand, type SiteState } from '../messages';
import { isSitePattern, siteOf } from '../sites';
import { t } from '../i18n';
import { blockedBy, EMPTY_POLICY, type Policy } from '../policy/parse';

export const KEY_GUARD_SCRIPT_ID = 'kindling-key-guard';
export const KEY_GUARD_FILE = '/key-guard.js';
export const LAUNCHER_SCRIPT_ID = 'kindling-launcher';
export const LAUNCHER_FILE = '/launcher.js';
const SCRIPT_IDS = [KEY_GUARD_SCRIPT_ID, LAUNCHER_SCRIPT_ID];
const SITES_KEY = 'sites';

export interface SiteManagerEnv {
  browser: WxtBrowser;
  /** Sites enabled from the start (the test build's local hosts). */
  seedPatterns?: readonly string[];
  /** The organisation's policy in force (recommended and blocked sites); none by default. */
  policy?: () => Promise<Policy>;
}

/**
 * What is registered for the enabled sites: only the key guard, before any
 * page script, so its listener is the first the page's keys meet (see
 * lib/launcher/key-guard.ts). Once the page has loaded and gone idle the
 * guard asks for the launcher (`launcher/start`), which is injected then: a
 * launcher registered at document_idle runs in Chromium right after
 * DOMContentLoaded, before the load event, polyfill and all.
 */
export function registrations(matches: string[]) {
  return [
    {
      id: KEY_GUARD_SCRIPT_ID,
      js: [KEY_GUARD_FILE],
      matches,
      runAt: 'document_start' as const,
      allFrames: false,
    },
  ];
}

/** What a registration does, for comparing the browser's with the wanted ones. */
const gist = (script: { id: string; js?: string[]; matches?: string[]; runAt?: string }) =>
  JSON.stringify([script.id, script.js, [...(script.matches ?? [])].sort(), script.runAt]);

/**
 * Owns the list of enabled sites and keeps the registered key guard script
 * in step with it. The stored list is the truth; registration is re-derived from
 * it at every start, so a browser that forgot its registered scripts heals.
 */
export function createSiteManager({
  browser,
  seedPatterns = [],
  policy = async () => EMPTY_POLICY,
}: SiteManagerEnv) {
  let writes: Promise<unknown> = Promise.resolve();
  /** Site changes run one at a time, so two quick toggles cannot lose one. */
  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const next = writes.then(work);
    writes = next.catch(() => undefined);
    return next;
  };

  async function stored(): Promise<string[]> {
    const { [SITES_KEY]: value } = await browser.storage.local.get(SITES_KEY);
    return Array.isArray(value) ? value.filter(isSitePattern) : [];
  }

  async function granted(pattern: string): Promise<boolean> {
    return browser.permissions.contains({ origins: [pattern] });
  }

  async function sync(): Promise<void> {
    const wanted: string[] = [];
    for (const pattern of await stored()) if (await granted(pattern)) wanted.push(pattern);
    wanted.sort();
    const scripts = wanted.length > 0 ? registrations(wanted) : [];
    const current = await browser.scripting.getRegisteredContentScripts({ ids: SCRIPT_IDS });
    // An older version registered the launcher itself at document_start: compared whole, it is replaced.
    if (current.map(gist).sort().join() === scripts.map(gist).sort().join()) return;
    if (current.length > 0)
      await browser.scripting.unregisterContentScripts({ ids: current.map((script) => script.id) });
    if (scripts.length === 0) return;
    await browser.scripting.registerContentScripts(scripts);
  }

  async function state(url: string): Promise<SiteState> {
    const site = siteOf(url);
    if (!site) return { host: null, pattern: null, enabled: false };
    const enabled = (await stored()).includes(site.pattern) && (await granted(site.pattern));
    const rules = await policy();
    return {
      host: site.host,
      pattern: site.pattern,
      enabled,
      ...(blockedBy(rules, site.pattern) && { blockedBy: rules.organization?.name ?? '' }),
    };
  }

  /** Refuses a site the organisation blocked, naming the organisation. */
  async function refuseBlocked(pattern: string, host: string): Promise<void> {
    const rules = await policy();
    if (!blockedBy(rules, pattern)) return;
    // A permission granted a moment ago in the popup is given back: Kindling will not run there.
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    throw new InvalidInput(
      t('policy.siteBlocked', {
        host,
        organisation: rules.organization?.name ?? t('options.language.yourOrganisation'),
      }),
    );
  }

  /** Switches off every enabled site the organisation's policy blocks. */
  async function enforce(): Promise<string[]> {
    const rules = await policy();
    const blocked = (await stored()).filter((pattern) => blockedBy(rules, pattern));
    for (const pattern of blocked) await remove(pattern);
    return blocked;
  }

  /**
   * Open tabs of a site. Matching tabs by URL needs the site's host permission
   * (no "tabs" permission; Firefox allows it since 86:
   * https://bugzilla.mozilla.org/show_bug.cgi?id=1679688), so ask before giving it back.
   */
  async function tabsOf(pattern: string): Promise<number[]> {
    const tabs = await Promise.resolve()
      .then(() => browser.tabs.query({ url: pattern }))
      .catch(() => []);
    return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  }

  /** Tells the launcher in each tab; a tab without one (not loaded yet, or a page of another site now) is skipped. */
  async function tell(tabIds: readonly number[], command: LauncherCommand): Promise<void> {
    await Promise.all(
      tabIds.map((tabId) =>
        browser.tabs.sendMessage(tabId, notice(command), { frameId: 0 }).catch(() => undefined),
      ),
    );
  }

  async function remove(pattern: string): Promise<void> {
    const open = await tabsOf(pattern);
    const sites = await stored();
    await browser.storage.local.set({ [SITES_KEY]: sites.filter((each) => each !== pattern) });
    await sync();
    // A permission the manifest requires (the test build's hosts) cannot be removed.
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    // The launcher leaves the site's open tabs at once, not at their next load.
    await tell(open, 'launcher/remove');
  }

  function requireSite(url: string) {
    const site = siteOf(url);
    if (!site) throw new InvalidInput('Kindling can only be shown on web pages (http or https).');
    return site;
  }

  return {
    state,
    /** Reconciles storage, permissions and registration; run at every start. */
    start: () =>
      queued(async () => {
        if (seedPatterns.length > 0) {
          const sites = await stored();
          const missing = seedPatterns.filter((pattern) => !sites.includes(pattern));
          if (missing.length > 0) await browser.storage.local.set({ [SITES_KEY]: [...sites, ...missing] });
        }
        await sync();
        await enforce();
      }),
    /** The organisation's policy changed: sites it now blocks are switched off. */
    enforce: () => queued(enforce),
    sync: () => queued(sync),

    /** Enables a site whose permission the popup has just been granted, and shows the launcher in its tab. */
    enable: (url: string, tabId?: number) =>
      queued(async () => {
        const site = requireSite(url);
        await refuseBlocked(site.pattern, site.host);
        if (!(await granted(site.pattern))) {
          throw new InvalidInput(
            `Permission for ${site.host} was not granted, so Kindling stays hidden there.`,
          );
        }
        const sites = await stored();
        if (!sites.includes(site.pattern))
          await browser.storage.local.set({ [SITES_KEY]: [...sites, site.pattern] });
        await sync();
        if (tabId !== undefined) {
          await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [LAUNCHER_FILE] });
        }
        return state(url);
      }),

    /** Hides Kindling on a site and gives its permission back. */
    disable: (url: string) =>
      queued(async () => {
        const site = requireSite(url);
        await remove(site.pattern);
        return state(url);
      }),

    /**
     * Switches on the organisation's recommended sites whose permission the
     * settings page has just been granted (one request, in the click); answers
     * those still waiting. Blocked or unknown patterns are left alone.
     */
    enableRecommended: (patterns: readonly string[]) =>
      queued(async (): Promise<string[]> => {
        const rules = await policy();
        const wanted = patterns.filter(
          (pattern) => rules.sites.includes(pattern) && !blockedBy(rules, pattern),
        );
        const sites = await stored();
        const waiting: string[] = [];
        const add: string[] = [];
        for (const pattern of wanted) {
          if (!(await granted(pattern))) waiting.push(pattern);
          else if (!sites.includes(pattern)) add.push(pattern);
        }
        if (add.length > 0) await browser.storage.local.set({ [SITES_KEY]: [...sites, ...add] });
        await sync();
        return waiting;
      }),

    /** Every enabled site whose permission is still granted. */
    list: async (): Promise<string[]> => {
      const enabled: string[] = [];
      for (const pattern of await stored()) if (await granted(pattern)) enabled.push(pattern);
      return enabled;
    },

    /**
     * Restores sites and settings from an export in one storage write, so
     * they change all together or not at all. Sites are added to the list but
     * never given permission here (only the user's click can); the launcher
     * shows on those that already have it. Answers the restored sites still
     * waiting for permission.
     */
    restore: (patterns: readonly string[], values: Record<string, unknown>) =>
      queued(async (): Promise<string[]> => {
        const wanted = patterns.filter(isSitePattern);
        const sites = await stored();
        await browser.storage.local.set({ ...values, [SITES_KEY]: [...new Set([...sites, ...wanted])] });
        await sync();
        const waiting: string[] = [];
        for (const pattern of wanted) if (!(await granted(pattern))) waiting.push(pattern);
        return waiting;
      }),

    /** Which of these sites still wait for their permission. */
    waiting: async (patterns: readonly string[]): Promise<string[]> => {
      const waiting: string[] = [];
      for (const pattern of patterns) if (!(await granted(pattern))) waiting.push(pattern);
      return waiting;
    },

    /** Removes a site from the settings page: unregisters the launcher and key guard there and gives the permission back. */
    remove: (pattern: string) =>
      queued(async () => {
        if (!isSitePattern(pattern)) throw new InvalidInput('That is not a site Kindling knows.');
        await remove(pattern);
      }),

    /** The key guard of an enabled site's tab asks for its launcher, once the page has loaded and gone idle. */
    startLauncher: async (tabId: number): Promise<void> => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [LAUNCHER_FILE] });
    },

    /** The site's side or slim tab changed: its open tabs' launchers fetch their preferences again. */
    prefsChanged: async (pattern: string): Promise<void> => tell(await tabsOf(pattern), 'launcher/prefs'),

    /**
     * Shows or hides the sidebar in one tab, from the toolbar or the keyboard
     * shortcut. Where the launcher is not running (a site not enabled), it is
     * injected for this visit only, under the activeTab grant the user's
     * gesture gives.
     */
    toggleSidebar: async (tabId: number): Promise<void> => {
      const toggle = () => browser.tabs.sendMessage(tabId, notice('launcher/toggle'), { frameId: 0 });
      const delivered = await toggle().then(
        () => true,
        () => false,
      );
      if (delivered) return;
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [LAUNCHER_FILE] });
      await toggle();
    },
  };
}

export type SiteManager = ReturnType<typeof createSiteManager>;
