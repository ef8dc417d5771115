import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch, type HandlerDeps, type Sender } from '@/lib/background/handlers';
import { nudgeHandlers } from '@/lib/background/nudge-handlers';
import { siteHandlers } from '@/lib/background/site-handlers';
import type { SiteManager } from '@/lib/background/sites';
import { prompts } from '@/lib/content/prompts';
import { createActionStore } from '@/lib/db/action-store';
import type { RequestMessage, RequestType, Requests, SiteState } from '@/lib/messages';
import { EMPTY_STATE } from '@/lib/nudges/schedule';
import { settings } from '@/lib/settings';
import { freshDb } from './support/fresh-db';
import { catalogues, setLanguage } from '@/lib/i18n';
import { contentTranslations } from '@/lib/content/localize';

const WARD = 'https://ward.example.org/patients';
const WARD_PATTERN = 'https://ward.example.org/*';
const OTHER_WARD = 'https://board.example.net/beds';
const OTHER_WARD_PATTERN = 'https://board.example.net/*';
const CLINIC = 'https://clinic.example.org/today';
const CLINIC_PATTERN = 'https://clinic.example.org/*';
const HOUR = 3_600_000;

function background(enabled = [WARD_PATTERN]) {
  const db = freshDb();
  let clock = new Date(2026, 5, 6, 10, 0).getTime();
  const actions = createActionStore(db, { now: () => clock, newId: () => crypto.randomUUID() });
  const sites = {
    state: vi.fn(async (url: string): Promise<SiteState> => ({
      host: new URL(url).hostname,
      pattern: `${new URL(url).protocol}//${new URL(url).hostname}/*`,
      enabled: enabled.some((pattern) => url.startsWith(pattern.replace('/*', '/'))),
    })),
    list: vi.fn(async () => enabled),
    remove: vi.fn(async () => undefined),
    prefsChanged: vi.fn(async (_pattern: string) => undefined),
  };
  const deps = {
    actions,
    sites: sites as unknown as SiteManager,
    notifyPages: vi.fn(),
    tellLauncher: vi.fn(async () => undefined),
  } as unknown as HandlerDeps;
  const handlers = {
    ...nudgeHandlers(deps, { now: () => clock, random: () => 0, settleAfterLoad: 60_000 }),
    ...siteHandlers(deps),
  };
  const extensionBase = fakeBrowser.runtime.getURL('/');
  const launcher: Sender = { url: WARD, tabId: 4, frameId: 0 };
  const ask = <K extends keyof typeof handlers & RequestType>(
    type: K,
    data: Requests[K]['request'],
    sender: Sender = launcher,
  ) =>
    dispatch(
      handlers as never,
      { channel: 'kindling', type, data } as RequestMessage,
      sender,
      extensionBase,
    ) as Promise<{ ok: true; value: Requests[K]['response'] } | { ok: false; error: string }>;
  return {
    ask,
    actions,
    deps,
    sites,
    extensionBase,
    tick: (ms: number) => (clock += ms),
  };
}

const settled = { sinceLoad: 120_000, sinceTyped: null };

