import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  blocks,
  chooseNudges,
  effectiveSettings,
  parsePolicy,
  readEffectiveSettings,
  readPolicy,
  userChoicesOf,
  watchPolicy,
} from '@/lib/policy';

/** A hospital's whole policy, every key used well. */
const WARD_POLICY = {
  organization: { name: 'St Example Hospital', supportUrl: 'https://intranet.example.org/kindling' },
  sites: ['https://ehr.example.org/*', 'https://rota.example.org/*'],
  blockedSites: ['https://theatre.example.org/*', '*://*.lab.example.org/*'],
  settings: {
    pace: 240,
    quietHours: { from: '19:00', until: '07:30' },
    language: 'fr-BE',
    badge: false,
    reminders: true,
    wmtyDay: '06-04',
  },
  locked: ['pace', 'language'],
  disabledFeatures: ['checkin', 'export'],
  showWelcome: false,
};

describe('an organisation’s policy, key by key', () => {
  it('reads every key of a good policy with no problem', () => {
    const { policy, problems } = parsePolicy(WARD_POLICY);
    expect(problems).toEqual([]);
    expect(policy).toEqual({
      organization: { name: 'St Example Hospital', supportUrl: 'https://intranet.example.org/kindling' },
      sites: ['https://ehr.example.org/*', 'https://rota.example.org/*'],
      blockedSites: ['https://theatre.example.org/*', '*://*.lab.example.org/*'],
      settings: {
        pace: 240,
        quietHours: { from: 19 * 60, to: 7 * 60 + 30 },
        language: 'fr',
        badge: false,
        reminders: true,
        wmtyDay: '06-04',
      },
      locked: ['pace', 'language'],
      disabledFeatures: ['checkin', 'export'],
      showWelcome: false,
    });
  });

  it('no policy at all is the empty policy', () => {
    expect(parsePolicy({})).toEqual({
      policy: {
        sites: [],
        blockedSites: [],
        settings: {},
        locked: [],
        disabledFeatures: [],
        showWelcome: true,
      },
      problems: [],
    });
    expect(parsePolicy(null).problems).toEqual([]);
  });

  it('a bad value ignores only that key, element or sub-key, and names it', () => {
    const { policy, problems } = parsePolicy({
      organization: { name: 'St Example Hospital', supportUrl: 'http://intranet.example.org/' },
      sites: ['https://ehr.example.org/*', 'ehr.example.org', 42],
      blockedSites: 'https://theatre.example.org/*',
      settings: {
        pace: 45,
        quietHours: { from: '19:00', until: '19:00' },
        language: 'de',
        badge: 'yes',
        reminders: true,
        wmtyDay: '02-30',
        colour: 'blue',
      },
      locked: ['badge', 'reminders', 'everything'],
      disabledFeatures: ['checkin', 'games'],
      showWelcome: 'no',
      sitse: [],
    });
    expect(policy.organization).toEqual({ name: 'St Example Hospital' });
    expect(policy.sites).toEqual(['https://ehr.example.org/*']);
    expect(policy.blockedSites).toEqual([]);
    expect(policy.settings).toEqual({ reminders: true });
    expect(policy.locked).toEqual(['reminders']);
    expect(policy.disabledFeatures).toEqual(['checkin']);
    expect(policy.showWelcome).toBe(true);
    expect(problems).toEqual(
      expect.arrayContaining([
        { key: 'sitse', reason: 'unknownKey' },
        { key: 'organization.supportUrl', reason: 'notHttps' },
        { key: 'sites[1]', reason: 'notPattern' },
        { key: 'sites[2]', reason: 'notPattern' },
        { key: 'blockedSites', reason: 'notList' },
        { key: 'disabledFeatures[1]', reason: 'notFeature' },
        { key: 'settings.pace', reason: 'notPace' },
        { key: 'settings.quietHours', reason: 'notQuietHours' },
        { key: 'settings.language', reason: 'notLanguage' },
        { key: 'settings.badge', reason: 'notYesNo' },
        { key: 'settings.wmtyDay', reason: 'notDay' },
        { key: 'settings.colour', reason: 'unknownKey' },
        { key: 'locked[2]', reason: 'notSetting' },
        { key: 'locked.badge', reason: 'nothingToLock' },
        { key: 'showWelcome', reason: 'notYesNo' },
      ]),
    );
    expect(problems).toHaveLength(15);
  });

  it('an organisation needs a name to be shown', () => {
    expect(parsePolicy({ organization: 'St Example' }).problems).toEqual([
      { key: 'organization', reason: 'notObject' },
    ]);
    expect(parsePolicy({ organization: { name: '  ' } }).problems).toEqual([
      { key: 'organization.name', reason: 'notName' },
    ]);
  });

  it('blocked patterns may cover a whole domain or both schemes', () => {
    expect(blocks('*://*.lab.example.org/*', 'https://blood.lab.example.org/*')).toBe(true);
    expect(blocks('*://*.lab.example.org/*', 'http://lab.example.org/*')).toBe(true);
    expect(blocks('*://*.lab.example.org/*', 'https://notlab.example.org/*')).toBe(false);
    expect(blocks('https://theatre.example.org/*', 'http://theatre.example.org/*')).toBe(false);
    expect(
      parsePolicy({ blockedSites: ['https://*/*', 'https://a.example/path'] }).policy.blockedSites,
    ).toEqual([]);
  });

  it('the content pack is passed on unread for the pack module', () => {
    const pack = { format: 'kindling-pack' };
    expect(parsePolicy({ contentPack: pack }).policy.contentPack).toBe(pack);
  });
});

