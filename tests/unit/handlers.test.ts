import { describe, it, expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, dispatch, type Sender } from '@/lib/background/handlers';
import type { SiteManager } from '@/lib/background/sites';
import { memorySidebarTokens } from '@/lib/background/sidebar-tokens';
import { createActionStore } from '@/lib/db/action-store';
import { createCheckinStore } from '@/lib/db/checkin-store';
import { InvalidInput, type Action } from '@/lib/db/actions';
import type {
  LauncherCommand,
  PageEvent,
  Reply,
  RequestMessage,
  RequestType,
  Requests,
  SiteState,
} from '@/lib/messages';
import { freshDb } from './support/fresh-db';

const WARD_PAGE = 'https://ward.example.org/patients';
const WARD_STATE: SiteState = {
  host: 'ward.example.org',
  pattern: 'https://ward.example.org/*',
  enabled: true,
};

/** The background as a Kindling page sees it: real action storage, recorded side effects. */
function background() {
  const extensionBase = fakeBrowser.runtime.getURL('/');
  const db = freshDb();
  let clock = Date.UTC(2026, 5, 6, 8, 0);
  let nextId = 0;
  const actions = createActionStore(db, { now: () => (clock += 1000), newId: () => `action-${++nextId}` });
  const sites = {
    state: vi.fn(async (_url: string) => WARD_STATE),
    enable: vi.fn(async (_url: string, _tabId?: number) => WARD_STATE),
    disable: vi.fn(async (_url: string) => ({ ...WARD_STATE, enabled: false })),
    start: vi.fn(async () => undefined),
    sync: vi.fn(async () => undefined),
    list: vi.fn(async () => [WARD_STATE.pattern ?? '']),
    remove: vi.fn(async (_pattern: string) => undefined),
    toggleSidebar: vi.fn(async (_tabId: number) => undefined),
    startLauncher: vi.fn(async (_tabId: number) => undefined),
    prefsChanged: vi.fn(async (_pattern: string) => undefined),
    restore: vi.fn(async (_patterns: readonly string[], _values: Record<string, unknown>) => []),
    waiting: vi.fn(async (_patterns: readonly string[]) => []),
    enforce: vi.fn(async () => []),
    enableRecommended: vi.fn(async (_patterns: readonly string[]) => []),
  };
  const notifyPages = vi.fn((_event: PageEvent) => undefined);
  const tellLauncher = vi.fn(async (_tabId: number, _command: LauncherCommand) => undefined);
  const checkins = createCheckinStore(db, { now: () => (clock += 1000), newId: () => `checkin-${++nextId}` });
  const sidebars = memorySidebarTokens(() => clock);
  const handlers = createHandlers({
    actions,
    checkins,
    sites: sites as SiteManager,
    notifyPages,
    tellLauncher,
    sidebars,
  });

  /** Sends a request as a Kindling page would, by default from the popup (not in a tab). */
  const ask = <K extends RequestType>(
    type: K,
    data: Requests[K]['request'],
    sender: Sender = { url: `${extensionBase}popup.html` },
  ) =>
    dispatch(
      handlers,
      { channel: 'kindling', type, data } as RequestMessage,
      sender,
      extensionBase,
      sidebars.allows,
    );

  return { extensionBase, handlers, actions, sites, notifyPages, tellLauncher, ask, sidebars };
}

/** The texts of the actions in a successful list reply. */
function textsOf(reply: Reply<unknown>): string[] {
  if (!reply.ok) throw new Error(`Expected a list, got the error: ${reply.error}`);
  return (reply.value as Action[]).map((action) => action.text);
}

