import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { BUILD_DIR, expect, launch, serviceWorkerOf, test } from './fixtures';

/** The extension API inside the service worker and Kindling's pages, where these tests evaluate code. */
declare const chrome: {
  action: { getBadgeText(details: object): Promise<string> };
  runtime: {
    getManifest(): { version: string };
    sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }>;
  };
};

/** Writes actions of one's own in the popup, as someone would, newest last. */
async function writeActions(popup: Page, texts: string[]) {
  const field = popup.getByLabel('Write your own action');
  for (const text of texts) {
    await field.fill(text);
    await field.press('Enter');
    await expect(popup.getByRole('status').filter({ hasText: 'Action added.' })).toBeVisible();
    await expect(popup.locator('.action-text', { hasText: text })).toBeVisible();
  }
}

const item = (popup: Page, text: string) => popup.locator('.action').filter({ hasText: text });
const badgeText = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));

test('a nurse marks an action done with a reflection using only the keyboard, and sees it counted this week', async ({
  kindling,
}) => {
  const popup = await kindling.openPopup();
  await expect(popup.getByText(/No actions yet/)).toBeVisible();
  await writeActions(popup, ['Ask Mr Ahmed what would help him sleep', 'Thank the porter who stayed late']);
  await expect.poll(() => kindling.serviceWorker().then(badgeText)).toBe('2');

  // Open actions come first, newest first.
  await expect(popup.locator('.action-text')).toHaveText([
    'Thank the porter who stayed late',
    'Ask Mr Ahmed what would help him sleep',
  ]);
  const ask = item(popup, 'Ask Mr Ahmed');
  await ask.getByRole('button', { name: 'Mark done' }).focus();
  await popup.keyboard.press('Enter');
  const reflection = popup.getByLabel('What happened?');
  await expect(reflection).toBeFocused();
  await popup.keyboard.type('He wanted the blinds open at dawn. <b>Small</b> things.');
  await popup.keyboard.press('Tab');
  await expect(popup.getByLabel('So what? What did you learn?')).toBeFocused();
  await popup.keyboard.type('Light matters more to him than quiet.');
  await popup.keyboard.press('Tab');
  await expect(popup.getByLabel('Now what? What will you do next?')).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Save as done' })).toBeFocused();
  await popup.keyboard.press('Enter');

  await expect(popup.getByRole('status').filter({ hasText: 'Marked done.' })).toBeVisible();
  await expect(ask).toContainText('Done');
  // Text is shown as text, never as markup.
  await expect(ask.locator('.reflection')).toContainText(
    'He wanted the blinds open at dawn. <b>Small</b> things.',
  );
  await expect(ask.locator('b')).toHaveCount(0);
  // Only the parts written are shown, each under its heading.
  await expect(ask.locator('.reflection dt')).toHaveText(['What happened', 'So what']);
  await expect(ask.locator('.reflection dd').nth(1)).toHaveText('Light matters more to him than quiet.');
  await expect(popup.locator('.action-text')).toHaveText([
    'Thank the porter who stayed late',
    'Ask Mr Ahmed what would help him sleep',
  ]);
  const summary =
    /^One action done in the last 12 weeks, in the week of \d{1,2} \w+ \d{4}\.$|^One action done in the last 12 weeks, in the week of \w+ \d{1,2}, \d{4}\.$/;
  await expect(popup.getByText(summary)).toBeVisible();
  await expect(popup.getByRole('img', { name: summary })).toBeVisible();
  await expect(popup.getByText('This week', { exact: true })).toBeVisible();
  await expect.poll(() => kindling.serviceWorker().then(badgeText)).toBe('1');

  // The badge can be switched off in settings.
  const options = await kindling.context.newPage();
  await options.goto(`chrome-extension://${kindling.extensionId}/options.html`);
  await options.getByLabel('Show the number of open actions on the toolbar button').uncheck();
  await expect.poll(() => kindling.serviceWorker().then(badgeText)).toBe('');
});

test('a deleted action comes back exactly as it was with Undo', async ({ kindling }) => {
  const popup = await kindling.openPopup();
  await writeActions(popup, [
    'Learn the name of the new healthcare assistant',
    'Sit with the family in bay 4',
  ]);
  const family = item(popup, 'Sit with the family');
  await family.getByRole('button', { name: 'Mark done' }).click();
  await popup.getByLabel('What happened?').fill('Their son wanted to help with care.');
  await popup.getByRole('button', { name: 'Save as done' }).click();
  await expect(family).toContainText('Their son wanted to help with care.');

  await family.getByRole('button', { name: 'Delete' }).click();
  await expect(family).toHaveCount(0);
  await expect(popup.getByRole('status')).toContainText('Action deleted.');
  const undo = popup.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await popup.keyboard.press('Enter');

  await expect(popup.getByRole('status')).toContainText('Action restored.');
  await expect(family).toContainText('Their son wanted to help with care.');
  await expect(family).toContainText('Done');

  // Restored for real: a new popup reads it back from the background.
  await popup.close();
  const again = await kindling.openPopup();
  await expect(again.locator('.action-text')).toHaveText([
    'Learn the name of the new healthcare assistant',
    'Sit with the family in bay 4',
  ]);
  await expect(item(again, 'Sit with the family')).toContainText('Their son wanted to help with care.');
});

