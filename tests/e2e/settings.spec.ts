import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, kindlingIn, test } from './fixtures';
import { axeClean, noSidewaysScroll } from './a11y';

/** Where the settings page's screenshots go, for people to look at. */
const SHOTS = 'test-results/settings';
const SECTIONS = [
  'Sites',
  'Prompts',
  'Content packs',
  'Your actions',
  'Your data',
  'Language',
  'Keyboard',
  'Privacy',
] as const;
const LAYOUTS = [
  { name: '1280', width: 1280, zoom: 1 },
  { name: '320', width: 320, zoom: 1 },
  { name: 'zoom200', width: 640, zoom: 2 },
] as const;

async function openSettings(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Kindling settings', level: 1 })).toBeVisible();
  await expect(page.getByLabel('How often')).toBeVisible();
}

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('The keyboard never reached the control.');
}

/** Moves through a closed select with the arrow keys until `value` is chosen, as on Windows and Linux. */
async function arrowTo(page: Page, select: Locator, value: string): Promise<void> {
  await expect(select).toBeFocused();
  const values = await select
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const from = values.indexOf(await select.inputValue());
  const to = values.indexOf(value);
  expect(to, `option ${value}`).toBeGreaterThanOrEqual(0);
  for (let step = 0; step < Math.abs(to - from); step++) {
    await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  }
  await expect(select).toHaveValue(value);
}

/** Every scheme and layout of the page in its current state: axe, no sideways scroll, screenshots. */
async function checkEveryLayout(page: Page, state: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const layout of LAYOUTS) {
      await page.setViewportSize({ width: layout.width, height: 900 });
      await page.evaluate((zoom) => (document.documentElement.style.zoom = String(zoom)), layout.zoom);
      const label = `${state} ${scheme} ${layout.name}`;
      await noSidewaysScroll(page, label);
      await axeClean(page, label);
      if (layout.zoom === 1)
        await page.screenshot({ path: `${SHOTS}/${state}-${scheme}-${layout.name}.png`, fullPage: true });
    }
  }
  await page.evaluate(() => (document.documentElement.style.zoom = '1'));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a nurse, keyboard only, reaches each section from the contents, sets the pace and What Matters To You Day, and finds them kept', async ({
  kindling,
}) => {
  const page = await kindling.context.newPage();
  await openSettings(page, kindling.extensionId);
  const contents = page.getByRole('navigation', { name: 'On this page' });

  for (const name of SECTIONS) {
    await tabTo(page, contents.getByRole('link', { name }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    // Following the link moves focus to the section's heading, so the next Tab goes on from there.
    await expect(page.getByRole('heading', { name, level: 2 })).toBeFocused();
    await expect(page.getByRole('region', { name })).toBeInViewport();
  }

  await tabTo(page, contents.getByRole('link', { name: 'Prompts' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await arrowTo(page, page.getByLabel('How often'), '1440');
  await expect(page.getByRole('region', { name: 'Prompts' }).getByRole('status').first()).toHaveText('Saved');

  const wmty = page.getByRole('group', { name: 'What Matters To You Day' });
  await tabTo(page, wmty.getByLabel('Month'));
  await arrowTo(page, wmty.getByLabel('Month'), '3');
  await page.keyboard.press('Shift+Tab');
  await arrowTo(page, wmty.getByLabel('Day'), '14');
  await expect(wmty.getByRole('status')).toHaveText('Saved.');

  // No prompt cards on the ward system while a long handover runs there; the launcher stays.
  const promptsHere = page.getByRole('checkbox', { name: 'Prompts on localhost' });
  await expect(promptsHere).toBeChecked();
  await tabTo(page, promptsHere, 'Shift+Tab');
  await page.keyboard.press('Space');
  await expect(promptsHere).not.toBeChecked();

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Prompts on localhost' })).not.toBeChecked();
  await expect(page.getByLabel('How often')).toHaveValue('1440');
  await expect(wmty.getByLabel('Month')).toHaveValue('3');
  await expect(wmty.getByLabel('Day')).toHaveValue('14');

  // The shortcut that shows the sidebar, and the browser's own page for changing it.
  const keyboard = page.getByRole('region', { name: 'Keyboard' });
  await expect(keyboard.locator('kbd')).toHaveText('Alt+Shift+K');
  const change = keyboard.getByRole('button', { name: 'Open the browser’s shortcut settings' });
  await tabTo(page, change);
  const [shortcuts] = await Promise.all([
    kindling.context.waitForEvent('page'),
    page.keyboard.press('Enter'),
  ]);
  await expect.poll(() => shortcuts.url()).toBe('chrome://extensions/shortcuts');
});

test('removing a site asks first: Cancel keeps it, Yes removes it and the launcher leaves the open ward tab', async ({
  kindling,
}) => {
  const ward = await kindling.openDemo();
  const page = await kindling.context.newPage();
  await openSettings(page, kindling.extensionId);
  const sites = page.getByRole('list', { name: 'Sites where Kindling runs' });
  const row = sites.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '127.0.0.1' }) });
  await expect(row).toHaveCount(1);

  const remove = row.getByRole('button', { name: 'Remove 127.0.0.1' });
  await tabTo(page, remove);
  await page.keyboard.press('Enter');
  const question = page.getByRole('alertdialog', { name: 'Remove 127.0.0.1 from Kindling?' });
  await expect(question).toContainText('gives back its permission to run there');
  await expect(question).toContainText('Your actions and check-ins stay');
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(remove).toBeFocused();
  await expect(row).toHaveCount(1);

  // Escape keeps it too.
  await page.keyboard.press('Enter');
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(remove).toBeFocused();
  expect(await kindlingIn(ward).control('button', 'Open Kindling').visible()).toBe(true);

  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await expect(question.getByRole('button', { name: 'Yes, remove 127.0.0.1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Sites' }).getByRole('status')).toHaveText(
    '127.0.0.1 was removed. Kindling no longer runs there.',
  );
  await expect(row).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Sites', level: 2 })).toBeFocused();
  await expect.poll(() => kindlingIn(ward).control('button', 'Open Kindling').visible()).toBe(false);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'localhost' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '127.0.0.1' })).toHaveCount(0);
});

