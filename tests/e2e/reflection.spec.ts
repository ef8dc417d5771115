import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeClean, noSidewaysScroll } from './a11y';

const SHOTS = 'test-results/reflection';
const LAYOUTS = [
  { name: '1280', width: 1280, zoom: 1 },
  { name: '320', width: 320, zoom: 1 },
  { name: 'zoom200', width: 640, zoom: 2 },
] as const;
type Layout = { name: string; width: number; zoom: number };

/** Light and dark, wide, 320 px and 200 % zoom: axe finds nothing and nothing scrolls sideways. */
async function checkEveryLayout(page: Page, state: string, layouts: readonly Layout[] = LAYOUTS) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const layout of layouts) {
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

test('a nurse writes the three parts of a reflection and takes them to appraisal as a printout and Markdown', async ({
  kindling,
}) => {
  const popup = await kindling.openPopup();
  const field = popup.getByLabel('Write your own action');
  await field.fill('Ask Mrs A what she wants to be called');
  await field.press('Enter');
  const action = popup.locator('.action').filter({ hasText: 'Mrs A' });
  await action.getByRole('button', { name: 'Mark done' }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByLabel('What happened?')).toBeFocused();
  await popup.keyboard.type('She prefers Nell, not Eleanor.');
  await popup.keyboard.press('Tab');
  await popup.keyboard.type('The name on the board is not always the name a person uses.');
  await popup.keyboard.press('Tab');
  await popup.keyboard.type('Ask every new patient on admission.');
  // The popup is 380 px wide in the browser; in a narrower window (320 px, or 200 % zoom: 190 CSS px) it follows.
  await checkEveryLayout(popup, 'done-dialog', [
    { name: '380', width: 380, zoom: 1 },
    { name: '320', width: 320, zoom: 1 },
    { name: 'zoom200', width: 190, zoom: 1 },
  ]);
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Save as done' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(action.locator('.reflection dt')).toHaveText(['What happened', 'So what', 'Now what']);

  const [page] = await Promise.all([
    kindling.context.waitForEvent('page'),
    popup.getByRole('link', { name: 'Reflection for appraisal' }).click(),
  ]);
  await expect(page.getByRole('heading', { name: 'Reflection for appraisal', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Period')).toHaveValue('this-month');
  const entry = page.locator('.reflection-action');
  await expect(entry.getByRole('heading', { level: 3 })).toHaveText('Ask Mrs A what she wants to be called');
  await expect(entry.getByRole('heading', { level: 4 })).toHaveText(['What happened', 'So what', 'Now what']);
  await expect(entry).toContainText('Ask every new patient on admission.');
  await expect(page.getByText('NHS appraisal and revalidation evidence')).toBeVisible();
  await checkEveryLayout(page, 'reflection');

  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown).toContain('## Ask Mrs A what she wants to be called');
  expect(markdown).toContain('### What happened\n\nShe prefers Nell, not Eleanor.');
  expect(markdown).toContain('### So what\n\nThe name on the board is not always the name a person uses.');
  expect(markdown).toContain('### Now what\n\nAsk every new patient on admission.');

  // Last month holds nothing yet.
  await page.getByLabel('Period').selectOption('last-month');
  await expect(page.getByText('No actions were done in this period.')).toBeVisible();
});
