import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, kindlingIn, promptInSidebar, sidebarOf, test } from './fixtures';
import { axeClean, noSidewaysScroll } from './a11y';

const EXAMPLE = path.resolve(import.meta.dirname, '../../docs/packs/example-pack.json');
const NAME = 'Kindness at Example Community Health (fictional)';
const PUBLISHER = 'Example Community Health Trust (fictional)';
const BOARD_PROMPT = 'pack:org.example.community-health/wmty-board';
const BOARD_ACTION =
  'Ask one patient what matters to them today and write it on their bedside board with them';

async function openPacks(page: Page, extensionId: string): Promise<Locator> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const section = page.getByRole('region', { name: 'Content packs' });
  await expect(
    section.getByText('No content packs yet.').or(section.getByRole('listitem').first()),
  ).toBeVisible();
  return section;
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('The keyboard never reached the control.');
}

test('a team lead imports the trust’s content pack; a nurse saves its prompt from the sidebar, and the action keeps its words once the pack is removed', async ({
  kindling,
}) => {
  const settings = await kindling.context.newPage();
  const packs = await openPacks(settings, kindling.extensionId);
  const importField = packs.getByLabel('Import a content pack (JSON file)');
  await tabTo(settings, importField);
  await importField.setInputFiles(EXAMPLE);
  await expect(packs.getByRole('status')).toHaveText(`Added “${NAME}”, version 2026.11.1.`);
  const row = packs.getByRole('listitem').filter({ hasText: NAME });
  await expect(row).toContainText(`From ${PUBLISHER} · version 2026.11.1`);
  await expect(row).toContainText('3 prompts · 2 links · 1 conversation');

  for (const scheme of ['light', 'dark'] as const) {
    await settings.emulateMedia({ colorScheme: scheme });
    await settings.setViewportSize({ width: 320, height: 900 });
    await noSidewaysScroll(settings, `packs ${scheme} 320`);
    await axeClean(settings, `packs ${scheme} 320`);
  }
  await settings.emulateMedia({ colorScheme: 'light' });
  await settings.setViewportSize({ width: 1280, height: 800 });

  const ward = await kindling.openDemo('/');
  await kindlingIn(ward).control('button', 'Open Kindling').click();
  const sidebar = await sidebarOf(ward);

  // The pack's conversation is the newest of all, so Today shows it, with its publisher.
  const newest = sidebar.getByRole('region', { name: 'Newest conversation' });
  await expect(
    newest.getByRole('link', { name: 'Kindness on night shifts (fictional example)' }),
  ).toBeVisible();
  await expect(newest).toContainText(`From ${PUBLISHER}`);
  await sidebar.getByRole('tab', { name: 'Conversations' }).click();
  const conversation = sidebar.locator('.conversation').first();
  await expect(conversation).toContainText('Kindness on night shifts (fictional example)');
  await expect(conversation).toContainText(`From ${PUBLISHER}`);

  await sidebar.getByRole('tab', { name: 'Why kindness' }).click();
  const links = sidebar.getByRole('region', { name: `From ${PUBLISHER}` });
  await expect(
    links.getByRole('link', { name: 'Our What Matters To You campaign (fictional)' }),
  ).toHaveAttribute('href', 'https://www.example.org/what-matters-to-you');

  const line = await promptInSidebar(sidebar, BOARD_PROMPT);
  await expect(line).toContainText('Ask one patient what matters to them and add it to the bedside board.');
  await expect(line).toContainText(`From ${PUBLISHER}`);
  await line.getByRole('button', { name: 'Save as my action' }).click();
  await expect(line.getByRole('status')).toHaveText('Saved to your actions');

  await settings.bringToFront();
  await row.getByRole('button', { name: `Remove ${NAME}` }).click();
  await expect(packs.getByRole('status')).toContainText(
    `Removed “${NAME}”. Actions you saved from it stay in your journal.`,
  );
  await expect(packs.getByText('No content packs yet.')).toBeVisible();
  // The sidebar follows at once: the pack's prompt is gone.
  await expect(sidebar.locator(`[data-prompt-id="${BOARD_PROMPT}"]`)).toHaveCount(0);

  const popup = await kindling.openPopup();
  await expect(popup.locator('.action-text')).toHaveText([BOARD_ACTION]);

  // Undo puts the pack back as it was.
  await packs.getByRole('button', { name: 'Undo' }).click();
  await expect(packs.getByRole('status')).toHaveText(`“${NAME}” is back.`);
  await expect(row).toBeVisible();
});

test('a bad pack file is refused with the item and field named, and nothing changes', async ({
  kindling,
}) => {
  const settings = await kindling.context.newPage();
  const packs = await openPacks(settings, kindling.extensionId);
  const importField = packs.getByLabel('Import a content pack (JSON file)');
  await importField.setInputFiles(EXAMPLE);
  await expect(packs.getByRole('status')).toHaveText(`Added “${NAME}”, version 2026.11.1.`);

  const pack = JSON.parse(await readFile(EXAMPLE, 'utf8')) as Record<string, unknown> & {
    prompts: Record<string, unknown>[];
  };
  const upload = (name: string, content: string) =>
    importField.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });

  await upload(
    'broken.json',
    JSON.stringify({
      ...pack,
      version: '2026.12',
      prompts: [pack.prompts[0], { ...pack.prompts[1], audience: 'everyone' }],
    }),
  );
  await expect(packs.getByRole('alert')).toHaveText(
    'This pack was not added: prompts[1].audience: must be "patients", "families" or "colleagues". Nothing was changed.',
  );

  await upload('notes.json', 'not json {');
  await expect(packs.getByRole('alert')).toHaveText(
    'This pack was not added: This file is not JSON, so it cannot be a content pack. Nothing was changed.',
  );

  await upload('old.json', JSON.stringify({ ...pack, version: '2026.10' }));
  await expect(packs.getByRole('alert')).toHaveText(
    `This pack was not added: You already have version 2026.11.1 of “${NAME}”, and this file is version 2026.10. Only a newer version replaces it. Nothing was changed.`,
  );

  // Still the one good pack, as it was.
  await settings.reload();
  await expect(packs.getByRole('listitem')).toHaveCount(1);
  await expect(packs.getByRole('listitem')).toContainText(`From ${PUBLISHER} · version 2026.11.1`);

  // A newer version replaces it.
  await upload('new.json', JSON.stringify({ ...pack, version: '2026.12' }));
  await expect(packs.getByRole('status')).toHaveText(
    `Updated “${NAME}” from version 2026.11.1 to version 2026.12.`,
  );
  await expect(packs.getByRole('listitem')).toContainText('version 2026.12');
});
