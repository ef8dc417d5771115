import { prompts } from '../../lib/content';
import { expect, promptInSidebar, sidebarOf, test, kindlingIn } from './fixtures';

const firstPrompt = prompts[0];

test('a clinician opens Kindling on their ward system, saves a prompt as an action, and still finds it after a restart', async ({
  kindling,
}) => {
  const ward = await kindling.openDemo('/');

  await kindlingIn(ward).control('button', 'Open Kindling').click();
  const sidebar = await sidebarOf(ward);
  await expect(sidebar.getByRole('heading', { name: 'What matters to you?' })).toBeVisible();
  await sidebar.getByRole('tab', { name: 'Why kindness' }).click();
  await expect(sidebar.getByRole('heading', { name: 'Why kindness matters' })).toBeVisible();
  await sidebar.getByRole('tab', { name: 'Conversations' }).click();
  await expect(sidebar.getByRole('heading', { name: 'Conversations for Kindness' })).toBeVisible();
  await expect(sidebar.locator('.conversation a[target="_blank"][rel~="noopener"]').first()).toBeVisible();

  const card = await promptInSidebar(sidebar, firstPrompt.id);
  await card.getByRole('button', { name: 'Save as my action' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved to your actions');

  const popup = await kindling.openPopup();
  await expect(popup.locator('.action-text')).toHaveText([firstPrompt.action]);
  await expect(popup.locator('.action').first()).toContainText('Planned');

  await kindling.restart();
  const popupAfterRestart = await kindling.openPopup();
  await expect(popupAfterRestart.locator('.action-text')).toHaveText([firstPrompt.action]);
});

test('the sidebar closes with Escape or its close button, and the launcher says whether it is open', async ({
  kindling,
}) => {
  const ward = await kindling.openDemo('/');
  const ui = kindlingIn(ward);
  await ui.control('button', 'Open Kindling').click();
  await expect.poll(() => ui.control('button', 'Close Kindling').expanded()).toBe(true);

  const sidebar = await sidebarOf(ward);
  await sidebar.getByRole('button', { name: 'Close sidebar' }).click();
  await expect.poll(() => ui.shown('panel')).toBe(false);
  await expect.poll(() => ui.control('button', 'Open Kindling').expanded()).toBe(false);

  await ui.control('button', 'Open Kindling').click();
  await sidebar.getByRole('heading', { name: 'What matters to you?' }).click();
  await ward.keyboard.press('Escape');
  await expect.poll(() => ui.shown('panel')).toBe(false);
});
