import { prompts } from '../../lib/content';
import { expect, sidebarOf, test } from './fixtures';

const firstPrompt = prompts[0];

test('a clinician opens Kindling on their ward system, saves a prompt as an action, and still finds it after a restart', async ({
  kindling,
}) => {
  const ward = await kindling.openDemo('/');

  await ward.getByRole('button', { name: 'Open Kindling' }).click();
  const sidebar = sidebarOf(ward);
  await expect(sidebar.getByRole('heading', { name: 'Why kindness matters' })).toBeVisible();
  await expect(sidebar.getByRole('heading', { name: 'What matters to you?' })).toBeVisible();
  await expect(sidebar.getByRole('heading', { name: 'Conversations for Kindness' })).toBeVisible();
  await expect(sidebar.locator('.conversation a[target="_blank"][rel~="noopener"]').first()).toBeVisible();

  const card = sidebar.locator(`[data-prompt-id="${firstPrompt.id}"]`);
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
  const launcher = ward.locator('kindling-root button.launcher');
  await launcher.click();
  await expect(launcher).toHaveAttribute('aria-expanded', 'true');
  await expect(launcher).toHaveAccessibleName('Close Kindling');

  const sidebar = sidebarOf(ward);
  await sidebar.getByRole('button', { name: 'Close sidebar' }).click();
  await expect(ward.locator('kindling-root .panel')).toBeHidden();
  await expect(launcher).toHaveAttribute('aria-expanded', 'false');

  await launcher.click();
  await sidebar.getByRole('heading', { name: 'What matters to you?' }).click();
  await ward.keyboard.press('Escape');
  await expect(ward.locator('kindling-root .panel')).toBeHidden();
});
