import { describe, it, expect } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createSiteManager,
  KEY_GUARD_FILE,
  KEY_GUARD_SCRIPT_ID,
  LAUNCHER_FILE,
  LAUNCHER_SCRIPT_ID,
} from '@/lib/background/sites';
import { parsePolicy } from '@/lib/policy';

const WARD = 'https://ward.example.org/*';
const ROTA = 'https://rota.example.org/*';
const WARD_PAGE = 'https://ward.example.org/patients?bay=3';
const ROTA_PAGE = 'https://rota.example.org:8443/week/12';

interface ContentScript {
  id: string;
  js?: string[];
  matches?: string[];
  runAt?: string;
  allFrames?: boolean;
}
interface Injection {
  target: { tabId: number; frameIds?: number[]; allFrames?: boolean };
  files?: string[];
}

/**
 * The parts of the browser the site manager uses: real (fake) storage, host
 * permissions as a set of granted patterns, and content-script registration
 * kept in memory, failing the way Chrome does on duplicate or unknown ids.
 */
class StubBrowser {
  readonly granted: Set<string>;
  registered: ContentScript[] = [];
  readonly injected: Injection[] = [];
  registerCalls = 0;
  unregisterCalls = 0;
  /** Patterns whose permission the manifest requires, so they cannot be removed. */
  readonly required = new Set<string>();
  /** Tabs where a launcher is running and answers messages. */
  readonly launchers = new Set<number>();
  readonly sent: Array<{ tabId: number; message: unknown }> = [];

  constructor(granted: Iterable<string> = []) {
    this.granted = new Set(granted);
  }

  /** The browser restarted and forgot its registered scripts (storage and permissions stay). */
  restart(): void {
    this.registered = [];
  }

  /** Patterns the launcher's key guard is registered for (it brings the launcher), sorted. */
  launcherMatches(): string[] {
    return [...(this.registered.find((script) => script.id === KEY_GUARD_SCRIPT_ID)?.matches ?? [])].sort();
  }

  get api(): WxtBrowser {
    const api = {
      storage: { local: fakeBrowser.storage.local },
      permissions: {
        contains: async ({ origins = [] }: { origins?: string[] }) =>
          origins.every((o) => this.granted.has(o)),
        remove: async ({ origins = [] }: { origins?: string[] }) => {
          if (origins.some((o) => this.required.has(o)))
            throw new Error('You cannot remove required permissions.');
          let removed = false;
          for (const origin of origins) removed = this.granted.delete(origin) || removed;
          return removed;
        },
      },
      scripting: {
        getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
          structuredClone(this.registered.filter((script) => !ids || ids.includes(script.id))),
        registerContentScripts: async (scripts: ContentScript[]) => {
          this.registerCalls++;
          for (const script of scripts) {
            if (this.registered.some((have) => have.id === script.id)) {
              throw new Error(`Duplicate script ID '${script.id}'`);
            }
          }
          this.registered.push(...structuredClone(scripts));
        },
        unregisterContentScripts: async ({ ids }: { ids?: string[] } = {}) => {
          this.unregisterCalls++;
          for (const id of ids ?? []) {
            if (!this.registered.some((have) => have.id === id))
              throw new Error(`Nonexistent script ID '${id}'`);
          }
          this.registered = this.registered.filter((script) => ids && !ids.includes(script.id));
        },
        executeScript: async (injection: Injection) => {
          this.injected.push(structuredClone(injection));
          this.launchers.add(injection.target.tabId);
          return [];
        },
      },
      tabs: {
        sendMessage: async (tabId: number, message: unknown) => {
          if (!this.launchers.has(tabId))
            throw new Error('Could not establish connection. Receiving end does not exist.');
          this.sent.push({ tabId, message });
        },
      },
    };
    return api as unknown as WxtBrowser;
  }
}

async function storedSites(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('sites')).sites;
}

