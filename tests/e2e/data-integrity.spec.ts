import type { Page } from '@playwright/test';
import { prompts } from '../../lib/content';
import {
  expect,
  keyboardIntoSidebar,
  kindlingIn,
  promptInSidebar,
  sidebarOf,
  test,
  type Kindling,
} from './fixtures';

/** The extension API inside Kindling's pages, where these tests evaluate code. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> };
};

/** Asks the background from one of Kindling's own pages, as the pages themselves do. */
async function ask<T>(page: Page, type: string, data: unknown = {}): Promise<T> {
  const reply = await page.evaluate((message) => chrome.runtime.sendMessage(message), {
    channel: 'kindling',
    type,
    data,
  });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

async function openPage(kindling: Kindling, file: string): Promise<Page> {
  const page = await kindling.context.newPage();
  await page.goto(`chrome-extension://${kindling.extensionId}/${file}`);
  return page;
}

async function writeActions(popup: Page, texts: string[]) {
  const field = popup.getByLabel('Write your own action');
  for (const text of texts) {
    await field.fill(text);
    await field.press('Enter');
    await expect(popup.locator('.action-text', { hasText: text })).toBeVisible();
  }
}

const item = (page: Page, text: string) => page.locator('.action').filter({ hasText: text });
/** The action (by its words) that has focus, or the focused element's tag when it is not an action. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const action = active?.closest('.action');
    return action && action === active
      ? `action: ${action.querySelector('.action-text')?.textContent ?? ''}`
      : (active?.tagName ?? 'none');
  });

test('after Save as done, Plan again, Let go and Undo, focus lands on an action or the list, never on <body>', async ({
  kindling,
}) => {
  const popup = await kindling.openPopup();
  await writeActions(popup, ['Ask Ama what matters', 'Thank the porter', 'Learn the new name']);
  // Listed newest first: Learn, Thank, Ask.

  await item(popup, 'Thank the porter').getByRole('button', { name: 'Mark done' }).click();
  await popup.getByLabel('What happened?').fill('He smiled.');
  await popup.getByRole('button', { name: 'Save as done' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Marked done.' })).toBeVisible();
  await expect.poll(() => focused(popup)).toBe('action: Ask Ama what matters');

  await item(popup, 'Thank the porter').getByRole('button', { name: 'Plan again' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Planned again.' })).toBeVisible();
  await expect.poll(() => focused(popup)).toMatch(/^action: /);

  await item(popup, 'Learn the new name').getByRole('button', { name: 'Let go' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Let go.' })).toBeVisible();
  await expect.poll(() => focused(popup)).toMatch(/^action: /);

  await item(popup, 'Ask Ama').getByRole('button', { name: 'Delete' }).click();
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Action restored.' })).toBeVisible();
  await expect.poll(() => focused(popup)).toBe('action: Ask Ama what matters');

  // Plan again kept what was written when it was done.
  await expect(item(popup, 'Thank the porter').locator('.action-history')).toContainText('He smiled.');
});

test('Undo of the only action puts focus on it, not on <body>', async ({ kindling }) => {
  const popup = await kindling.openPopup();
  await writeActions(popup, ['Sit with Mr K at lunch']);
  await item(popup, 'Sit with Mr K').getByRole('button', { name: 'Delete' }).click();
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => focused(popup)).not.toBe('BODY');
  await expect.poll(() => focused(popup)).toBe('action: Sit with Mr K at lunch');
});

test('two popups edit one action: the older save is refused, the newer words show, and what was typed stays', async ({
  kindling,
}) => {
  const first = await kindling.openPopup();
  await writeActions(first, ['Ask Sam what matters']);
  const second = await kindling.openPopup();
  await expect(item(second, 'Ask Sam')).toBeVisible();

  await item(first, 'Ask Sam').getByRole('button', { name: 'Edit' }).click();
  await first.getByLabel('Action', { exact: true }).fill('Ask Sam about his dog');

  await item(second, 'Ask Sam').getByRole('button', { name: 'Edit' }).click();
  await second.getByLabel('Action', { exact: true }).fill('Ask Sam what matters to him today');
  await second.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Action saved.' })).toBeVisible();

  await expect(first.locator('.action-text')).toHaveText('Ask Sam what matters to him today');
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(first.getByRole('alert')).toContainText('changed this action in another Kindling window');
  await expect(first.getByLabel('Action', { exact: true })).toHaveValue('Ask Sam about his dog');
  const stored = await ask<{ text: string }[]>(first, 'actions/list');
  expect(stored.map((action) => action.text)).toEqual(['Ask Sam what matters to him today']);

  // Having seen the newer words, saving again replaces them on purpose.
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(first.locator('.action-text')).toHaveText('Ask Sam about his dog');
});

test('an action deleted in another popup while a reflection is typed keeps the reflection, to save as a new action', async ({
  kindling,
}) => {
  const first = await kindling.openPopup();
  await writeActions(first, ['Bring Mrs A her glasses']);
  await item(first, 'Mrs A').getByRole('button', { name: 'Mark done' }).click();
  const reflection = first.getByLabel('What happened?');
  await reflection.fill('She read her letters for the first time in a week.');

  const second = await kindling.openPopup();
  await item(second, 'Mrs A').getByRole('button', { name: 'Delete' }).click();
  await expect(second.getByRole('button', { name: 'Undo' })).toBeVisible();

  // The first popup's list has reloaded without it, yet the form and its words are still there.
  await expect(reflection).toHaveValue('She read her letters for the first time in a week.');
  await first.getByRole('button', { name: 'Save as done' }).click();
  await expect(first.getByRole('alert')).toContainText('deleted in another Kindling window');
  await expect(reflection).toHaveValue('She read her letters for the first time in a week.');
  await first.getByRole('button', { name: 'Save as a new action' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Saved as a new action.' })).toBeVisible();
  const stored = await ask<{ text: string; status: string; reflection?: { what?: string } }[]>(
    first,
    'actions/list',
  );
  expect(stored).toEqual([
    expect.objectContaining({
      text: 'Bring Mrs A her glasses',
      status: 'done',
      reflection: { what: 'She read her letters for the first time in a week.' },
    }),
  ]);
});

test('a check-in note typed just before the sidebar closes is kept', async ({ kindling }) => {
  const note = 'Ask the night team what would make handover kinder';
  const sidebar = await openPage(kindling, 'sidepanel.html?view=checkin');
  await sidebar.getByRole('button', { name: 'Begin check-in' }).click();
  await sidebar.getByRole('button', { name: 'Start with the first lens' }).click();
  await sidebar.getByLabel('Your notes: Facts').click();
  await sidebar.keyboard.type(note);
  // Closed at once: no pause for the typing timer, no blur.
  await sidebar.close();

  const popup = await kindling.openPopup();
  await expect
    .poll(async () => (await ask<{ notes: { white?: string } }[]>(popup, 'checkins/list'))[0]?.notes.white)
    .toBe(note);
  const again = await openPage(kindling, 'sidepanel.html?view=checkin');
  await again
    .getByRole('button', { name: /^Reopen the/ })
    .first()
    .click();
  await expect(again.getByLabel('Your notes: Facts')).toHaveValue(note);
});

test('saving a check-in note twice, or a prompt twice, saves one action', async ({ kindling }) => {
  const sidebar = await openPage(kindling, 'sidepanel.html?view=checkin');
  await sidebar.getByRole('button', { name: 'Begin check-in' }).click();
  await sidebar.getByRole('button', { name: 'Start with the first lens' }).click();
  await sidebar.getByLabel('Your notes: Facts').fill('Pair each new nurse with a buddy');
  const save = sidebar.getByRole('button', { name: 'Save this note as an action' });
  await save.click();
  await expect(sidebar.getByRole('status').filter({ hasText: 'Saved as an action' })).toBeVisible();
  await save.click();
  await expect(sidebar.getByRole('status').filter({ hasText: 'Already saved as an action' })).toBeVisible();
  await expect(sidebar.locator('.chosen li')).toHaveText(['Pair each new nurse with a buddy']);

  const home = await openPage(kindling, 'sidepanel.html');
  const today = home.getByRole('button', { name: 'Save as my action' });
  await today.dblclick();
  await expect(home.getByRole('button', { name: 'Saved', exact: true })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  // A further press does nothing (aria-disabled keeps it focusable, so it is pressed by keyboard).
  await home.getByRole('button', { name: 'Saved', exact: true }).focus();
  await home.keyboard.press('Enter');
  await expect(home.getByRole('button', { name: 'Saved', exact: true })).toBeFocused();
  await expect.poll(async () => (await ask<unknown[]>(home, 'actions/list')).length).toBe(2);

  const todayId = await home.locator('.today-card').getAttribute('data-prompt-id');
  const other = prompts.find((prompt) => prompt.id !== todayId)!;
  const line = await promptInSidebar(home, other.id);
  await line.getByRole('button', { name: 'Save as my action' }).dblclick();
  await expect(line.getByRole('button', { name: 'Saved as your action' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await line.getByRole('button', { name: 'Saved as your action' }).focus();
  await home.keyboard.press('Enter');
  await expect(line.getByRole('button', { name: 'Saved as your action' })).toBeFocused();
  const stored = await ask<unknown[]>(home, 'actions/list');
  expect(stored).toHaveLength(3);
});

test('a long check-in note is told it is too long for an action, not that it needs text', async ({
  kindling,
}) => {
  const sidebar = await openPage(kindling, 'sidepanel.html?view=checkin');
  await sidebar.getByRole('button', { name: 'Begin check-in' }).click();
  await sidebar.getByRole('button', { name: 'Start with the first lens' }).click();
  await sidebar.getByLabel('Your notes: Facts').fill('Two agency nurses on nights. '.repeat(25));
  await sidebar.getByRole('button', { name: 'Save this note as an action' }).click();
  const status = sidebar.locator('.lens .status.error');
  await expect(status).toContainText('an action holds up to 500');
  await expect(status).not.toContainText('needs some text');
});

test('Escape in a text field of the embedded sidebar stays in the field; elsewhere it closes the sidebar', async ({
  kindling,
}) => {
  const ward = await kindling.openDemo('/keys');
  const ui = kindlingIn(ward);
  await ui.control('button', 'Open Kindling').click();
  const sidebar = await sidebarOf(ward);
  await sidebar.getByRole('tab', { name: 'Check-in' }).click();
  await keyboardIntoSidebar(ward, sidebar.getByRole('radio', { name: 'Team huddle' }));
  await sidebar.getByRole('button', { name: 'Begin check-in' }).click();
  const notes = sidebar.getByLabel('Notes on whose voice is missing');
  await notes.click();
  await expect(notes).toBeFocused();
  await ward.keyboard.type('No carer voice yet');
  await ward.keyboard.press('Escape');
  await expect(notes).toBeFocused();
  await expect(notes).toHaveValue('No carer voice yet');
  expect(await ui.shown('panel')).toBe(true);

  await sidebar.getByRole('heading', { name: 'Before you start' }).click();
  await ward.keyboard.press('Escape');
  await expect.poll(() => ui.shown('panel')).toBe(false);
  // Neither the typing nor the Escape that closed the sidebar reached the page.
  expect(await ward.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys)).toEqual([]);
});
