import { describe, expect, it, vi } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { failedLive } from '@/components/shared/useLive';
import { actionHandlers } from '@/lib/background/action-handlers';
import type { HandlerDeps, Sender } from '@/lib/background/handlers';
import { createSiteManager, KEY_GUARD_SCRIPT_ID } from '@/lib/background/sites';
import { createActionStore } from '@/lib/db/action-store';
import { t } from '@/lib/i18n';
import { exportJson } from '@/lib/journal/export';
import { parseImportText } from '@/lib/journal/import';
import { DB_VERSION } from '@/lib/db/migrations';
import { dbV2 } from './fixtures/db-v2';
import { freshDb } from './support/fresh-db';

const WARD = 'https://ward.example.org/*';
const ROTA = 'https://rota.example.org/*';
const options: Sender = { url: 'chrome-extension://kindling/options.html' };

/** The part of the browser the site manager uses: fake storage, host permissions as a set, scripts in memory. */
function stubBrowser(granted: string[]) {
  const permissions = new Set(granted);
  let registered: { id: string; matches?: string[] }[] = [];
  const api = {
    storage: { local: fakeBrowser.storage.local },
    permissions: {
      contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => permissions.has(o)),
      remove: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => permissions.delete(o)),
    },
    scripting: {
      getRegisteredContentScripts: async () => structuredClone(registered),
      registerContentScripts: async (scripts: { id: string; matches?: string[] }[]) => {
        registered.push(...structuredClone(scripts));
      },
      unregisterContentScripts: async () => {
        registered = [];
      },
      executeScript: async () => [],
    },
    tabs: { query: async () => [], sendMessage: async () => undefined },
  };
  return {
    api: api as unknown as WxtBrowser,
    permissions,
    launcherSites: () =>
      registered.flatMap((script) => (script.id === KEY_GUARD_SCRIPT_ID ? (script.matches ?? []) : [])),
  };
}

/** One browser profile: its journal, its sites and its settings, through the background's handlers. */
function profile(granted: string[] = []) {
  const browser = stubBrowser(granted);
  const sites = createSiteManager({ browser: browser.api });
  let clock = Date.UTC(2026, 5, 6, 8, 0);
  let nextId = 0;
  const actions = createActionStore(freshDb(), {
    now: () => (clock += 1000),
    newId: () => `action-${++nextId}`,
  });
  const handlers = actionHandlers({ actions, sites, notifyPages: vi.fn() } as unknown as HandlerDeps);
  return { browser, sites, actions, handlers };
}

/** Everything in this profile's browser.storage.local. */
const stored = () => fakeBrowser.storage.local.get(null);

/** A nurse's work browser: the ward system enabled, the launcher on the left as a slim tab, hourly prompts. */
async function wardNursesBrowser() {
  const work = profile([WARD]);
  await fakeBrowser.storage.local.set({
    sites: [WARD],
    'settings.sitePrefs': { [WARD]: { side: 'left', collapsed: true, workKind: 'ward', prompts: false } },
    'settings.nudges': { pace: 60, quiet: { from: 22 * 60, to: 7 * 60 } },
    'settings.badge': false,
    'settings.reminders': true,
    'settings.reminderTime': '08:30',
    // Internal state: never exported.
    'nudges.state': { lastShownAt: 123, shownToday: 2 },
    'journal.reminded': { day: '2026-06-06', ids: ['x'] },
  });
  await work.sites.start();
  await work.handlers['actions/save'](
    { text: 'Ask what matters to Mrs Hale', source: { kind: 'own' } },
    options,
  );
  return work;
}

/** Exports everything from a profile as the settings page writes the file. */
async function exportFile(work: ReturnType<typeof profile>): Promise<string> {
  return exportJson(await work.handlers['journal/export']({}, options));
}

/** A new browser: nothing stored, no permission for any site. */
function freshBrowser() {
  fakeBrowser.reset();
  return profile();
}