describe('dispatch: who the background answers', () => {
  it.each([
    ['a web page (a content script in a tab)', { url: 'https://ward.example.org/', tabId: 3 }],
    ['another extension', { url: 'chrome-extension://some-other-extension/page.html' }],
    ['a look-alike extension id', { url: 'chrome-extension://test-extension-id.evil.example/popup.html' }],
    ['a sender without a URL', {}],
  ])('refuses %s and runs no handler', async (_who, sender: Sender) => {
    const { handlers, extensionBase } = background();
    const spy = vi.spyOn(handlers, 'sites/state');
    const reply = await dispatch(
      handlers,
      { channel: 'kindling', type: 'sites/state', data: { url: WARD_PAGE } },
      sender,
      extensionBase,
    );
    expect(reply).toEqual({ ok: false, error: 'Kindling only answers its own pages.' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('answers Kindling’s own pages with the handler’s value', async () => {
    const { ask, sites } = background();
    await expect(ask('sites/state', { url: WARD_PAGE })).resolves.toEqual({ ok: true, value: WARD_STATE });
    expect(sites.state).toHaveBeenCalledWith(WARD_PAGE);
  });

  it('answers the sidebar its launcher opened in a web page’s tab, once it has claimed the tab’s token', async () => {
    const { ask, extensionBase, sidebars } = background();
    const token = await sidebars.issue(3);
    const sidebar: Sender = { url: `${extensionBase}sidepanel.html?embedded=1`, tabId: 3, frameId: 8 };
    expect(await ask('sidebar/claim', { token }, sidebar)).toEqual({ ok: true, value: true });
    expect((await ask('actions/list', {}, sidebar)).ok).toBe(true);
  });

  it.each([
    ['without a token', undefined, 3],
    ['with a made-up token', 'guessed', 3],
    ['with the token of another tab', 'issued-to-tab-9', 3],
  ])(
    'shows nothing to a Kindling page that a web page framed %s',
    async (_how, token: string | undefined, tabId: number) => {
      const { ask, extensionBase, sidebars, handlers } = background();
      const issued = await sidebars.issue(9);
      const framed: Sender = { url: `${extensionBase}sidepanel.html?embedded=1`, tabId, frameId: 5 };
      if (token !== undefined) {
        const claimed = await ask(
          'sidebar/claim',
          { token: token === 'issued-to-tab-9' ? issued : token },
          framed,
        );
        expect(claimed).toEqual({ ok: true, value: false });
      }
      const spy = vi.spyOn(handlers, 'actions/list');
      for (const type of ['actions/list', 'checkins/list', 'actions/counts'] as const) {
        expect(await ask(type, {}, framed)).toEqual({
          ok: false,
          error: 'Kindling shows nothing in a frame its launcher did not open.',
        });
      }
      expect(
        await ask('actions/save', { text: 'Planted by a web page', source: { kind: 'own' } }, framed),
      ).toMatchObject({
        ok: false,
      });
      expect(spy).not.toHaveBeenCalled();
    },
  );

  it('gives the launcher one token per sidebar, and only from a tab’s top frame', async () => {
    const { ask } = background();
    expect(await ask('sidebar/token', {}, { url: WARD_PAGE, tabId: 3, frameId: 0 })).toMatchObject({
      ok: true,
    });
    expect(await ask('sidebar/token', {}, { url: WARD_PAGE, tabId: 3, frameId: 2 })).toMatchObject({
      ok: false,
    });
    expect(
      await ask('sidebar/token', { spare: true }, { url: WARD_PAGE, tabId: 3, frameId: 0 }),
    ).toMatchObject({ ok: true });
  });

  it('brings the launcher when a tab’s key guard asks, once its page has loaded; never for a frame in it', async () => {
    const { ask, sites } = background();
    expect(await ask('launcher/start', {}, { url: WARD_PAGE, tabId: 3, frameId: 0 })).toEqual({
      ok: true,
      value: null,
    });
    expect(sites.startLauncher).toHaveBeenCalledWith(3);
    expect(await ask('launcher/start', {}, { url: WARD_PAGE, tabId: 3, frameId: 2 })).toMatchObject({
      ok: false,
    });
    expect(sites.startLauncher).toHaveBeenCalledTimes(1);
  });

  it('turns a thrown error into an error reply with its message', async () => {
    const { handlers, extensionBase } = background();
    vi.spyOn(handlers, 'sites/state').mockRejectedValue(new Error('The disk is full.'));
    const reply = await dispatch(
      handlers,
      { channel: 'kindling', type: 'sites/state', data: { url: WARD_PAGE } },
      { url: `${extensionBase}popup.html` },
      extensionBase,
    );
    expect(reply).toEqual({ ok: false, error: 'The disk is full.' });
  });

  it('turns a thrown non-Error into an error reply too', async () => {
    const { handlers, extensionBase } = background();
    vi.spyOn(handlers, 'sites/state').mockRejectedValue('quota exceeded');
    const reply = await dispatch(
      handlers,
      { channel: 'kindling', type: 'sites/state', data: { url: WARD_PAGE } },
      { url: `${extensionBase}popup.html` },
      extensionBase,
    );
    expect(reply).toEqual({ ok: false, error: 'quota exceeded' });
  });

  it('gives a handler an empty object when a request came without data', async () => {
    const { handlers, extensionBase } = background();
    const list = vi.spyOn(handlers, 'actions/list');
    const message = { channel: 'kindling', type: 'actions/list' } as unknown as RequestMessage;
    const reply = await dispatch(handlers, message, { url: `${extensionBase}popup.html` }, extensionBase);
    expect(reply).toEqual({ ok: true, value: [] });
    expect(list).toHaveBeenCalledWith({}, { url: `${extensionBase}popup.html` });
  });
});

describe('actions handlers', () => {
  it('saves a valid action, returns it, and tells open pages that actions changed', async () => {
    const { ask, actions, notifyPages } = background();
    const reply = await ask('actions/save', {
      text: '  Ask what matters to the family in bay 3  ',
      source: { kind: 'prompt', promptId: 'ask-what-matters' },
    });
    expect(reply.ok).toBe(true);
    const saved = (reply as { value: Action }).value;
    expect(saved).toMatchObject({
      id: 'action-1',
      text: 'Ask what matters to the family in bay 3',
      source: { kind: 'prompt', promptId: 'ask-what-matters' },
      status: 'planned',
    });
    await expect(actions.get('action-1')).resolves.toEqual(saved);
    expect(notifyPages).toHaveBeenCalledTimes(1);
    expect(notifyPages).toHaveBeenCalledWith('actions/changed');
  });

  it('refuses an invalid draft with a message for the user, saves nothing and notifies nobody', async () => {
    const { ask, actions, notifyPages } = background();
    const reply = await ask('actions/save', { text: '   ', source: { kind: 'own' } });
    expect(reply).toEqual({ ok: false, error: 'An action needs some text (up to 500 characters).' });
    await expect(actions.count()).resolves.toBe(0);
    expect(notifyPages).not.toHaveBeenCalled();
  });

  it('refuses a draft from an unknown source', async () => {
    const { ask, actions, notifyPages } = background();
    const draft = {
      text: 'Say thanks',
      source: { kind: 'email' },
    } as unknown as Requests['actions/save']['request'];
    await expect(ask('actions/save', draft)).resolves.toEqual({
      ok: false,
      error: 'An action needs to say where it came from.',
    });
    await expect(actions.count()).resolves.toBe(0);
    expect(notifyPages).not.toHaveBeenCalled();
  });

  it('lists saved actions newest first, honouring the limit', async () => {
    const { ask } = background();
    for (const text of ['first', 'second', 'third'])
      await ask('actions/save', { text, source: { kind: 'own' } });

    const all = await ask('actions/list', {});
    expect(all.ok && (all.value as Action[]).map((action) => action.text)).toEqual([
      'third',
      'second',
      'first',
    ]);
    const two = await ask('actions/list', { limit: 2 });
    expect(two.ok && (two.value as Action[]).map((action) => action.text)).toEqual(['third', 'second']);
  });

  it('ignores a limit that is not a number', async () => {
    const { ask } = background();
    for (const text of ['first', 'second', 'third'])
      await ask('actions/save', { text, source: { kind: 'own' } });
    expect(textsOf(await ask('actions/list', { limit: '1' as unknown as number }))).toHaveLength(3);
  });
});

describe('sites handlers', () => {
  it('enables a site for the given tab', async () => {
    const { ask, sites } = background();
    await expect(ask('sites/enable', { url: WARD_PAGE, tabId: 4 })).resolves.toEqual({
      ok: true,
      value: WARD_STATE,
    });
    expect(sites.enable).toHaveBeenCalledWith(WARD_PAGE, 4);
  });

  it('disables a site and tells the launcher in that tab to remove itself', async () => {
    const { ask, sites, tellLauncher } = background();
    const reply = await ask('sites/disable', { url: WARD_PAGE, tabId: 4 });
    expect(reply).toEqual({ ok: true, value: { ...WARD_STATE, enabled: false } });
    expect(sites.disable).toHaveBeenCalledWith(WARD_PAGE);
    expect(tellLauncher).toHaveBeenCalledTimes(1);
    expect(tellLauncher).toHaveBeenCalledWith(4, 'launcher/remove');
  });

  it('disables a site without telling any tab when none was given', async () => {
    const { ask, sites, tellLauncher } = background();
    await ask('sites/disable', { url: WARD_PAGE });
    expect(sites.disable).toHaveBeenCalledWith(WARD_PAGE);
    expect(tellLauncher).not.toHaveBeenCalled();
  });

  it('passes on the site manager’s refusal as the error text', async () => {
    const { ask, sites } = background();
    sites.enable.mockRejectedValueOnce(
      new InvalidInput('Permission for ward.example.org was not granted, so Kindling stays hidden there.'),
    );
    await expect(ask('sites/enable', { url: WARD_PAGE, tabId: 4 })).resolves.toEqual({
      ok: false,
      error: 'Permission for ward.example.org was not granted, so Kindling stays hidden there.',
    });
  });
});

describe('sidebar/close', () => {
  it('tells the launcher in the sender’s own tab to close', async () => {
    const { ask, extensionBase, tellLauncher, sidebars } = background();
    const sidebar: Sender = { url: `${extensionBase}sidepanel.html?embedded=1`, tabId: 12, frameId: 3 };
    await ask('sidebar/claim', { token: await sidebars.issue(12) }, sidebar);
    const reply = await ask('sidebar/close', {}, sidebar);
    expect(reply).toEqual({ ok: true, value: null });
    expect(tellLauncher).toHaveBeenCalledTimes(1);
    expect(tellLauncher).toHaveBeenCalledWith(12, 'launcher/close');
  });

  it('fails when the sidebar is not inside a tab, and tells no launcher', async () => {
    const { ask, extensionBase, tellLauncher } = background();
    const reply = await ask('sidebar/close', {}, { url: `${extensionBase}sidepanel.html` });
    expect(reply).toEqual({ ok: false, error: 'Only a sidebar inside a tab can close itself.' });
    expect(tellLauncher).not.toHaveBeenCalled();
  });
});
