// Kindling's main journeys in a real, headless Firefox (npm run test:firefox).
/* global window, document */ // page and sidebar code run in the browser via evaluate()
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { URL, fileURLToPath } from 'node:url';
import { startDemoServer } from '../support/demo-server.mjs';
import {
  clickIn,
  downloadPrefs,
  FIREFOX_OWN_HOSTS,
  freshProfile,
  launchFirefox,
  openDemo,
  openExtensionPage,
  openSidebar,
  startRecordingProxy,
  tabToLauncher,
  until,
} from '../support/firefox.mjs';

let demo;
let proxy;
/** One Firefox, every request of which goes to the recording proxy, shared by the journeys that allow it. */
let shared = null;
before(async () => {
  demo = await startDemoServer({ port: 0 });
  proxy = await startRecordingProxy();
});
after(async () => {
  if (shared) {
    await shared.browser.close();
    await shared.profile.remove();
  }
  await proxy.close();
  await demo.close();
});

async function sharedFirefox() {
  if (!shared) {
    const profile = await freshProfile();
    shared = { profile, browser: await launchFirefox(profile.dir, { prefs: proxy.prefs }) };
  }
  return shared.browser;
}

/** Runs `journey` with a Firefox on a fresh profile, and closes it afterwards. */
async function withFirefox(journey) {
  const profile = await freshProfile();
  const session = { profile: profile.dir, browser: await launchFirefox(profile.dir) };
  try {
    await journey(session);
  } finally {
    await session.browser.close();
    await profile.remove();
  }
}

/** What a screen reader would call the focused element: its label, its aria-label or its text. */
const focusedName = (page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    const name =
      element?.labels?.[0]?.textContent || element?.getAttribute('aria-label') || element?.textContent || '';
    return name.replace(/\s+/g, ' ').trim();
  });

/** Presses Tab until the focused element's name starts with `name`, as a keyboard user would. */
async function tabTo(page, name, most = 25) {
  for (let presses = 0; presses < most; presses++) {
    if ((await focusedName(page)).startsWith(name)) return;
    await page.keyboard.press('Tab');
  }
  assert.equal(await focusedName(page), name, `Tab never reached ${name}`);
}

/** Waits until the focused element's name starts with `name` (a heading Kindling moves focus to). */
const focusReaches = (page, name) =>
  until(async () => (await focusedName(page)).startsWith(name), `focus on ${name}`);

const bodyText = (page) => page.evaluate(() => document.body.innerText);

/** Writes actions of one's own in the popup, by keyboard, newest last. */
async function writeActions(popup, texts) {
  for (const text of texts) {
    await popup.evaluate(() =>
      [...document.querySelectorAll('label')]
        .find((label) => label.textContent.trim() === 'Write your own action')
        .control.focus(),
    );
    await popup.keyboard.type(text);
    await popup.keyboard.press('Enter');
    await until(async () => (await actionTexts(popup)).includes(text), `${text} in the popup`);
  }
}

/** The newest finished download in `dir` whose name matches `pattern`. */
const downloaded = (dir, pattern) =>
  until(async () => {
    const names = (await readdir(dir)).filter((name) => pattern.test(name));
    return names.length ? path.join(dir, names.at(-1)) : null;
  }, `a download matching ${pattern}`);

/** The nudge state the background keeps (which prompt is shown, which were answered "Not now"). */
const nudgeState = (extensionPage) =>
  extensionPage.evaluate(
    async () => (await window.browser.storage.local.get('nudges.state'))['nudges.state'],
  );

const DEMO_DIR = fileURLToPath(new URL('../demo/', import.meta.url));
const DEMO_ROUTES = new Set(['/', '/keys', '/favicon.ico']);
/** True for a request the demo pages make themselves: a route or one of their files. */
const isDemoRequest = (url) => {
  const { pathname } = new URL(url, 'http://localhost');
  return DEMO_ROUTES.has(pathname) || existsSync(path.join(DEMO_DIR, pathname));
};

const actionTexts = (popup) =>
  popup.evaluate(() => [...document.querySelectorAll('.action-text')].map((node) => node.textContent));

/**
 * Every Firefox journey. A journey is one test; add new ones here (the snooping page of the
 * trust work belongs in this list once it lands).
 */