describe('site manager: where Kindling shows its launcher', () => {
  it('has no sites enabled and registers nothing at first', async () => {
    const browser = new StubBrowser();
    const sites = createSiteManager({ browser: browser.api });
    await sites.start();
    expect(browser.registered).toEqual([]);
    expect(browser.registerCalls).toBe(0);
    await expect(sites.state(WARD_PAGE)).resolves.toEqual({
      host: 'ward.example.org',
      pattern: WARD,
      enabled: false,
    });
  });

  it('refuses to enable a site whose permission was not granted, and stores nothing', async () => {
    const browser = new StubBrowser();
    const sites = createSiteManager({ browser: browser.api });
    await expect(sites.enable(WARD_PAGE, 7)).rejects.toThrow(
      'Permission for ward.example.org was not granted, so Kindling stays hidden there.',
    );
    expect(await storedSites()).toBeUndefined();
    expect(browser.registered).toEqual([]);
    expect(browser.injected).toEqual([]);
  });

  it('enables a granted site: stores it, registers the launcher for it and shows it in the tab', async () => {
    const browser = new StubBrowser([WARD]);
    const sites = createSiteManager({ browser: browser.api });

    const state = await sites.enable(WARD_PAGE, 7);

    expect(state).toEqual({ host: 'ward.example.org', pattern: WARD, enabled: true });
    expect(await storedSites()).toEqual([WARD]);
    // The key guard before any page script; it asks for the launcher once the page has loaded.
    expect(browser.registered).toEqual([
      {
        id: KEY_GUARD_SCRIPT_ID,
        js: [KEY_GUARD_FILE],
        matches: [WARD],
        runAt: 'document_start',
        allFrames: false,
      },
    ]);
    // Only the top frame: never inside the page's own iframes. The launcher alone: after the
    // page's scripts, it installs the key guard itself.
    expect(browser.injected).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: [LAUNCHER_FILE] }]);
    await expect(sites.state('https://ward.example.org/another/page')).resolves.toMatchObject({
      enabled: true,
    });
  });

  it('does not inject into any tab when no tab was given', async () => {
    const browser = new StubBrowser([WARD]);
    const sites = createSiteManager({ browser: browser.api });
    await sites.enable(WARD_PAGE);
    expect(browser.launcherMatches()).toEqual([WARD]);
    expect(browser.injected).toEqual([]);
  });

  it('registers the key guard for both sites once a second site is enabled', async () => {
    const browser = new StubBrowser([WARD, ROTA]);
    const sites = createSiteManager({ browser: browser.api });
    await sites.enable(WARD_PAGE, 1);
    await sites.enable(ROTA_PAGE, 2);
    expect(browser.registered).toHaveLength(1);
    expect(browser.launcherMatches()).toEqual([ROTA, WARD]);
    expect(await storedSites()).toEqual([WARD, ROTA]);
  });

  it('stores a site only once when it is enabled twice', async () => {
    const browser = new StubBrowser([WARD]);
    const sites = createSiteManager({ browser: browser.api });
    await sites.enable(WARD_PAGE, 1);
    await sites.enable('https://ward.example.org/other', 1);
    expect(await storedSites()).toEqual([WARD]);
    expect(browser.launcherMatches()).toEqual([WARD]);
  });

  it('disables one site and keeps the other registered', async () => {
    const browser = new StubBrowser([WARD, ROTA]);
    const sites = createSiteManager({ browser: browser.api });
    await sites.enable(WARD_PAGE);
    await sites.enable(ROTA_PAGE);

    const state = await sites.disable(WARD_PAGE);

    expect(state).toEqual({ host: 'ward.example.org', pattern: WARD, enabled: false });
    expect(await storedSites()).toEqual([ROTA]);
    expect(browser.launcherMatches()).toEqual([ROTA]);
    expect(browser.granted.has(WARD)).toBe(false);
    expect(browser.granted.has(ROTA)).toBe(true);
  });

  it('unregisters the launcher and gives the permission back when the last site is disabled', async () => {
    const browser = new StubBrowser([WARD]);
    const sites = createSiteManager({ browser: browser.api });
    await sites.enable(WARD_PAGE);

    await sites.disable(WARD_PAGE);

    expect(await storedSites()).toEqual([]);
    expect(browser.registered).toEqual([]);
    expect(browser.granted.has(WARD)).toBe(false);
  });

  it('still disables a site whose permission the browser will not let go (the test build’s hosts)', async () => {
    const browser = new StubBrowser([WARD]);
    browser.required.add(WARD);
    const sites = createSiteManager({ browser: browser.api });
    await sites.enable(WARD_PAGE);
    await expect(sites.disable(WARD_PAGE)).resolves.toMatchObject({ enabled: false });
    expect(await storedSites()).toEqual([]);
    expect(browser.registered).toEqual([]);
  });

  it('refuses to enable or disable pages that are not web pages', async () => {
    const browser = new StubBrowser();
    const sites = createSiteManager({ browser: browser.api });
    const message = 'Kindling can only be shown on web pages (http or https).';
    await expect(sites.enable('chrome://settings/', 1)).rejects.toThrow(message);
    await expect(sites.disable('about:blank')).rejects.toThrow(message);
    expect(await storedSites()).toBeUndefined();
  });

  it.each(['chrome://extensions/', 'about:blank', 'file:///C:/rota.xlsx', 'not a url', ''])(
    'reports that Kindling cannot run on %j',
    async (url) => {
      const sites = createSiteManager({ browser: new StubBrowser().api });
      await expect(sites.state(url)).resolves.toEqual({ host: null, pattern: null, enabled: false });
    },
  );

  describe('start()', () => {
    it('adds the seed sites once, however many times the browser restarts', async () => {
      const browser = new StubBrowser(['http://127.0.0.1/*', 'http://localhost/*']);
      const seedPatterns = ['http://127.0.0.1/*', 'http://localhost/*'];

      await createSiteManager({ browser: browser.api, seedPatterns }).start();
      browser.restart();
      await createSiteManager({ browser: browser.api, seedPatterns }).start();
      browser.restart();
      await createSiteManager({ browser: browser.api, seedPatterns }).start();

      expect(await storedSites()).toEqual(seedPatterns);
      expect(browser.launcherMatches()).toEqual(seedPatterns);
    });

    it('keeps sites the user enabled when adding seed sites', async () => {
      await fakeBrowser.storage.local.set({ sites: [WARD] });
      const browser = new StubBrowser([WARD, 'http://localhost/*']);
      await createSiteManager({ browser: browser.api, seedPatterns: ['http://localhost/*'] }).start();
      expect(await storedSites()).toEqual([WARD, 'http://localhost/*']);
      expect(browser.launcherMatches()).toEqual(['http://localhost/*', WARD]);
    });

    it('registers the launcher again when the browser lost its registrations', async () => {
      const browser = new StubBrowser([WARD, ROTA]);
      const before = createSiteManager({ browser: browser.api });
      await before.enable(WARD_PAGE);
      await before.enable(ROTA_PAGE);

      browser.restart();
      expect(browser.registered).toEqual([]);
      await createSiteManager({ browser: browser.api }).start();

      expect(browser.launcherMatches()).toEqual([ROTA, WARD]);
    });

    it('replaces an older version’s launcher registered at document_start with the key guard', async () => {
      await fakeBrowser.storage.local.set({ sites: [WARD] });
      const browser = new StubBrowser([WARD]);
      browser.registered = [
        {
          id: LAUNCHER_SCRIPT_ID,
          js: [LAUNCHER_FILE],
          matches: [WARD],
          runAt: 'document_start',
          allFrames: false,
        },
      ];
      await createSiteManager({ browser: browser.api }).start();
      expect(browser.registered.map((script) => [script.id, script.js, script.runAt])).toEqual([
        [KEY_GUARD_SCRIPT_ID, [KEY_GUARD_FILE], 'document_start'],
      ]);
      expect(browser.launcherMatches()).toEqual([WARD]);
    });

    it('leaves a correct registration alone', async () => {
      const browser = new StubBrowser([WARD]);
      await createSiteManager({ browser: browser.api }).enable(WARD_PAGE);
      const registrations = browser.registerCalls;
      await createSiteManager({ browser: browser.api }).start();
      expect(browser.registerCalls).toBe(registrations);
      expect(browser.launcherMatches()).toEqual([WARD]);
    });

    it('does not register a stored site whose permission was revoked', async () => {
      const browser = new StubBrowser([WARD, ROTA]);
      const sites = createSiteManager({ browser: browser.api });
      await sites.enable(WARD_PAGE);
      await sites.enable(ROTA_PAGE);

      // The user removed the permission in the browser's settings while Kindling was not running.
      browser.granted.delete(ROTA);
      browser.restart();
      const restarted = createSiteManager({ browser: browser.api });
      await restarted.start();

      expect(browser.launcherMatches()).toEqual([WARD]);
      await expect(restarted.state(ROTA_PAGE)).resolves.toMatchObject({ enabled: false });
      // The site stays stored, so granting the permission again brings it back.
      expect(await storedSites()).toEqual([WARD, ROTA]);
      browser.granted.add(ROTA);
      await restarted.sync();
      expect(browser.launcherMatches()).toEqual([ROTA, WARD]);
    });

    it('drops registration entirely when every permission was revoked', async () => {
      const browser = new StubBrowser([WARD]);
      const sites = createSiteManager({ browser: browser.api });
      await sites.enable(WARD_PAGE);
      browser.granted.clear();
      await sites.sync();
      expect(browser.registered).toEqual([]);
    });

    it('ignores stored values that are not site patterns', async () => {
      await fakeBrowser.storage.local.set({ sites: [WARD, '<all_urls>', 'https://*/*', 42, null] });
      const browser = new StubBrowser([WARD, '<all_urls>', 'https://*/*']);
      await createSiteManager({ browser: browser.api }).start();
      expect(browser.launcherMatches()).toEqual([WARD]);
    });
  });

  it('keeps both sites when two are enabled at the same moment', async () => {
    const browser = new StubBrowser([WARD, ROTA]);
    const sites = createSiteManager({ browser: browser.api });
    const [ward, rota] = await Promise.all([sites.enable(WARD_PAGE, 1), sites.enable(ROTA_PAGE, 2)]);
    expect(ward.enabled).toBe(true);
    expect(rota.enabled).toBe(true);
    expect(await storedSites()).toEqual([WARD, ROTA]);
    expect(browser.launcherMatches()).toEqual([ROTA, WARD]);
  });

  it('keeps working after a refused change', async () => {
    const browser = new StubBrowser([WARD]);
    const sites = createSiteManager({ browser: browser.api });
    const refused = sites.enable(ROTA_PAGE);
    const accepted = sites.enable(WARD_PAGE);
    await expect(refused).rejects.toThrow(/not granted/);
    await expect(accepted).resolves.toMatchObject({ enabled: true });
    expect(await storedSites()).toEqual([WARD]);
  });

  describe('from the settings page and the toolbar', () => {
    it('lists enabled sites and removes one: unregistered, permission given back', async () => {
      const browser = new StubBrowser([WARD, ROTA]);
      const sites = createSiteManager({ browser: browser.api });
      await sites.enable(WARD_PAGE);
      await sites.enable(ROTA_PAGE);
      expect((await sites.list()).sort()).toEqual([ROTA, WARD]);

      await sites.remove(WARD);
      expect(await sites.list()).toEqual([ROTA]);
      expect(browser.launcherMatches()).toEqual([ROTA]);
      expect(browser.granted.has(WARD)).toBe(false);
      await expect(sites.remove('<all_urls>')).rejects.toThrow('That is not a site Kindling knows.');
    });

    it('brings the launcher into a tab when its key guard asks (the page has loaded)', async () => {
      const browser = new StubBrowser([WARD]);
      await createSiteManager({ browser: browser.api }).startLauncher(4);
      expect(browser.injected).toEqual([{ target: { tabId: 4, frameIds: [0] }, files: [LAUNCHER_FILE] }]);
    });

    it('toggles the sidebar where the launcher runs, and injects it for this visit where it does not', async () => {
      const browser = new StubBrowser([WARD]);
      const sites = createSiteManager({ browser: browser.api });
      browser.launchers.add(1);
      await sites.toggleSidebar(1);
      expect(browser.injected).toEqual([]);
      expect(browser.sent).toEqual([{ tabId: 1, message: { channel: 'kindling', type: 'launcher/toggle' } }]);

      await sites.toggleSidebar(2);
      expect(browser.injected).toEqual([{ target: { tabId: 2, frameIds: [0] }, files: [LAUNCHER_FILE] }]);
      expect(browser.sent.at(-1)).toEqual({
        tabId: 2,
        message: { channel: 'kindling', type: 'launcher/toggle' },
      });
      // Nothing was registered or stored: the site stays not enabled.
      expect(browser.registered).toEqual([]);
      expect(await storedSites()).toBeUndefined();
    });
  });
});

