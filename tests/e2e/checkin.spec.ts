import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, sidebarOf, test, kindlingIn } from './fixtures';

/** The extension API as seen inside the service worker. */
declare const chrome: {
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]> };
};

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, most = 12) {
  for (let presses = 0; presses < most; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Runs axe in light and dark; `only` limits it to Kindling's check-in part of a shared page. */
async function expectNoAxeViolations(page: Page, where: string, only?: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = new AxeBuilder({ page });
    const { violations } = await (only ? axe.include(only) : axe).analyze();
    expect(
      violations.map((v) => `${where} (${colorScheme}): ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const NOTE = 'Pair each agency nurse with a buddy for the first hour';

test('a ward manager prepares an incident review from the popup, walks the six lenses by keyboard, and finds the summary and the action in the popup', async ({
  kindling,
}) => {
  const popup = await kindling.openPopup();
  await popup.getByRole('button', { name: 'Prepare a meeting' }).focus();
  // The popup closes itself once the side panel is open, possibly before the key press returns.
  const closed = popup.waitForEvent('close');
  await popup.keyboard.press('Enter').catch(() => undefined);
  await closed;
  // Playwright cannot see the browser's side panel as a page; the service worker can.
  const worker = await kindling.serviceWorker();
  await expect
    .poll(() =>
      worker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl ?? ''),
      ),
    )
    .toContainEqual(expect.stringContaining('sidepanel.html?view=checkin'));

  // The same page the side panel shows, in a tab Playwright can drive.
  const page = await kindling.context.newPage();
  await page.goto(`chrome-extension://${kindling.extensionId}/sidepanel.html?view=checkin`);
  await expect(page.getByRole('heading', { name: 'Prepare a meeting' })).toBeVisible();
  await expectNoAxeViolations(page, 'setup');

  await page.getByRole('radio', { name: 'Team huddle' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Incident review' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: '10 minutes' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: '5 minutes', exact: true })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Begin check-in' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeFocused();
  await expect(page.locator('.digest a[target="_blank"][rel~="noopener"]')).toHaveCount(3);
  await expect(page.getByText('Is a patient or carer partner in the room', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, 'opening');
  await tabTo(page, page.getByLabel('Notes on whose voice is missing'), 20);
  await page.keyboard.type('The family has not been asked yet');
  await tabTo(page, page.getByRole('button', { name: 'Start with the first lens' }));
  await page.keyboard.press('Enter');

  // White hat: facts, with its clock, two questions (five minutes), pause and a note made an action.
  await expect(page.getByRole('heading', { name: 'White hat: Facts' })).toBeFocused();
  await expect(page.getByText('Lens 1 of 6')).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^0:(50|49|48) left$/);
  await expect(page.locator('.questions li')).toHaveCount(2);
  await expectNoAxeViolations(page, 'lens');
  await tabTo(page, page.getByRole('button', { name: 'Pause timer' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('timer')).toHaveText(/paused$/);
  const pausedAt = await page.getByRole('timer').textContent();
  await page.waitForTimeout(1200);
  await expect(page.getByRole('timer')).toHaveText(pausedAt!);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
  await tabTo(page, page.getByLabel('Your notes: Facts'));
  await page.keyboard.type(NOTE);
  await tabTo(page, page.getByRole('button', { name: 'Save this note as an action' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved as an action' })).toBeVisible();
  await expect(page.locator('.chosen li')).toHaveText([NOTE]);
  await tabTo(page, page.getByRole('button', { name: 'Next lens' }));
  await page.keyboard.press('Enter');

  // Red hat: skipped, then back to it from the black hat, then covered.
  await expect(page.getByRole('heading', { name: 'Red hat: Feelings' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Skip this lens' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Black hat: Caution' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Back', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Red hat: Feelings' })).toBeFocused();

  for (const next of [
    'Black hat: Caution',
    'Yellow hat: Benefits',
    'Green hat: New ideas',
    'Blue hat: Process and organisation',
  ]) {
    await tabTo(page, page.getByRole('button', { name: 'Next lens' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: next })).toBeFocused();
  }
  await tabTo(page, page.getByRole('button', { name: 'Finish check-in' }));
  await page.keyboard.press('Enter');

  const summary = page.locator('.summary-page');
  await expect(page.getByRole('heading', { name: 'Kindness check-in summary' })).toBeFocused();
  await expect(summary).toContainText('Incident review');
  await expect(summary).toContainText(
    'White hat: Facts, Red hat: Feelings, Black hat: Caution, Yellow hat: Benefits, Green hat: New ideas, Blue hat: Process and organisation',
  );
  await expect(summary).toContainText(`${NOTE} (White hat: Facts)`);
  await expect(summary).toContainText('The family has not been asked yet');
  await expectNoAxeViolations(page, 'summary');

  await tabTo(page, page.getByRole('button', { name: 'Copy as plain text' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
  // Chromium will not grant clipboard-read to an extension origin, so the page's write is recorded instead.
  await page.evaluate(() => {
    const copied: string[] = [];
    Object.assign(window, { copied });
    navigator.clipboard.writeText = async (text: string) => void copied.push(text);
  });
  await tabTo(page, page.getByRole('button', { name: 'Copy as Markdown' }));
  await page.keyboard.press('Enter');
  const [markdown] = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
  expect(markdown).toContain('# Kindness check-in summary');
  expect(markdown).toContain('- **Meeting:** Incident review');
  expect(markdown).toContain(`- ${NOTE} (White hat: Facts)`);

  // Printed, the page is the summary alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeHidden();
  await expect(page.locator('.sidebar-header')).toBeHidden();
  await expect(summary).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  const popupAfter = await kindling.openPopup();
  await expect(popupAfter.locator('.action-text')).toHaveText([NOTE]);
  const latest = popupAfter.getByRole('region', { name: 'Your latest check-in' });
  await expect(latest).toContainText('Incident review');
  await expect(latest).toContainText(NOTE);
  await expectNoAxeViolations(popupAfter, 'popup', '.latest-checkin');
});

test('past check-ins can be reopened where they were left, or deleted after a second yes', async ({
  kindling,
}) => {
  const page = await kindling.context.newPage();
  await page.goto(`chrome-extension://${kindling.extensionId}/sidepanel.html?view=checkin`);
  await page.getByRole('radio', { name: 'Board or committee' }).check();
  await page.getByRole('button', { name: 'Begin check-in' }).click();
  await page.getByRole('button', { name: 'Start with the first lens' }).click();
  await page.getByLabel('Your notes: Facts').fill('Staff survey results are on the agenda');
  await page.getByRole('button', { name: 'Next lens' }).click();
  await expect(page.getByRole('heading', { name: 'Red hat: Feelings' })).toBeVisible();
  // A note is saved shortly after typing stops, without leaving the box.
  await page.getByLabel('Your notes: Feelings').fill('Worried the cuts will land on the night team');
  const worker = await kindling.serviceWorker();
  await expect
    .poll(() =>
      worker.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const open = indexedDB.open('kindling');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const all = open.result.transaction('checkins').objectStore('checkins').getAll();
              all.onsuccess = () => {
                resolve((all.result as { notes: { red?: string } }[]).map((c) => c.notes.red ?? ''));
                open.result.close();
              };
            };
          }),
      ),
    )
    .toEqual(['Worried the cuts will land on the night team']);

  await page.reload();
  const past = page.getByRole('region', { name: 'Past check-ins' });
  await expect(past.locator('.past-checkin')).toHaveCount(1);
  await expect(past).toContainText('Board or committee');
  await expect(past).toContainText('In progress');
  await expectNoAxeViolations(page, 'past check-ins');
  await past.getByRole('button', { name: /^Reopen the Board or committee check-in/ }).click();
  await expect(page.getByRole('heading', { name: 'Red hat: Feelings' })).toBeFocused();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByLabel('Your notes: Facts')).toHaveValue('Staff survey results are on the agenda');

  await page.reload();
  await past.getByRole('button', { name: /^Delete the Board/ }).click();
  await expect(past.locator('.past-checkin')).toHaveCount(1);
  await past.getByRole('button', { name: /^Yes, delete the Board/ }).click();
  await expect(past.locator('.past-checkin')).toHaveCount(0);
  await expect(past).toContainText('No check-ins yet.');
});

test('the check-in is reachable from the sidebar on a ward page, and its clock does not animate for reduced motion', async ({
  kindling,
}) => {
  const ward = await kindling.openDemo('/');
  await ward.emulateMedia({ reducedMotion: 'reduce' });
  await kindlingIn(ward).control('button', 'Open Kindling').click();
  const sidebar = await sidebarOf(ward);
  await sidebar.getByRole('tab', { name: 'Check-in' }).click();
  await sidebar.getByRole('button', { name: 'Begin check-in' }).click();
  await sidebar.getByRole('button', { name: 'Start with the first lens' }).click();
  await expect(sidebar.getByRole('heading', { name: 'White hat: Facts' })).toBeVisible();
  await expect(sidebar.locator('.timer-fill')).toHaveCSS('transition-duration', '0s');
  await sidebar.getByRole('tab', { name: 'Today' }).click();
  await expect(sidebar.getByRole('heading', { name: 'What matters to you?' })).toBeVisible();
});
