import { describe, it, expect, vi } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HandlerDeps } from '@/lib/background/handlers';
import { siteHandlers } from '@/lib/background/site-handlers';
import { createSiteManager } from '@/lib/background/sites';
import { notice } from '@/lib/messages';

const WARD = 'https://ward.example.org/*';
const ROTA = 'https://rota.example.org/*';

/** A browser with open tabs: the site manager may match tabs by URL only while it holds the site's permission. */
function browserWithTabs(tabs: Record<number, string>) {
  const granted = new Set([WARD, ROTA]);
  let registered: Array<{ id: string; matches?: string[] }> = [];
  const sent: Array<{ tabId: number; type: unknown }> = [];
  const matches = (pattern: string, url: string) => url.startsWith(pattern.replace('/*', '/'));
  const api = {
    storage: { local: fakeBrowser.storage.local },
    permissions: {
      contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
      remove: async ({ origins = [] }: { origins?: string[] }) =>
        origins.map((o) => granted.delete(o)).some(Boolean),
    },
    scripting: {
      getRegisteredContentScripts: async () => structuredClone(registered),
      registerContentScripts: async (scripts: typeof registered) => void registered.push(...scripts),
      unregisterContentScripts: async () => void (registered = []),
    },
    tabs: {
      query: async ({ url }: { url: string }) =>
        Object.entries(tabs)
          .filter(([, page]) => granted.has(url) && matches(url, page))
          .map(([id]) => ({ id: Number(id) })),
      sendMessage: async (tabId: number, message: { type: unknown }) =>
        void sent.push({ tabId, type: message.type }),
    },
  };
  return { api: api as unknown as WxtBrowser, sent };
}

async function enabledOn(patterns: string[]) {
  await fakeBrowser.storage.local.set({ sites: patterns });
}

describe('site changes reach open tabs at once', () => {
  it('removing a site from settings removes the launcher from each of its open tabs, and only those', async () => {
    const browser = browserWithTabs({
      1: 'https://ward.example.org/patients',
      2: 'https://ward.example.org/bay/3',
      3: 'https://rota.example.org/week',
    });
    await enabledOn([WARD, ROTA]);
    const sites = createSiteManager({ browser: browser.api });
    await sites.start();

    await sites.remove(WARD);

    expect(browser.sent).toEqual([
      { tabId: 1, type: 'launcher/remove' },
      { tabId: 2, type: 'launcher/remove' },
    ]);
    expect(await sites.list()).toEqual([ROTA]);
  });

  it('switching a site off from the popup removes the launcher from its other open tabs too', async () => {
    const browser = browserWithTabs({ 1: 'https://ward.example.org/a', 2: 'https://ward.example.org/b' });
    await enabledOn([WARD]);
    const sites = createSiteManager({ browser: browser.api });
    await sites.disable('https://ward.example.org/a');
    expect(browser.sent.map((each) => each.tabId).sort()).toEqual([1, 2]);
  });

  it('moving the launcher to the left or making it a slim tab tells every open tab of that site', async () => {
    const browser = browserWithTabs({
      1: 'https://ward.example.org/patients',
      3: 'https://rota.example.org/week',
      4: 'https://ward.example.org/orders',
    });
    await enabledOn([WARD, ROTA]);
    const sites = createSiteManager({ browser: browser.api });
    const handlers = siteHandlers({ sites, tellLauncher: vi.fn() } as unknown as HandlerDeps);

    const entry = await handlers['sites/prefs']({ pattern: WARD, side: 'left', collapsed: true }, {});

    expect(entry).toMatchObject({ pattern: WARD, side: 'left', collapsed: true });
    expect(browser.sent).toEqual([
      { tabId: 1, type: notice('launcher/prefs').type },
      { tabId: 4, type: 'launcher/prefs' },
    ]);
  });
});
