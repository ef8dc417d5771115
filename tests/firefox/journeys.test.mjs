// Kindling's main journeys in a real, headless Firefox (npm run test:firefox).
/* global window, document */ // page and sidebar code run in the browser via evaluate()
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoServer } from '../support/demo-server.mjs';
import {
  clickIn,
  freshProfile,
  launchFirefox,
  openDemo,
  openExtensionPage,
  openSidebar,
  until,
} from '../support/firefox.mjs';

let demo;
before(async () => {
  demo = await startDemoServer({ port: 0 });
});
after(() => demo.close());

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
};

describe('Kindling in Firefox', { concurrency: 1 }, () => {
  for (const [name, journey] of Object.entries(journeys)) test(name, { timeout: 240_000 }, journey);
});