const journeys = {
  'a clinician opens Kindling on the ward page, saves a prompt, sees it in the popup, and still finds it after a restart':
    () =>
      withFirefox(async (session) => {
        const ward = await openDemo(session.browser, `${demo.origin}/`);
        const sidebar = await openSidebar(ward);
        const saved = await sidebar.evaluate(
          () => document.querySelector('[data-prompt-id]').dataset.promptId,
        );
        await clickIn(ward, sidebar, `[data-prompt-id="${saved}"] button`);
        await until(
          () =>
            sidebar.evaluate(
              (id) => document.querySelector(`[data-prompt-id="${id}"] [role="status"]`)?.textContent,
              saved,
            ),
          'the saved notice',
        );
        const popup = await openExtensionPage(session.browser, 'popup.html');
        const before = await until(async () => {
          const texts = await actionTexts(popup);
          return texts.length ? texts : null;
        }, 'the action in the popup');
        assert.equal(before.length, 1);

        await session.browser.close();
        session.browser = await launchFirefox(session.profile, { install: false });
        const popupAfterRestart = await openExtensionPage(session.browser, 'popup.html');
        assert.deepEqual(
          await until(async () => {
            const texts = await actionTexts(popupAfterRestart);
            return texts.length ? texts : null;
          }, 'the action after restart'),
          before,
        );
      }),

  "keys typed in the sidebar never reach the page, and / or ' do not open Firefox's Quick Find on it": () =>
    withFirefox(async ({ browser }) => {
      const page = await openDemo(browser, `${demo.origin}/keys`);
      const sidebar = await openSidebar(page);
      await clickIn(page, sidebar, 'h2');
      const heard = await page.evaluate(() => window.seenKeys.length);
      for (const opener of ['/', "'"]) {
        await page.keyboard.press(opener);
        await page.keyboard.type('Order');
        assert.equal(
          await sidebar.evaluate(() => document.hasFocus()),
          true,
          `${opener} took focus from the sidebar`,
        );
        assert.equal(
          await page.evaluate(() => window.getSelection().toString()),
          '',
          `${opener} searched the page`,
        );
      }
      assert.equal(await page.evaluate(() => window.seenKeys.length), heard, 'the page heard our keys');
    }),

  'a ward manager exports everything and imports it into a fresh Firefox profile': async () => {
    const downloads = await freshProfile();
    const profile = await freshProfile();
    let browser = await launchFirefox(profile.dir, { prefs: downloadPrefs(downloads.dir) });
    try {
      const popup = await openExtensionPage(browser, 'popup.html');
      await writeActions(popup, ['=HYPERLINK("x") is just words', 'Say "thank you", by name']);
      const written = await actionTexts(popup);
      const options = await openExtensionPage(browser, 'options.html');
      await options.focus('body');
      await tabTo(options, 'Export everything: actions, check-ins and settings (JSON)', 80);
      await options.keyboard.press('Enter');
      const jsonPath = await downloaded(downloads.dir, /^kindling-\d{4}-\d{2}-\d{2}\.json$/);
      const exported = await until(async () => {
        try {
          return JSON.parse(await readFile(jsonPath, 'utf8'));
        } catch {
          return null; // still being written
        }
      }, 'the whole export');
      assert.equal(exported.app, 'kindling');
      assert.equal(exported.actions.length, 2);
      await browser.close();

      // Someone else's browser: a fresh profile with nothing saved.
      await profile.remove();
      browser = await launchFirefox(profile.dir);
      const freshOptions = await openExtensionPage(browser, 'options.html');
      const importField = await freshOptions.$('.journal-settings input[type="file"]');
      await importField.uploadFile(jsonPath);
      await until(
        async () => (await bodyText(freshOptions)).includes('Actions: 2 added, 0 updated, 0 skipped.'),
        'the import report',
      );
      // The export carries the settings too; restoring them waits for the user's yes.
      await until(
        async () => (await bodyText(freshOptions)).includes('This file also has settings'),
        'the offer to restore settings',
      );
      const freshPopup = await openExtensionPage(browser, 'popup.html');
      assert.deepEqual(
        await until(async () => {
          const texts = await actionTexts(freshPopup);
          return texts.length === 2 ? texts : null;
        }, 'the imported actions'),
        written,
      );
    } finally {
      await browser.close();
      await profile.remove();
      await downloads.remove();
    }
  },

  "a ward manager walks the leaders' check-in by keyboard and finds the note as an action in the popup":
    async () => {
      const NOTE = 'Pair each agency nurse with a buddy for the first hour';
      const browser = await sharedFirefox();
      const page = await openExtensionPage(browser, 'sidepanel.html?view=checkin');
      await until(async () => (await bodyText(page)).includes('Prepare a meeting'), 'the check-in');
      await page.evaluate(() => document.querySelector('input[type="radio"]').focus());
      assert.equal(await focusedName(page), 'Team huddle');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      assert.equal(await focusedName(page), 'Incident review');
      assert.equal(await page.evaluate(() => document.activeElement.checked), true);
      await tabTo(page, 'Begin check-in');
      await page.keyboard.press('Enter');

      await focusReaches(page, 'Before you start');
      await tabTo(page, 'Notes on whose voice is missing');
      await page.keyboard.type('The family has not been asked yet');
      await tabTo(page, 'Start with the first lens');
      await page.keyboard.press('Enter');

      await focusReaches(page, 'White hat: Facts');
      await tabTo(page, 'Your notes: Facts');
      await page.keyboard.type(NOTE);
      await tabTo(page, 'Save this note as an action');
      await page.keyboard.press('Enter');
      await until(async () => (await bodyText(page)).includes('Saved as an action'), 'the saved notice');
      for (const next of [
        'Red hat: Feelings',
        'Black hat: Caution',
        'Yellow hat: Benefits',
        'Green hat: New ideas',
        'Blue hat: Process and organisation',
      ]) {
        await tabTo(page, 'Next lens');
        await page.keyboard.press('Enter');
        await focusReaches(page, next);
      }
      await tabTo(page, 'Finish check-in');
      await page.keyboard.press('Enter');
      await focusReaches(page, 'Kindness check-in summary');
      const summary = await bodyText(page);
      assert.ok(summary.includes('Incident review'));
      assert.ok(summary.includes(`${NOTE} (White hat: Facts)`));
      assert.ok(summary.includes('The family has not been asked yet'));

      const popup = await openExtensionPage(browser, 'popup.html');
      await until(async () => (await actionTexts(popup)).includes(NOTE), 'the note in the popup');
      await page.close();
      await popup.close();
    },

  "keys typed on the prompt card's buttons never reach the page, and do not open Quick Find": async () => {
    const browser = await sharedFirefox();
    const page = await openDemo(browser, `${demo.origin}/keys`);
    const background = await openExtensionPage(browser, 'options.html');
    // The test build shows a prompt 2 s after the page settles.
    const shown = await until(async () => (await nudgeState(background))?.current, 'a prompt');
    await page.bringToFront();
    await tabToLauncher(page);
    const heard = () => page.evaluate(() => [...window.seenKeys]);
    const before = await heard();
    // Launcher, then the card's "Save as my action", then "Not now".
    for (const stop of ['Save as my action', 'Not now']) {
      await page.keyboard.press('Tab');
      for (const key of ['/', "'", 'o']) await page.keyboard.press(key);
      await page.keyboard.type('Order');
      assert.equal(
        await page.evaluate(() => document.activeElement?.localName),
        'kindling-root',
        `focus left Kindling on ${stop}`,
      );
      // Quick Find would take focus to Firefox's find bar, away from the page.
      assert.equal(await page.evaluate(() => document.hasFocus()), true, `${stop}: / or ' opened Quick Find`);
      assert.equal(await page.evaluate(() => window.getSelection().toString()), '', `${stop}: Quick Find`);
    }
    // Space answers the focused button: the background records "Not now" for the shown prompt.
    await page.keyboard.press(' ');
    await until(async () => (await nudgeState(background))?.notNow?.[shown], 'Not now for the prompt');
    assert.deepEqual(await heard(), before, 'the page heard keys typed on the prompt card');
    await background.close();
    await page.close();
  },

  "no request leaves the browser across a clinician's day (launcher, sidebar, popup, options)": async () => {
    const browser = await sharedFirefox();
    const ward = await openDemo(browser, `${demo.origin}/`);
    const sidebar = await openSidebar(ward);
    await clickIn(ward, sidebar, '[data-prompt-id] button');
    await until(
      () => sidebar.evaluate(() => !!document.querySelector('[data-prompt-id] [role="status"]')),
      'saved',
    );
    const popup = await openExtensionPage(browser, 'popup.html');
    await until(async () => (await actionTexts(popup)).length > 0, 'the action in the popup');
    const options = await openExtensionPage(browser, 'options.html');
    await until(async () => (await bodyText(options)).includes('Export everything'), 'the options');
    // Let anything Kindling might send after rendering reach the proxy before we look.
    await sleep(1_000);
    assert.deepEqual(
      proxy.seen.filter((request) => !FIREFOX_OWN_HOSTS.some((host) => request.includes(host))),
      [],
      'requests went out through the proxy',
    );
    assert.deepEqual(
      demo.requests.filter((url) => !isDemoRequest(url)),
      [],
      'requests to the page server that the demo pages did not make',
    );
    for (const page of [ward, popup, options]) await page.close();
  },
};

describe('Kindling in Firefox', { concurrency: 1 }, () => {
  for (const [name, journey] of Object.entries(journeys)) test(name, { timeout: 240_000 }, journey);
});
