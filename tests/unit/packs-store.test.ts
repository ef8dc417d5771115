import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import type { SiteManager } from '@/lib/background/sites';
import { createActionStore } from '@/lib/db/action-store';
import { createCheckinStore } from '@/lib/db/checkin-store';
import { parseStoredAction } from '@/lib/db/actions';
import { setLanguage } from '@/lib/i18n';
import { readPack, type Pack } from '@/lib/packs/format';
import { parseInstalled } from '@/lib/packs/installed';
import { packConversations, packLinks, packPrompts, pickWords } from '@/lib/packs/items';
import { createPackStore, readPolicyPack, type ManagedStorage } from '@/lib/packs/store';
import { prompts, conversations, recentConversations } from '@/lib/content';
import { todayPrompt } from '@/lib/prompts/today';
import { settings } from '@/lib/settings';
import { freshDb } from './support/fresh-db';

const root = path.resolve(import.meta.dirname, '../..');
const exampleJson = () => JSON.parse(readFileSync(path.join(root, 'docs/packs/example-pack.json'), 'utf8'));
const example = (): Pack => {
  const read = readPack(exampleJson());
  if (!read.ok) throw new Error(read.problem);
  return read.pack;
};
const versionOf = (version: string) => ({ ...exampleJson(), version });

/** The background's pack store over fake-browser storage; `managed` stands for the organisation's policy. */
function packStore(managed: ManagedStorage | undefined = fakeBrowser.storage.managed) {
  let clock = Date.UTC(2026, 11, 4, 9);
  return createPackStore({
    packs: settings.packs,
    policyProblem: settings.packPolicyProblem,
    managed,
    now: () => (clock += 1000),
  });
}
const installed = async () => parseInstalled(await settings.packs.getValue());

describe('a team lead imports a content pack', () => {
  it('keeps it from a file, then a newer version replaces it', async () => {
    const store = packStore();
    const first = await store.add(exampleJson());
    expect(first.replaced).toBeNull();
    expect((await installed()).map((each) => [each.pack.version, each.source])).toEqual([
      ['2026.11.1', 'file'],
    ]);

    const next = await store.add(versionOf('2026.12'));
    expect(next.replaced?.pack.version).toBe('2026.11.1');
    expect((await installed()).map((each) => each.pack.version)).toEqual(['2026.12']);
  });

  it('refuses the same or an older version, and changes nothing', async () => {
    const store = packStore();
    await store.add(versionOf('2.0'));
    const before = await settings.packs.getValue();
    await expect(store.add(versionOf('2.0'))).rejects.toThrow(
      'You already have version 2.0 of “Kindness at Example Community Health (fictional)”, and this file is version 2.0. Only a newer version replaces it.',
    );
    await expect(store.add(versionOf('1.9.9'))).rejects.toThrow('this file is version 1.9.9');
    expect(await settings.packs.getValue()).toEqual(before);
  });

  it('refuses a bad pack with the item and field named, and changes nothing', async () => {
    const store = packStore();
    await store.add(exampleJson());
    const before = await settings.packs.getValue();
    const bad = exampleJson();
    bad.version = '9';
    bad.prompts[1].audience = 'everyone';
    await expect(store.add(bad)).rejects.toThrow(
      'prompts[1].audience: must be "patients", "families" or "colleagues".',
    );
    expect(await settings.packs.getValue()).toEqual(before);
  });

  it('removes it, and gives it back for Undo', async () => {
    const store = packStore();
    await store.add(exampleJson());
    const removed = await store.remove('org.example.community-health');
    expect(await installed()).toEqual([]);
    await store.add(removed.pack);
    expect((await installed()).map((each) => each.pack.id)).toEqual(['org.example.community-health']);
    await expect(store.remove('no-such-pack')).rejects.toThrow('There is no content pack with that id.');
  });
});

describe('the organisation’s pack, by policy (storage.managed "contentPack")', () => {
  it('is none when there is no policy, even where storage.managed.get rejects (Firefox)', async () => {
    const rejecting: ManagedStorage = {
      get: () => Promise.reject(new Error('Managed storage manifest not found')),
    };
    expect(await readPolicyPack(rejecting)).toEqual({ pack: null, problem: null });
    expect(await readPolicyPack(fakeBrowser.storage.managed)).toEqual({ pack: null, problem: null });
  });

  it('is taken as managed, follows a policy change, and goes when the policy does', async () => {
    const store = packStore();
    await fakeBrowser.storage.managed.set({ contentPack: exampleJson() });
    await store.syncPolicy();
    expect((await installed()).map((each) => [each.pack.id, each.source])).toEqual([
      ['org.example.community-health', 'policy'],
    ]);
    await expect(store.remove('org.example.community-health')).rejects.toThrow(
      'is provided by your organisation, so it cannot be replaced or removed from settings.',
    );
    await expect(store.add(versionOf('2030.1'))).rejects.toThrow('is provided by your organisation');

    // The organisation may go back a version: its word is final.
    await fakeBrowser.storage.managed.set({ contentPack: versionOf('2026.1') });
    await store.syncPolicy();
    expect((await installed()).map((each) => each.pack.version)).toEqual(['2026.1']);

    await fakeBrowser.storage.managed.remove('contentPack');
    await store.syncPolicy();
    expect(await installed()).toEqual([]);
  });

  it('takes a pack written as a JSON string (a Windows registry value)', async () => {
    const managed: ManagedStorage = { get: async () => ({ contentPack: JSON.stringify(exampleJson()) }) };
    expect((await readPolicyPack(managed)).pack?.id).toBe('org.example.community-health');
  });

  it('keeps the last good pack when the policy’s pack is bad, and says why', async () => {
    const store = packStore();
    await fakeBrowser.storage.managed.set({ contentPack: exampleJson() });
    await store.syncPolicy();
    const bad = versionOf('2027');
    bad.links[0].url = 'http://www.example.org/';
    await fakeBrowser.storage.managed.set({ contentPack: bad });
    await store.syncPolicy();
    expect((await installed()).map((each) => each.pack.version)).toEqual(['2026.11.1']);
    expect(await settings.packPolicyProblem.getValue()).toBe(
      'links[0].url: must be a whole https:// address.',
    );

    await fakeBrowser.storage.managed.set({ contentPack: versionOf('2027') });
    await store.syncPolicy();
    expect(await settings.packPolicyProblem.getValue()).toBeNull();
  });
});