describe('a nurse moves Kindling to a new computer with "Export everything"', () => {
  it('carries her sites, site preferences, prompt pace, quiet hours, badge and reminders, not internal state', async () => {
    const text = await exportFile(await wardNursesBrowser());
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file.exportVersion).toBe(2);
    expect(file.settings).toEqual({
      sites: [WARD],
      sitePrefs: { [WARD]: { side: 'left', collapsed: true, workKind: 'ward', prompts: false } },
      nudges: { pace: 60, quiet: { from: 1320, to: 420 } },
      badge: false,
      reminders: true,
      reminderTime: '08:30',
    });
    expect(text).not.toContain('lastShownAt');
    expect(text).not.toContain('reminded');
  });

  it('imports the actions at once, shows what the settings would change, and restores them only when she says yes', async () => {
    const text = await exportFile(await wardNursesBrowser());
    const home = freshBrowser();
    const raw = JSON.parse(text) as unknown;
    expect(parseImportText(text, DB_VERSION).settings?.sites).toEqual([WARD]);
    await home.handlers['journal/import'](raw, options);
    expect((await home.actions.list({})).map((action) => action.text)).toEqual([
      'Ask what matters to Mrs Hale',
    ]);

    const preview = await home.handlers['journal/settings']({ file: raw, apply: false }, options);
    expect(preview.changes).toEqual([
      'Add the site ward.example.org (it needs switching on if Kindling is not allowed there yet).',
      'Launcher on ward.example.org: Left, Slim edge tab, Ward.',
      'Prompt pace: from “At most every 2 hours” to “At most every hour”.',
      'Quiet hours: from “no quiet hours” to “22:00–07:00”.',
      'Number of open actions on the toolbar button: from on to off.',
      'Reminders of due actions: from off to on.',
      'Reminder time: from 09:00 to 08:30.',
    ]);
    expect(preview.waiting).toEqual([WARD]);
    // Seeing what would change writes nothing.
    expect(await stored()).toEqual({});

    const applied = await home.handlers['journal/settings']({ file: raw, apply: true }, options);
    expect(applied.waiting).toEqual([WARD]);
    expect(await stored()).toEqual({
      sites: [WARD],
      'settings.sitePrefs': { [WARD]: { side: 'left', collapsed: true, workKind: 'ward', prompts: false } },
      'settings.nudges': { pace: 60, quiet: { from: 1320, to: 420 } },
      'settings.badge': false,
      'settings.reminders': true,
      'settings.reminderTime': '08:30',
    });
    // Least privilege: the restored site waits for her click; the launcher is not there yet.
    expect(home.browser.launcherSites()).toEqual([]);
    expect(await home.sites.list()).toEqual([]);

    // Her click grants the ward system, and the launcher is registered there.
    home.browser.permissions.add(WARD);
    await home.sites.enable('https://ward.example.org/');
    expect(home.browser.launcherSites()).toEqual([WARD]);
    expect(await home.sites.waiting([WARD])).toEqual([]);
  });

  it('adds the file’s sites to the ones already enabled, never removing one', async () => {
    const text = await exportFile(await wardNursesBrowser());
    fakeBrowser.reset();
    const clinic = profile([ROTA]);
    await fakeBrowser.storage.local.set({ sites: [ROTA] });
    await clinic.sites.start();
    const applied = await clinic.handlers['journal/settings'](
      { file: JSON.parse(text), apply: true },
      options,
    );
    expect(applied.waiting).toEqual([WARD]);
    expect((await stored()).sites).toEqual([ROTA, WARD]);
    expect(clinic.browser.launcherSites()).toEqual([ROTA]);
  });
});

describe('an export from before settings were exported (format 1)', () => {
  const oldFile = {
    app: 'kindling',
    exportVersion: 1,
    exported: '2026-06-06T08:00:00.000Z',
    dbVersion: 2,
    actions: [dbV2.stores.actions[0]],
    checkins: [],
  };

  it('imports exactly as before and has no settings to restore or to ask about', async () => {
    const home = freshBrowser();
    const report = await home.handlers['journal/import'](structuredClone(oldFile), options);
    expect(report.actions).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect(await home.handlers['journal/settings']({ file: oldFile, apply: true }, options)).toEqual({
      changes: [],
      waiting: [],
    });
    expect(await stored()).toEqual({});
  });
});

describe('an export whose settings were edited by hand', () => {
  it.each([
    ['nudges.pace', { nudges: { pace: 7, quiet: null } }],
    ['nudges.quiet', { nudges: { pace: 60, quiet: { from: 600, to: 600 } } }],
    ['nudges.quiet.from', { nudges: { pace: 60, quiet: { from: 1e300, to: 600 } } }],
    ['reminderTime', { reminderTime: '25:00' }],
    ['badge', { badge: 'yes' }],
    ['sites.1', { sites: ['javascript:alert(1)'] }],
    [`sitePrefs.${WARD}.side`, { sitePrefs: { [WARD]: { side: 'top', collapsed: false, workKind: null } } }],
    [
      `sitePrefs.${WARD}.workKind`,
      { sitePrefs: { [WARD]: { side: 'left', collapsed: false, workKind: 'spa' } } },
    ],
  ])('is refused, naming “%s”, and nothing is written: no action, no setting', async (key, bad) => {
    const good = JSON.parse(await exportFile(await wardNursesBrowser())) as { settings: object };
    const file = { ...good, settings: { ...good.settings, ...bad } };
    const home = freshBrowser();
    const refusal = `Settings, “${key}”:`;
    await expect(home.handlers['journal/import'](file, options)).rejects.toThrow(refusal);
    await expect(home.handlers['journal/settings']({ file, apply: true }, options)).rejects.toThrow(refusal);
    await expect(home.handlers['journal/import'](file, options)).rejects.toThrow('Nothing was imported.');
    expect(await home.actions.count()).toBe(0);
    expect(await stored()).toEqual({});
  });
});

describe('"Clear all data" says exactly what it clears', () => {
  it('names actions and check-ins, and says sites and settings stay, which they do', async () => {
    const work = await wardNursesBrowser();
    expect(t('journal.settings.clear')).toBe('Delete all actions and check-ins');
    expect(t('journal.settings.clearConfirm')).toContain('Your sites and settings stay as they are');
    expect(t('journal.settings.clearYes')).not.toMatch(/everything/);
    const before = await stored();
    await work.handlers['journal/clear']({}, options);
    expect(await work.actions.count()).toBe(0);
    expect(await stored()).toEqual(before);
  });

  it('labels the CSV as actions only and the JSON as everything, settings included', () => {
    expect(t('journal.settings.exportCsv')).toMatch(/actions only/);
    expect(t('journal.settings.exportJson')).toMatch(/settings/);
  });
});

describe('a list that fails to load', () => {
  it('shows plain words, never the browser’s raw error', () => {
    const raw = 'Could not establish connection. Receiving end does not exist.';
    const shown = failedLive({ value: [1], error: null }, new Error(raw));
    expect(shown.value).toEqual([1]);
    expect(shown.error).not.toContain(raw);
    expect(shown.error).not.toMatch(/^Error:/);
  });
});