test('the settings page passes axe in every state, light and dark, at 320 px and 200 % zoom, without sideways scrolling', async ({
  kindling,
}) => {
  test.setTimeout(480_000);
  await mkdir(SHOTS, { recursive: true });
  const page = await kindling.context.newPage();
  await openSettings(page, kindling.extensionId);
  await expect(page.getByRole('heading', { name: '127.0.0.1' })).toBeVisible();
  await expect(page.locator('.shortcut kbd')).toBeVisible();
  await checkEveryLayout(page, 'sites');

  await page.getByRole('button', { name: 'Remove localhost' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await checkEveryLayout(page, 'remove-confirm');
  await page.getByRole('button', { name: 'Cancel' }).click();

  const data = page.getByRole('region', { name: 'Your data' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    data.getByRole('button', { name: 'Export everything: actions, check-ins and settings (JSON)' }).click(),
  ]);
  await data.getByLabel('Import a Kindling export (JSON)').setInputFiles((await download.path())!);
  await expect(data.getByRole('region', { name: 'This file also has settings' })).toBeVisible();
  await checkEveryLayout(page, 'restore-offer');
  await data.getByRole('button', { name: 'Keep my settings' }).click();

  for (const host of ['localhost', '127.0.0.1']) {
    await page.getByRole('button', { name: `Remove ${host}` }).click();
    await page.getByRole('button', { name: `Yes, remove ${host}` }).click();
    await expect(page.getByRole('heading', { name: host })).toHaveCount(0);
  }
  await expect(page.getByText('No sites yet.')).toBeVisible();
  await checkEveryLayout(page, 'no-sites');
});
