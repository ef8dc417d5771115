import { expect, sidebarOf, tabToLauncher, test } from './fixtures';

test('a clinician saves the day’s prompt from the sidebar, reflects on it in three parts, and finds it in the reflection for appraisal', async ({
  kindling,
}) => {
  const ward = await kindling.openDemo('/');
  await tabToLauncher(ward);
  await ward.keyboard.press('Enter');
  const sidebar = await sidebarOf(ward);
  const save = sidebar.getByRole('button', { name: 'Save as my action' });
  await expect(save).toBeVisible();
  const text = (await sidebar.locator('.today-prompt').textContent()) ?? '';
  await save.focus();
  await ward.keyboard.press('Enter');
  await expect(sidebar.locator('.today-prompt').getByRole('status')).toHaveText('Saved to your actions');
  await sidebar.getByRole('button', { name: 'Another prompt' }).focus();
  await ward.keyboard.press('Enter');
  await expect(sidebar.getByRole('button', { name: 'Save as my action' })).toBeVisible();

  const popup = await kindling.openPopup();
  // One action: asking for another prompt saves nothing.
  await expect(popup.locator('.action')).toHaveCount(1);
  const action = popup.locator('.action').first();
  expect(text).toContain((await action.locator('.action-text').textContent())!.slice(0, 10));
  await action.getByRole('button', { name: 'Mark done' }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByLabel('What happened?')).toBeFocused();
  await popup.keyboard.type('We talked about her cat.');
  await popup.keyboard.press('Tab');
  await popup.keyboard.type('Home is what she misses most.');
  await popup.keyboard.press('Tab');
  await popup.keyboard.type('Ask the family to bring a photo.');
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Enter');
  await expect(action.locator('.reflection dt')).toHaveText(['What happened', 'So what', 'Now what']);

  const link = popup.getByRole('link', { name: 'Reflection for appraisal' });
  await link.focus();
  const [page] = await Promise.all([kindling.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
  await expect(page.locator('.reflection-action h4')).toHaveText(['What happened', 'So what', 'Now what']);
  await expect(page.locator('.reflection-action')).toContainText('Home is what she misses most.');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: 'Print' }).focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: 'Download Markdown' })
      .focus()
      .then(() => page.keyboard.press('Enter')),
  ]);
  expect(await download.path()).toBeTruthy();
});
