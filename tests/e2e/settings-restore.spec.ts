import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, launch, serviceWorkerOf, test } from './fixtures';

/** The extension API as seen inside the service worker. */
declare const chrome: {
  scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> };
};

const WARD = 'https://ward.example.org/*';

interface ExportFile {
  actions: unknown[];
  settings: { sites: string[]; sitePrefs: Record<string, unknown>; reminderTime: string };
}

/** Every site the launcher is registered for. */
const launcherSites = (worker: Worker) =>
  worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []),
  );

const asFile = (name: string, file: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(file)),
});

async function options(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page.getByRole('region', { name: 'Your data' });
}

test('a nurse moves her settings to a new browser: she sees what changes, says yes, and switches sites on herself', async ({
  kindling,
}, testInfo) => {
  // Two browser profiles start in this test; on a busy machine each start alone takes seconds.
  test.slow();
  const popup = await kindling.openPopup();
  const field = popup.getByLabel('Write your own action');
  await field.fill('Ask Mr Okafor what matters today');
  await field.press('Enter');
  await expect(popup.locator('.action-text')).toHaveCount(1);

  // Her work browser: hourly prompts, no badge, the launcher on the left of the demo ward system.
  const work = await kindling.context.newPage();
  const workSettings = await options(work, kindling.extensionId);
  await work.getByLabel('How often').selectOption({ label: 'At most every hour' });
  await work.getByLabel('Launcher side on 127.0.0.1').selectOption('left');
  await work.getByLabel('Show the number of open actions on the toolbar button').uncheck();
  await expect(work.getByLabel('Launcher side on 127.0.0.1')).toHaveValue('left');
  const [download] = await Promise.all([
    work.waitForEvent('download'),
    workSettings
      .getByRole('button', { name: 'Export everything: actions, check-ins and settings (JSON)' })
      .click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as ExportFile;
  expect(file.actions).toHaveLength(1);
  expect(file.settings).toMatchObject({
    nudges: { pace: 60 },
    badge: false,
    sitePrefs: { 'http://127.0.0.1/*': { side: 'left' } },
  });
  // At work she had also enabled the ward system, which the new browser has never been allowed on.
  file.settings.sites.push(WARD);
  file.settings.sitePrefs[WARD] = { side: 'right', collapsed: true, workKind: 'ward' };

  const profile = await mkdtemp(path.join(tmpdir(), 'kindling-settings-'));
  const fresh = await launch(profile);
  try {
    const worker = await serviceWorkerOf(fresh);
    const extensionId = new URL(worker.url()).host;
    const page = await fresh.newPage();
    const journal = await options(page, extensionId);
    const importField = journal.getByLabel('Import a Kindling export (JSON)');

    // One bad setting refuses the whole file, naming the setting: no action, no setting written.
    const bad = structuredClone(file);
    bad.settings.reminderTime = '25:00';
    await importField.setInputFiles(asFile('edited.json', bad));
    await expect(journal.getByRole('alert')).toHaveText(
      'Settings, “reminderTime”: must be a time like 09:00. Nothing was imported.',
    );
    await expect(journal.getByRole('region', { name: 'This file also has settings' })).toHaveCount(0);
    const freshPopup = await fresh.newPage();
    await freshPopup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(freshPopup.getByText(/No actions yet/)).toBeVisible();

    await importField.setInputFiles(asFile('work.json', file));
    await expect(journal.getByRole('status')).toContainText('Actions: 1 added');
    await expect(freshPopup.locator('.action-text')).toHaveText(['Ask Mr Okafor what matters today']);
    const offer = journal.getByRole('region', { name: 'This file also has settings' });
    await expect(offer.getByRole('listitem')).toHaveText([
      'Add the site ward.example.org (it needs switching on if Kindling is not allowed there yet).',
      'Launcher on 127.0.0.1: Left.',
      'Launcher on ward.example.org: Right, Slim edge tab, Ward.',
      'Prompt pace: from “At most every 2 hours” to “At most every hour”.',
      'Number of open actions on the toolbar button: from on to off.',
    ]);
    await expect(offer.getByRole('heading')).toBeFocused();
    // Nothing changes before she says yes.
    await expect(page.getByLabel('How often')).toHaveValue('120');
    await expect(page.getByLabel('Show the number of open actions on the toolbar button')).toBeChecked();

    for (const [scheme, width] of [
      ['light', 1280],
      ['dark', 1280],
      ['light', 320],
      ['dark', 320],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await offer.scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: testInfo.outputPath(`restore-offer-${scheme}-${width}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    await offer.getByRole('button', { name: 'Restore these settings' }).click();
    await expect(journal.getByRole('status')).toHaveText('Settings restored.');
    await expect(page.getByLabel('How often')).toHaveValue('60');
    await expect(page.getByLabel('Show the number of open actions on the toolbar button')).not.toBeChecked();
    await expect(page.getByLabel('Launcher side on 127.0.0.1')).toHaveValue('left');
    // Least privilege: the ward system is listed for her click, and Kindling is not running there.
    await expect(offer).toContainText('Needs switching on');
    await expect(offer.getByRole('button', { name: 'Switch on ward.example.org' })).toBeVisible();
    expect(await launcherSites(worker)).not.toContain(WARD);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 320, height: 900 });
    await offer.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('restore-waiting-dark-320.png') });
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });

    // "Delete all actions and check-ins" says what it deletes, and keeps sites and settings.
    await journal.getByRole('button', { name: 'Delete all actions and check-ins' }).click();
    await expect(journal.getByRole('alertdialog')).toContainText('Your sites and settings stay as they are');
    await journal.getByRole('button', { name: 'Yes, delete all actions and check-ins' }).click();
    await expect(journal.getByRole('status')).toHaveText(
      'All actions and check-ins were deleted. Sites and settings were kept.',
    );
    await expect(freshPopup.getByText(/No actions yet/)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('How often')).toHaveValue('60');
    await expect(page.getByLabel('Launcher side on 127.0.0.1')).toHaveValue('left');
  } finally {
    await fresh.close();
    await rm(profile, { recursive: true, force: true });
  }
});