describe('which value is in force', () => {
  const { policy } = parsePolicy(WARD_POLICY);

  it('locked policy beats the user, the user beats a policy default, a default beats Kindling’s', () => {
    const { values, source } = effectiveSettings(policy, { pace: 30, badge: true });
    expect(values.pace).toBe(240);
    expect(source.pace).toBe('locked');
    expect(values.badge).toBe(true);
    expect(source.badge).toBe('user');
    expect(values.wmtyDay).toBe('06-04');
    expect(source.wmtyDay).toBe('policy');
    const none = effectiveSettings(parsePolicy({}).policy, {});
    expect(none.values).toEqual({
      pace: 120,
      quietHours: null,
      language: 'browser',
      badge: true,
      reminders: false,
      wmtyDay: '06-06',
    });
    expect(Object.values(none.source)).toEqual(Array(6).fill('default'));
  });

  it('a feature switched off acts as off whatever the settings say', () => {
    const { policy: off } = parsePolicy({ disabledFeatures: ['nudges', 'reminders'] });
    const { values } = effectiveSettings(off, { pace: 30, reminders: true });
    expect(values.pace).toBe(0);
    expect(values.reminders).toBe(false);
  });

  it('a setting the user never changed is not their choice', () => {
    expect(userChoicesOf({})).toEqual({});
    expect(userChoicesOf({ 'settings.language': 'browser', 'settings.wmtyDay': 'soon' })).toEqual({});
    expect(
      userChoicesOf({
        'settings.badge': false,
        'settings.nudges': { pace: 30, quiet: null },
        'settings.language': 'sv',
      }),
    ).toEqual({ badge: false, pace: 30, quietHours: null, language: 'sv' });
  });

  it('changing the pace keeps the organisation’s quiet hours until the user changes those too', () => {
    const paced = chooseNudges(undefined, { pace: 30, quiet: null }, 'pace');
    expect(userChoicesOf({ 'settings.nudges': paced })).toEqual({ pace: 30 });
    const { values } = effectiveSettings(policy, userChoicesOf({ 'settings.nudges': paced }));
    expect(values.quietHours).toEqual({ from: 19 * 60, to: 7 * 60 + 30 });
    const both = chooseNudges(paced, { pace: 30, quiet: { from: 60, to: 120 } }, 'quietHours');
    expect(userChoicesOf({ 'settings.nudges': both })).toEqual({
      pace: 30,
      quietHours: { from: 60, to: 120 },
    });
    // Stored before this marker existed (or restored from an export): both are the user's.
    expect(chooseNudges({ pace: 60, quiet: null }, { pace: 30, quiet: null }, 'pace').chosen).toEqual([
      'pace',
      'quietHours',
    ]);
  });
});

describe('reading the policy in the browser', () => {
  it('a browser with no policy (Firefox rejects) reads as no policy', async () => {
    const storage = {
      ...fakeBrowser.storage,
      managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) },
    };
    expect(await readPolicy(storage)).toEqual(parsePolicy({}));
  });

  it('a clinician’s own settings survive a policy that arrives, changes and goes away', async () => {
    await fakeBrowser.storage.local.set({
      'settings.badge': true,
      'settings.nudges': { pace: 30, quiet: null },
    });
    let changes = 0;
    const stop = watchPolicy(() => changes++);

    await fakeBrowser.storage.managed.set(WARD_POLICY);
    let now = await readEffectiveSettings(fakeBrowser.storage);
    expect(now.policy.organization?.name).toBe('St Example Hospital');
    expect(now.values).toMatchObject({ pace: 240, badge: true, reminders: true, language: 'fr' });

    await fakeBrowser.storage.managed.set({ locked: [] });
    now = await readEffectiveSettings(fakeBrowser.storage);
    expect(now.values).toMatchObject({ pace: 30, badge: true, language: 'fr' });

    await fakeBrowser.storage.managed.clear();
    now = await readEffectiveSettings(fakeBrowser.storage);
    expect(now.values).toMatchObject({ pace: 30, badge: true, reminders: false, language: 'browser' });
    expect(await fakeBrowser.storage.local.get(['settings.badge', 'settings.nudges'])).toEqual({
      'settings.badge': true,
      'settings.nudges': { pace: 30, quiet: null },
    });
    stop();
    expect(changes).toBeGreaterThanOrEqual(3);
  });
});