describe('prompts from the background', () => {
  it('offers one prompt, then none on any tab until the pace allows', async () => {
    const { ask, tick } = background();
    const first = await ask('nudges/due', settled);
    expect(first.ok && first.value.prompt?.id).toBe(prompts[0]!.id);
    expect((await settings.nudgeState.getValue()).current).toBe(prompts[0]!.id);

    tick(60_000);
    const otherTab = await ask('nudges/due', settled, { url: WARD, tabId: 9, frameId: 0 });
    expect(otherTab).toEqual({ ok: true, value: { prompt: null, retryIn: 30 * 60_000 } });
    tick(2 * HOUR);
    const later = await ask('nudges/due', settled);
    expect(later.ok && later.value.prompt).not.toBeNull();
  });

  it('offers no prompt card at all where the organisation switched prompts off', async () => {
    await fakeBrowser.storage.managed.set({ disabledFeatures: ['nudges'] });
    const { ask } = background();
    const due = await ask('nudges/due', settled);
    expect(due.ok && due.value.prompt).toBeNull();
  });

  it('keeps the organisation’s locked pace even when the user chose a faster one', async () => {
    await settings.nudges.setValue({ pace: 30, quiet: null });
    await fakeBrowser.storage.managed.set({ settings: { pace: 240 }, locked: ['pace'] });
    const { ask, tick } = background();
    expect((await ask('nudges/due', settled)).ok).toBe(true);
    tick(HOUR);
    const hourLater = await ask('nudges/due', settled, { url: WARD, tabId: 9, frameId: 0 });
    expect(hourLater).toEqual({ ok: true, value: { prompt: null, retryIn: 30 * 60_000 } });
    tick(3 * HOUR);
    const later = await ask('nudges/due', settled);
    expect(later.ok && later.value.prompt).not.toBeNull();
  });

  it('waits out the first minute after load and a pause in typing, saying when to ask again', async () => {
    const { ask } = background();
    expect(await ask('nudges/due', { sinceLoad: 20_000, sinceTyped: null })).toEqual({
      ok: true,
      value: { prompt: null, retryIn: 40_000 },
    });
    expect(await ask('nudges/due', { sinceLoad: 90_000, sinceTyped: 3_000 })).toEqual({
      ok: true,
      value: { prompt: null, retryIn: 12_000 },
    });
  });

  it('offers nothing on a site shown for one visit only (not enabled)', async () => {
    const { ask } = background();
    const reply = await ask('nudges/due', settled, {
      url: 'https://rota.example.org/',
      tabId: 2,
      frameId: 0,
    });
    expect(reply.ok && reply.value.prompt).toBeNull();
  });

  it('saves the prompt on screen as an action, in the background’s own words', async () => {
    const { ask, actions } = background();
    const offer = await ask('nudges/due', settled);
    const id = offer.ok ? offer.value.prompt!.id : '';
    expect(await ask('nudges/answer', { id, answer: 'save' })).toEqual({ ok: true, value: null });
    const saved = await actions.list({});
    expect(saved.map((action) => [action.text, action.source])).toEqual([
      [prompts[0]!.action, { kind: 'prompt', promptId: id }],
    ]);
  });

  it('offers the card one short sentence: the very words its “Save” keeps as the action', async () => {
    const { ask, actions } = background();
    const offer = await ask('nudges/due', settled);
    const shown = offer.ok ? offer.value.prompt! : null;
    expect(shown).toEqual({ id: prompts[0]!.id, text: prompts[0]!.action });
    await ask('nudges/answer', { id: shown!.id, answer: 'save' });
    expect((await actions.list({})).map((action) => action.text)).toEqual([shown!.text]);
  });

  it('speaks the user’s language: labels, the card’s sentence, and the words “Save” keeps', async () => {
    const { ask, actions } = background();
    setLanguage('fr');
    try {
      const offer = await ask('nudges/due', settled);
      const shown = offer.ok ? offer.value.prompt! : null;
      const french = contentTranslations.fr.prompts[prompts[0]!.id].action;
      expect(shown).toEqual({ id: prompts[0]!.id, text: french });
      // The user switches to Swedish with the card on screen: the launcher asks again and rewrites it.
      setLanguage('sv');
      const hello = await ask('launcher/hello', {});
      const swedish = contentTranslations.sv.prompts[prompts[0]!.id].action;
      expect(hello.ok && [hello.value.labels.save, hello.value.promptText]).toEqual([
        catalogues.sv!['nudge.save'],
        swedish,
      ]);
      await ask('nudges/answer', { id: shown!.id, answer: 'save' });
      expect((await actions.list({})).map((action) => action.text)).toEqual([swedish]);
      // No prompt on screen: nothing to rewrite.
      const after = await ask('launcher/hello', {});
      expect(after.ok && after.value.promptText).toBeUndefined();
    } finally {
      setLanguage('en');
    }
  });

  it('never offers a prompt again on that kind of work once it was “not relevant here”', async () => {
    const { ask, tick } = background([WARD_PATTERN, CLINIC_PATTERN, OTHER_WARD_PATTERN]);
    await settings.sitePrefs.setValue({
      [WARD_PATTERN]: { workKind: 'ward' },
      [OTHER_WARD_PATTERN]: { workKind: 'ward' },
      [CLINIC_PATTERN]: { workKind: 'clinic' },
    });
    const offer = await ask('nudges/due', settled);
    const id = offer.ok ? offer.value.prompt!.id : '';
    expect(await ask('nudges/answer', { id, answer: 'not-relevant' })).toEqual({ ok: true, value: null });
    expect((await settings.nudgeState.getValue()).notRelevant).toEqual({ ward: [id] });

    // Another ward system, every prompt in turn: that one never comes back there.
    const onWards = new Set<string>();
    for (let i = 0; i < 2 * prompts.length; i++) {
      tick(2 * HOUR);
      const next = await ask('nudges/due', settled, { url: OTHER_WARD, tabId: 5, frameId: 0 });
      const shown = next.ok ? (next.value.prompt?.id ?? '') : '';
      onWards.add(shown);
      await ask('nudges/answer', { id: shown, answer: 'dismiss' }, { url: OTHER_WARD, tabId: 5, frameId: 0 });
    }
    expect(onWards.has(id)).toBe(false);
    // In clinic it is still welcome.
    const inClinic = new Set<string>();
    for (let i = 0; i < 2 * prompts.length; i++) {
      tick(2 * HOUR);
      const next = await ask('nudges/due', settled, { url: CLINIC, tabId: 6, frameId: 0 });
      const shown = next.ok ? (next.value.prompt?.id ?? '') : '';
      inClinic.add(shown);
      await ask('nudges/answer', { id: shown, answer: 'dismiss' }, { url: CLINIC, tabId: 6, frameId: 0 });
    }
    expect(inClinic.has(id)).toBe(true);
  });

  it('“No prompts on this site” turns off the site’s own prompt setting, which the settings page lists and can turn back on', async () => {
    const { ask, tick, extensionBase } = background([WARD_PATTERN, CLINIC_PATTERN]);
    await settings.sitePrefs.setValue({ [WARD_PATTERN]: { side: 'left', workKind: 'ward' } });
    const offer = await ask('nudges/due', settled);
    await ask('nudges/answer', { id: offer.ok ? offer.value.prompt!.id : '', answer: 'not-for-site' });
    // The site's other preferences stay as they were.
    expect((await settings.sitePrefs.getValue())[WARD_PATTERN]).toEqual({
      side: 'left',
      collapsed: false,
      workKind: 'ward',
      prompts: false,
    });
    expect((await settings.nudgeState.getValue()).current).toBeNull();

    tick(3 * HOUR);
    const after = await ask('nudges/due', settled);
    expect(after.ok && after.value.prompt).toBeNull();
    const elsewhere = await ask('nudges/due', settled, { url: CLINIC, tabId: 6, frameId: 0 });
    expect(elsewhere.ok && elsewhere.value.prompt).not.toBeNull();

    const options: Sender = { url: `${extensionBase}options.html` };
    const listed = await ask('sites/list', {}, options);
    expect(listed.ok && listed.value.map((site) => [site.pattern, site.prompts])).toEqual([
      [WARD_PATTERN, false],
      [CLINIC_PATTERN, true],
    ]);
    await ask('sites/prefs', { pattern: WARD_PATTERN, prompts: true }, options);
    await ask('nudges/answer', { id: elsewhere.ok ? elsewhere.value.prompt!.id : '', answer: 'dismiss' });
    tick(3 * HOUR);
    const back = await ask('nudges/due', settled);
    expect(back.ok && back.value.prompt).not.toBeNull();
  });

  it('a card that folds away unanswered is no dismissal: nothing is counted and the prompt stays in the rotation', async () => {
    const { ask } = background();
    const offer = await ask('nudges/due', settled);
    const id = offer.ok ? offer.value.prompt!.id : '';
    const before = await settings.nudgeState.getValue();
    await ask('nudges/answer', { id, answer: 'fold' });
    const after = await settings.nudgeState.getValue();
    expect(after).toEqual({ ...before, current: null, shownThisRound: [] });
  });

  it('refuses answers about a prompt that is not on screen, and changes nothing', async () => {
    const { ask, actions } = background();
    await ask('nudges/due', settled);
    const before = await settings.nudgeState.getValue();
    const reply = await ask('nudges/answer', { id: prompts[3]!.id, answer: 'save' });
    expect(reply).toEqual({ ok: false, error: 'That prompt is no longer on screen.' });
    expect(await ask('nudges/answer', { id: prompts[0]!.id, answer: 'delete-all' as never })).toEqual({
      ok: false,
      error: 'Unknown answer.',
    });
    expect(await actions.list({})).toEqual([]);
    expect(await settings.nudgeState.getValue()).toEqual(before);
  });

  it('snoozes for an hour from the card', async () => {
    const { ask, tick } = background();
    const offer = await ask('nudges/due', settled);
    await ask('nudges/answer', { id: offer.ok ? offer.value.prompt!.id : '', answer: 'snooze-hour' });
    const state = await settings.nudgeState.getValue();
    expect(state.current).toBeNull();
    expect(state.snoozedUntil).toBe(state.lastShownAt! + HOUR);
    tick(30 * 60_000);
    await settings.nudges.setValue({ pace: 30, quiet: null });
    const during = await ask('nudges/due', settled);
    expect(during.ok && during.value).toEqual({ prompt: null, retryIn: 30 * 60_000 });
  });

  it('fits prompts to the kind of work the user tagged the site with', async () => {
    const { ask, tick } = background();
    await settings.sitePrefs.setValue({
      [WARD_PATTERN]: { side: 'left', collapsed: true, workKind: 'discharge' },
    });
    const offered = new Set<string>();
    for (let i = 0; i < prompts.length; i++) {
      const offer = await ask('nudges/due', settled);
      const id = offer.ok ? (offer.value.prompt?.id ?? '') : '';
      offered.add(id);
      await ask('nudges/answer', { id, answer: 'dismiss' });
      tick(2 * HOUR);
    }
    const fits = (id: string) =>
      (prompts.find((each) => each.id === id)?.fits ?? ['none']) as readonly string[];
    const expected = prompts.filter((each) => {
      const kinds = each.fits as readonly string[];
      return kinds.length === 0 || kinds.includes('discharge');
    });
    expect(offered.size).toBe(expected.length);
    for (const id of offered) expect(fits(id).length === 0 || fits(id).includes('discharge')).toBe(true);
    expect([...offered].some((id) => fits(id).includes('discharge'))).toBe(true);
    const hello = await ask('launcher/hello', {});
    expect(hello.ok && [hello.value.side, hello.value.collapsed, hello.value.labels.open]).toEqual([
      'left',
      true,
      'Open Kindling',
    ]);
  });
});