test('search finds actions by their words and reflections, and the filter shows one status', async ({
  kindling,
}) => {
  const popup = await kindling.openPopup();
  await writeActions(popup, [
    'Ask the night team what matters to them',
    'Bring the rota question to the huddle',
    'Ask a patient what a good day looks like',
  ]);
  const good = item(popup, 'good day');
  await good.getByRole('button', { name: 'Mark done' }).click();
  await popup.getByLabel('What happened?').fill('She wanted to see the garden.');
  await popup.getByRole('button', { name: 'Save as done' }).click();
  await expect(good).toContainText('Done');
  await item(popup, 'rota question').getByRole('button', { name: 'Let go' }).click();
  await expect(item(popup, 'rota question')).toContainText('Let go');

  const search = popup.getByLabel('Search your actions');
  await search.fill('ask');
  await expect(popup.locator('.action-text')).toHaveText([
    'Ask the night team what matters to them',
    'Ask a patient what a good day looks like',
  ]);
  await search.fill('GARDEN');
  await expect(popup.locator('.action-text')).toHaveText(['Ask a patient what a good day looks like']);
  await search.fill('nothing like this');
  await expect(popup.getByText('No actions match “nothing like this”.')).toBeVisible();
  await search.fill('');

  await popup.getByLabel('Show').selectOption({ label: 'Let go (1)' });
  await expect(popup.locator('.action-text')).toHaveText(['Bring the rota question to the huddle']);
  await popup.getByLabel('Show').selectOption('all');
  // Open first, then done, then let go.
  await expect(popup.locator('.action-text')).toHaveText([
    'Ask the night team what matters to them',
    'Ask a patient what a good day looks like',
    'Bring the rota question to the huddle',
  ]);

  await item(popup, 'night team').getByRole('button', { name: 'Edit' }).click();
  const text = popup.getByLabel('Action', { exact: true });
  await text.fill('Ask the night team what matters to them this week');
  await popup.getByLabel('Due date (optional)').fill('2026-12-01');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(item(popup, 'this week')).toContainText('Due');
});

