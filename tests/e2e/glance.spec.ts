import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { prompts } from '../../lib/content';
import { expect, test } from './fixtures';
import { axeClean, noSidewaysScroll } from './a11y';

/** Where the views' screenshots go, for people to look at. */
const SHOTS = 'test-results/glance';
const VIEWS = [
  ['Today', 'today'],
  ['Prompts', 'prompts'],
  ['Why kindness', 'why'],
  ['Conversations', 'conversations'],
  ['Check-in', 'checkin'],
] as const;
const LONG =
  'Sit with one family at visiting time, ask what matters most to them this week and write it on the board';

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('The keyboard never reached the control.');
}

async function openSidebarTab(page: Page, extensionId: string, width = 380, height = 800) {
  await page.setViewportSize({ width, height });
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(page.getByRole('tab', { name: 'Today', selected: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Another prompt' })).toBeVisible();
}

/** Saves actions through the same message the sidebar uses, from inside the extension page. */
async function saveActions(page: Page, texts: string[]) {
  for (const text of texts) {
    await page.evaluate(
      (data) => chrome.runtime.sendMessage({ channel: 'kindling', type: 'actions/save', data }),
      { text, source: { kind: 'own' } },
    );
  }
}
/** The extension API inside Kindling's own page, where these tests evaluate code. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: {
      set(items: Record<string, unknown>): Promise<void>;
      get(key: string): Promise<Record<string, unknown>>;
    };
  };
};

test('a clinician, keyboard only, saves today’s prompt, asks for another, and browses the tabs', async ({
  kindling,
}) => {
  const page = await kindling.context.newPage();
  await openSidebarTab(page, kindling.extensionId);

  const card = page.locator('.today-card');
  const promptId = await card.getAttribute('data-prompt-id');
  const prompt = prompts.find((each) => each.id === promptId)!;
  await expect(card).toContainText(prompt.text);

  const save = page.getByRole('button', { name: 'Save as my action' });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await expect(page.locator('.today-prompt').getByRole('status')).toHaveText('Saved to your actions');
  await expect(page.locator('.today-prompt').getByRole('button', { name: 'Saved' })).toBeFocused();
  await expect(page.locator('.recent-actions')).toContainText(prompt.action);
  // Reopened the same day, the sidebar still knows today's prompt was saved.
  await page.reload();
  await expect(page.locator('.today-prompt').getByRole('button', { name: 'Saved' })).toBeVisible();
  await tabTo(page, page.locator('.today-prompt').getByRole('button', { name: 'Saved' }));

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Another prompt' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card).not.toHaveAttribute('data-prompt-id', prompt.id);
  await expect(page.getByRole('button', { name: 'Save as my action' })).toBeVisible();

  // Tabs: one Tab stop, arrow keys move and select.
  const today = page.getByRole('tab', { name: 'Today' });
  await tabTo(page, today, 'Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Prompts', selected: true })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'What matters to you?' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Check-in', selected: true })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  const conversationsTab = page.getByRole('tab', { name: 'Conversations', selected: true });
  await expect(conversationsTab).toBeFocused();

  const search = page.getByRole('searchbox', { name: 'Search conversations' });
  await tabTo(page, search);
  const all = await page.locator('.conversation').count();
  expect(all).toBeGreaterThan(5);
  await page.keyboard.type('Red Cross');
  await expect(page.locator('.conversation')).not.toHaveCount(all);
  await expect(page.locator('.conversation').first()).toContainText(/red cross/i);

  await tabTo(page, conversationsTab, 'Shift+Tab');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Why kindness', selected: true })).toBeFocused();
  const claim = page.getByRole('button', { name: 'Better clinical outcomes' });
  await tabTo(page, claim);
  await expect(claim).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(claim).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#evidence-theory-outcomes')).toBeVisible();
  await expect(page.locator('#evidence-theory-outcomes .sources li').first()).toBeVisible();
});

test('Today marks an open action done or lets it go in place, and fits 380×800 without scrolling', async ({
  kindling,
}) => {
  const page = await kindling.context.newPage();
  await openSidebarTab(page, kindling.extensionId);
  await saveActions(page, [`${LONG} (1)`, `${LONG} (2)`, `${LONG} (3)`, `${LONG} (4)`]);
  await expect(page.locator('.recent-actions li')).toHaveCount(3);
  const fits = () =>
    page.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight);
  expect(await fits()).toBe(true);

  const done = page.getByRole('button', { name: `Mark done: ${LONG} (4)` });
  await tabTo(page, done);
  await page.keyboard.press('Enter');
  await expect(page.locator('.open-actions').getByRole('status')).toHaveText(`Marked done: ${LONG} (4)`);
  await expect(page.getByRole('heading', { name: 'Your open actions' })).toBeFocused();
  await expect(page.locator('.recent-actions li')).toHaveCount(3);
  await expect(page.locator('.recent-actions')).toContainText(`${LONG} (1)`);

  await page.getByRole('button', { name: `Let go: ${LONG} (3)` }).press('Enter');
  await expect(page.locator('.recent-actions')).not.toContainText(`${LONG} (3)`);

  await saveActions(page, [`${LONG} (5)`]);
  await expect(page.locator('.recent-actions li')).toHaveCount(3);

  // On What Matters To You Day (here: today, chosen in settings) Today says so and leads with an ask prompt.
  const now = new Date();
  const mmdd = `${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  await page.evaluate((value) => chrome.storage.local.set({ 'settings.wmtyDay': value }), mmdd);
  await expect(page.getByRole('heading', { name: 'Today is What Matters To You Day' })).toBeVisible();
  await expect(page.locator('.today-card .tag')).toContainText('Ask');
  // Whichever prompt the day brings, Today still fits: walk through every one.
  const another = page.getByRole('button', { name: 'Another prompt' });
  for (let seen = 0; seen < prompts.length; seen++) {
    expect(await fits(), (await page.locator('.today-card').getAttribute('data-prompt-id')) ?? '').toBe(true);
    const shown = await page.locator('.today-card').getAttribute('data-prompt-id');
    await another.press('Enter');
    await expect(page.locator('.today-card')).not.toHaveAttribute('data-prompt-id', shown!);
  }

  // "Not for me" sets the prompt aside for good.
  const setAside = await page.locator('.today-card').getAttribute('data-prompt-id');
  await page.getByRole('button', { name: 'Not for me' }).press('Enter');
  await expect(page.locator('.today-card')).not.toHaveAttribute('data-prompt-id', setAside!);
  await page.reload();
  await expect(page.locator('.today-card')).not.toHaveAttribute('data-prompt-id', setAside!);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every view passes axe in ${scheme}, at 380 px, 320 px and 200 % zoom, with no sideways scrolling`, async ({
    kindling,
  }) => {
    test.setTimeout(480_000);
    await mkdir(SHOTS, { recursive: true });
    const page = await kindling.context.newPage();
    await openSidebarTab(page, kindling.extensionId);
    await saveActions(page, [LONG, 'Thank the night team', `${LONG}, again`]);

    const layouts = [
      { name: '380', width: 380, zoom: 1 },
      { name: '320', width: 320, zoom: 1 },
      { name: 'zoom200', width: 640, zoom: 2 },
    ] as const;
    await page.emulateMedia({ colorScheme: scheme });
    for (const layout of layouts) {
      await page.setViewportSize({ width: layout.width, height: 800 });
      await page.evaluate((zoom) => (document.documentElement.style.zoom = String(zoom)), layout.zoom);
      for (const [name, key] of VIEWS) {
        await page.getByRole('tab', { name }).click();
        await expect(page.locator(`#panel-${key}`)).not.toContainText('Loading…');
        await expect(page.locator(`#panel-${key} :is(h2, h3, button)`).first()).toBeVisible();
        if (key === 'why') await page.getByRole('button', { name: 'Better clinical outcomes' }).click();
        if (key === 'prompts') await page.locator('#panel-prompts summary').first().click();
        const label = `${key} ${scheme} ${layout.name}`;
        await noSidewaysScroll(page);
        await axeClean(page, label);
        if (layout.zoom === 1)
          await page.screenshot({ path: `${SHOTS}/${key}-${scheme}-${layout.name}.png` });
        if (key === 'why') await page.getByRole('button', { name: 'Better clinical outcomes' }).click();
      }
      await page.getByRole('tab', { name: 'Today' }).click();
    }
  });
}

test('the sidebar still opens on the check-in with ?view=checkin', async ({ kindling }) => {
  const page = await kindling.context.newPage();
  await page.goto(`chrome-extension://${kindling.extensionId}/sidepanel.html?view=checkin`);
  await expect(page.getByRole('tab', { name: 'Check-in', selected: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: /check-in/i }).first()).toBeVisible();
});

test('the welcome page says what Kindling never does, sets the pace, passes axe, and can be skipped', async ({
  kindling,
}) => {
  await mkdir(SHOTS, { recursive: true });
  const page = await kindling.context.newPage();
  await page.goto(`chrome-extension://${kindling.extensionId}/welcome.html`);
  await expect(page.getByRole('heading', { name: 'What Kindling never does' })).toBeVisible();
  await expect(page.getByRole('img', { name: /toolbar popup/ })).toHaveJSProperty('complete', true);
  expect(
    await page
      .getByRole('img', { name: /toolbar popup/ })
      .evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBe(380);

  const daily = page.getByRole('radio', { name: 'At most once a day' });
  await tabTo(page, page.getByRole('radio', { checked: true }));
  while (!(await daily.isChecked())) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('status')).toHaveText('Saved. You are ready.');
  const stored = await page.evaluate(() => chrome.storage.local.get('settings.nudges'));
  expect(stored['settings.nudges']).toMatchObject({ pace: 1440 });

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const layout of [
      { name: '1024', width: 1024, zoom: 1 },
      { name: '320', width: 320, zoom: 1 },
      { name: 'zoom200', width: 640, zoom: 2 },
    ]) {
      await page.setViewportSize({ width: layout.width, height: 800 });
      await page.evaluate((zoom) => (document.documentElement.style.zoom = String(zoom)), layout.zoom);
      await noSidewaysScroll(page);
      await axeClean(page, `welcome ${scheme} ${layout.name}`);
      if (layout.zoom === 1)
        await page.screenshot({ path: `${SHOTS}/welcome-${scheme}-${layout.name}.png`, fullPage: true });
    }
  }

  const skip = page.getByRole('button', { name: 'Skip, I’ll explore myself' });
  await skip.focus();
  // The page closes itself while the key press is still being reported.
  await Promise.all([page.waitForEvent('close'), page.keyboard.press('Enter').catch(() => undefined)]);
  expect(page.isClosed()).toBe(true);
});