describe('what the launcher content script may ask', () => {
  it('may ask its own questions from a tab’s top frame, and nothing else', async () => {
    const { ask } = background();
    expect((await ask('launcher/hello', {})).ok).toBe(true);
    expect(await ask('sites/list', {})).toEqual({ ok: false, error: 'Kindling only answers its own pages.' });
    expect(await ask('launcher/hello', {}, { url: WARD, tabId: 4, frameId: 3 })).toEqual({
      ok: false,
      error: 'Kindling only answers its own pages.',
    });
    expect(await ask('nudges/due', settled, { url: WARD })).toEqual({
      ok: false,
      error: 'Kindling only answers its own pages.',
    });
  });
});

describe('site preferences from the settings page', () => {
  it('keeps side, edge tab and kind of work per enabled site, and rejects anything else', async () => {
    const { ask, extensionBase, sites } = background();
    const options: Sender = { url: `${extensionBase}options.html` };
    expect(
      await ask('sites/prefs', { pattern: WARD_PATTERN, side: 'left', workKind: 'ward' }, options),
    ).toEqual({
      ok: true,
      value: {
        pattern: WARD_PATTERN,
        host: 'ward.example.org',
        side: 'left',
        collapsed: false,
        workKind: 'ward',
        prompts: true,
      },
    });
    // Open tabs of the site hear about it at once.
    expect(sites.prefsChanged).toHaveBeenCalledWith(WARD_PATTERN);
    expect(await ask('sites/prefs', { pattern: WARD_PATTERN, side: 'up' as never }, options)).toEqual({
      ok: false,
      error: 'Left or right?',
    });
    expect(
      await ask('sites/prefs', { pattern: 'https://other.example.org/*', collapsed: true }, options),
    ).toEqual({ ok: false, error: 'Kindling is not enabled on that site.' });
    await ask('sites/remove', { pattern: WARD_PATTERN }, options);
    expect(await settings.sitePrefs.getValue()).toEqual({});
  });

  it('starts from a fresh schedule', async () => {
    expect(await settings.nudgeState.getValue()).toEqual(EMPTY_STATE);
  });
});