test('a ward manager exports everything and imports it into a fresh browser profile', async ({
  kindling,
}) => {
  const popup = await kindling.openPopup();
  await writeActions(popup, ['=HYPERLINK("x") is just words', 'Say "thank you", by name']);
  await item(popup, 'thank you').getByRole('button', { name: 'Mark done' }).click();
  await popup.getByLabel('What happened?').fill('Line one\nline two, with a comma');
  await popup.getByRole('button', { name: 'Save as done' }).click();
  await expect(item(popup, 'thank you')).toContainText('Done');

  const options = await kindling.context.newPage();
  await options.goto(`chrome-extension://${kindling.extensionId}/options.html`);
  const [jsonDownload] = await Promise.all([
    options.waitForEvent('download'),
    options
      .getByRole('button', { name: 'Export everything: actions, check-ins and settings (JSON)' })
      .click(),
  ]);
  expect(jsonDownload.suggestedFilename()).toMatch(/^kindling-\d{4}-\d{2}-\d{2}\.json$/);
  const jsonPath = await jsonDownload.path();
  const exported = JSON.parse(await readFile(jsonPath, 'utf8')) as { app: string; actions: unknown[] };
  expect(exported.app).toBe('kindling');
  expect(exported.actions).toHaveLength(2);

  const [csvDownload] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export actions only, for a spreadsheet (CSV)' }).click(),
  ]);
  const csv = await readFile(await csvDownload.path(), 'utf8');
  expect(
    csv.startsWith('\uFEFFid,text,status,source,created,updated,due,done,what happened,so what,now what\r\n'),
  ).toBe(true);
  expect(csv).toContain(`"'=HYPERLINK(""x"") is just words"`);
  expect(csv).toContain('"Line one\nline two, with a comma"');

  // Someone else's browser: a fresh profile with nothing saved.
  const profile = await mkdtemp(path.join(tmpdir(), 'kindling-fresh-'));
  const fresh = await launch(profile);
  try {
    const extensionId = new URL((await serviceWorkerOf(fresh)).url()).host;
    const freshOptions = await fresh.newPage();
    await freshOptions.goto(`chrome-extension://${extensionId}/options.html`);
    const journalSettings = freshOptions.locator('.journal-settings');
    const importField = journalSettings.getByLabel('Import a Kindling export (JSON)');

    await importField.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('not json {'),
    });
    await expect(journalSettings.getByRole('alert')).toHaveText(
      'This file is not a Kindling export: it is not JSON. Nothing was imported.',
    );

    const broken = JSON.parse(await readFile(jsonPath, 'utf8')) as {
      actions: Array<Record<string, unknown>>;
    };
    broken.actions[1]!.status = 'maybe';
    await importField.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await expect(journalSettings.getByRole('alert')).toContainText('Action 2');
    await expect(journalSettings.getByRole('alert')).toContainText('status');
    await expect(journalSettings.getByRole('alert')).toContainText('Nothing was imported.');

    await importField.setInputFiles(jsonPath);
    await expect(journalSettings.getByRole('status')).toContainText(
      'Actions: 2 added, 0 updated, 0 skipped.',
    );
    const freshPopup = await fresh.newPage();
    await freshPopup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(freshPopup.locator('.action-text')).toHaveText([
      '=HYPERLINK("x") is just words',
      'Say "thank you", by name',
    ]);
    await expect(item(freshPopup, 'thank you').locator('.reflection')).toContainText(
      'line two, with a comma',
    );

    // Importing the same file again changes nothing.
    await importField.setInputFiles(jsonPath);
    await expect(journalSettings.getByRole('status')).toContainText(
      'Actions: 0 added, 0 updated, 2 skipped.',
    );

    // Clearing everything asks first, and the open popup follows live.
    await journalSettings.getByRole('button', { name: 'Delete all actions and check-ins' }).click();
    await expect(journalSettings.getByRole('alertdialog')).toContainText('This cannot be undone.');
    await journalSettings.getByRole('button', { name: 'Cancel' }).click();
    await expect(freshPopup.locator('.action-text')).toHaveCount(2);
    await journalSettings.getByRole('button', { name: 'Delete all actions and check-ins' }).click();
    await journalSettings.getByRole('button', { name: 'Yes, delete all actions and check-ins' }).click();
    await expect(journalSettings.getByRole('status')).toHaveText(
      'All actions and check-ins were deleted. Sites and settings were kept.',
    );
    await expect(freshPopup.getByText(/No actions yet/)).toBeVisible();
  } finally {
    await fresh.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('saved actions survive an extension update on the same profile', async ({ kindling }) => {
  const popup = await kindling.openPopup();
  await writeActions(popup, ['Ask what matters before the ward round', 'Check in with the student nurse']);

  // An update of an unpacked extension: new files in its folder, picked up when the browser next loads it.
  const manifestPath = path.join(BUILD_DIR, 'manifest.json');
  const original = await readFile(manifestPath, 'utf8');
  const manifest = JSON.parse(original) as { version: string };
  try {
    await writeFile(manifestPath, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
    await kindling.restart();
    const worker = await kindling.serviceWorker();
    expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).toBe(`${manifest.version}.1`);

    const after = await kindling.openPopup();
    await expect(after.locator('.action-text')).toHaveText([
      'Check in with the student nurse',
      'Ask what matters before the ward round',
    ]);
  } finally {
    await writeFile(manifestPath, original);
  }
});

test('nothing is lost when the browser stops the service worker mid-use', async ({ kindling }) => {
  const popup = await kindling.openPopup();
  await writeActions(popup, ['Offer a cup of tea to the relative waiting']);
  const cdp = await kindling.context.newCDPSession(popup);
  const running = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) running.set(version.versionId, version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => [...running.values()]).toContain('running');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => [...running.values()].every((status) => status === 'stopped')).toBe(true);

  await writeActions(popup, ['Hold the door for the porter with the bed']);
  await expect(popup.locator('.action-text')).toHaveText([
    'Hold the door for the porter with the bed',
    'Offer a cup of tea to the relative waiting',
  ]);
  const reopened = await kindling.openPopup();
  await expect(reopened.locator('.action-text')).toHaveCount(2);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the popup has no accessibility violations (${colorScheme})`, async ({ kindling }) => {
    const popup = await kindling.openPopup();
    await popup.emulateMedia({ colorScheme });
    const empty = await new AxeBuilder({ page: popup }).analyze();
    expect(empty.violations).toEqual([]);

    await writeActions(popup, ['Ask what matters', 'Notice who is on their own']);
    await item(popup, 'Ask what matters').getByRole('button', { name: 'Mark done' }).click();
    await popup.getByRole('button', { name: 'Save as done' }).click();
    await item(popup, 'Notice who').getByRole('button', { name: 'Edit' }).click();
    await popup.locator('.weekly-chart summary').click();
    const full = await new AxeBuilder({ page: popup }).analyze();
    expect(full.violations).toEqual([]);
  });
}