describe('site manager: an organisation’s recommended and blocked sites', () => {
  const THEATRE = 'https://theatre.example.org/*';
  const policyOf = (raw: Record<string, unknown>) => async () => parsePolicy(raw).policy;
  const HOSPITAL = {
    organization: { name: 'St Example Hospital' },
    sites: [WARD, ROTA],
    blockedSites: ['*://theatre.example.org/*'],
  };

  it('refuses a blocked site with the organisation’s name and gives its permission back', async () => {
    const browser = new StubBrowser([THEATRE]);
    const sites = createSiteManager({ browser: browser.api, policy: policyOf(HOSPITAL) });
    await expect(sites.enable('https://theatre.example.org/list', 7)).rejects.toThrow(
      'St Example Hospital does not allow Kindling on theatre.example.org.',
    );
    expect(await storedSites()).toBeUndefined();
    expect(browser.granted.has(THEATRE)).toBe(false);
    await expect(sites.state('https://theatre.example.org/list')).resolves.toMatchObject({
      enabled: false,
      blockedBy: 'St Example Hospital',
    });
  });

  it('switches off a site already on when a policy arrives that blocks it, and keeps the others', async () => {
    const browser = new StubBrowser([WARD, THEATRE]);
    let rules: Record<string, unknown> = {};
    const sites = createSiteManager({ browser: browser.api, policy: async () => parsePolicy(rules).policy });
    await sites.enable(WARD_PAGE);
    await sites.enable('https://theatre.example.org/list');
    expect(browser.launcherMatches()).toEqual([THEATRE, WARD]);

    rules = HOSPITAL;
    await expect(sites.enforce()).resolves.toEqual([THEATRE]);
    expect(await storedSites()).toEqual([WARD]);
    expect(browser.launcherMatches()).toEqual([WARD]);
  });

  it('switches on the recommended sites granted in one request, and no other', async () => {
    const browser = new StubBrowser([WARD, ROTA, THEATRE]);
    const sites = createSiteManager({
      browser: browser.api,
      policy: policyOf({ ...HOSPITAL, sites: [WARD, ROTA, THEATRE, 'https://lab.example.org/*'] }),
    });
    const waiting = await sites.enableRecommended([
      WARD,
      ROTA,
      THEATRE,
      'https://lab.example.org/*',
      'https://elsewhere.example/*',
    ]);
    expect(waiting).toEqual(['https://lab.example.org/*']);
    expect(await storedSites()).toEqual([WARD, ROTA]);
    expect(browser.launcherMatches()).toEqual([ROTA, WARD]);
  });
});