describe('prompt cards from a content pack', () => {
  it('show a pack prompt that fits a card, and Save keeps its words', async () => {
    const { ask, actions } = background();
    const pack = {
      format: 'kindling-pack',
      schemaVersion: 1,
      id: 'org.example.ward',
      version: '1',
      name: 'Ward 7B',
      publisher: 'Example Hospital (fictional)',
      prompts: [
        {
          id: 'short',
          audience: 'patients',
          mode: 'ask',
          text: { en: 'Ask what matters to one patient today.' },
        },
        {
          id: 'long',
          audience: 'patients',
          mode: 'do',
          text: { en: 'Too long.' },
          detail: { en: 'x'.repeat(141) },
        },
      ],
    };
    await settings.packs.setValue([{ pack: pack as never, source: 'file', installedAt: 0 }]);
    await settings.nudgeState.setValue({ ...EMPTY_STATE, current: 'pack:org.example.ward/short' });
    const hello = await ask('launcher/hello', {});
    expect(hello.ok && hello.value.promptText).toBe('Ask what matters to one patient today.');

    expect((await ask('nudges/answer', { id: 'pack:org.example.ward/short', answer: 'save' })).ok).toBe(true);
    expect((await actions.list({}))[0]).toMatchObject({
      text: 'Ask what matters to one patient today.',
      source: { kind: 'prompt', promptId: 'pack:org.example.ward/short' },
    });

    // A detail longer than a card's one line stays in the sidebar.
    await settings.nudgeState.setValue({ ...EMPTY_STATE, current: 'pack:org.example.ward/long' });
    const again = await ask('launcher/hello', {});
    expect(again.ok && again.value.promptText).toBeUndefined();
  });
});