describe('pack items among Kindling’s own', () => {
  it('are namespaced by pack, so they never meet a built-in id', () => {
    const shown = packPrompts([{ pack: example(), source: 'file', installedAt: 0 }], 'en');
    expect(shown.map((prompt) => prompt.id)).toEqual([
      'pack:org.example.community-health/wmty-board',
      'pack:org.example.community-health/partners-thanks',
      'pack:org.example.community-health/families-listen',
    ]);
    const builtIn = new Set<string>(prompts.map((prompt) => prompt.id));
    expect(shown.some((prompt) => builtIn.has(prompt.id))).toBe(false);
  });

  it('speak the reader’s language, else English, else the first the pack has', () => {
    expect(pickWords({ fr: 'Bonjour', en: 'Hello' }, 'fr')).toEqual({ text: 'Bonjour', lang: 'fr' });
    expect(pickWords({ fr: 'Bonjour', en: 'Hello' }, 'sv')).toEqual({ text: 'Hello', lang: 'en' });
    expect(pickWords({ nl: 'Hallo', fr: 'Bonjour' }, 'sv')).toEqual({ text: 'Bonjour', lang: 'fr' });
    const [board, thanks, families] = packPrompts(
      [{ pack: example(), source: 'file', installedAt: 0 }],
      'nl',
    );
    expect(board!.text).toBe(
      'Vraag één patiënt wat belangrijk voor hem is en zet het op het bord bij het bed.',
    );
    expect(board!.lang).toBeUndefined();
    // Without a detail, the prompt's own words are the action saved.
    expect(thanks!.action).toBe(thanks!.text);
    expect(families).toMatchObject({ lang: 'en', publisher: 'Example Community Health Trust (fictional)' });
  });

  it('take part in today’s prompt, filtered by audience like the built-in ones', () => {
    const mine = packPrompts([{ pack: example(), source: 'file', installedAt: 0 }], 'en');
    const today = todayPrompt({
      prompts: mine,
      day: '2026-12-04',
      seed: 'ward-7b',
      audience: 'families',
      workKind: null,
      notForMe: [],
      wmtyDay: '06-06',
      another: 0,
    });
    expect(today.prompt?.id).toBe('pack:org.example.community-health/families-listen');
  });

  it('put a pack’s new conversation first among the Conversations, with its publisher', () => {
    const fromPack = packConversations([{ pack: example(), source: 'file', installedAt: 0 }], 'en');
    const newest = recentConversations([...conversations, ...fromPack], 1)[0];
    expect(newest).toMatchObject({
      date: '2026-11-01',
      publisher: 'Example Community Health Trust (fictional)',
    });
    const links = packLinks([{ pack: example(), source: 'file', installedAt: 0 }], 'sv');
    expect(links[0]!.links.map((link) => [link.title, link.lang])).toEqual([
      ['Vår kampanj ”Vad är viktigt för dig?” (påhittad)', undefined],
      ['Patient partner programme (fictional)', 'en'],
    ]);
  });
});

describe('an action saved from a pack prompt', () => {
  it('keeps its words after the pack is removed, and an export of it imports again', async () => {
    setLanguage('en');
    const db = freshDb();
    let next = 0;
    const handlers = createHandlers({
      actions: createActionStore(db, {
        now: () => Date.UTC(2026, 11, 4, 9),
        newId: () => `action-${++next}`,
      }),
      checkins: createCheckinStore(db, { now: Date.now, newId: () => `checkin-${++next}` }),
      sites: {} as SiteManager,
      notifyPages: vi.fn(),
      tellLauncher: async () => undefined,
      packs: packStore(),
    });
    const popup = { url: fakeBrowser.runtime.getURL('/popup.html') };
    await handlers['packs/add']({ pack: exampleJson() }, popup);
    const [board] = packPrompts(await installed(), 'en');
    await handlers['actions/save'](
      { text: board!.action, source: { kind: 'prompt', promptId: board!.id } },
      popup,
    );

    await handlers['packs/remove']({ id: 'org.example.community-health' }, popup);
    const [saved] = await handlers['actions/list']({}, popup);
    expect(saved).toMatchObject({
      text: 'Ask one patient what matters to them today and write it on their bedside board with them',
      source: { kind: 'prompt', promptId: 'pack:org.example.community-health/wmty-board' },
    });
    expect(parseStoredAction(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });
});
