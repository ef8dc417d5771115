import { expect, keyboardIntoSidebar, sidebarOf, test, kindlingIn, tabToLauncher } from './fixtures';

test('on a strict-CSP page with an 8px root font, the launcher and sidebar look right and keys never reach the page', async ({
  kindling,
}) => {
  const page = await kindling.openDemo('/strict');
  const served = await page.request.get(page.url());
  expect(served.headers()['content-security-policy']).toContain("frame-src 'none'");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('8px');

  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenKeys: string[] }).seenKeys = seen;
    for (const target of [window, document])
      for (const type of ['keydown', 'keyup', 'keypress'])
        target.addEventListener(type, () => seen.push(type));
  });

  const ui = kindlingIn(page);
  const box = await ui.box('launcher');
  expect(box?.height).toBeGreaterThanOrEqual(44);
  expect(box?.width).toBeGreaterThanOrEqual(44);
  expect(await ui.style('launcher', 'font-size')).toBe('13px');
  expect(await ui.style('launcher', 'background-color')).not.toBe('rgb(255, 105, 180)');

  await tabToLauncher(page);
  // The Shift+Tab pressed while focus was still on the page is the page's own key; what follows is ours.
  await page.evaluate(() => ((window as unknown as { seenKeys: string[] }).seenKeys.length = 0));
  await expect.poll(() => ui.focusedName()).toBe('Open Kindling');
  await page.keyboard.press('Enter');
  const sidebar = await sidebarOf(page);
  await expect(sidebar.getByRole('heading', { name: 'What matters to you?' })).toBeVisible();
  expect((await ui.box('panel'))?.width).toBe(380);
  expect(
    await sidebar
      .locator('body')
      .evaluate((body) => getComputedStyle(body.ownerDocument.documentElement).fontSize),
  ).toBe('14px');
  // Chromium gives extension pages body { font-size: 75% }; our text must still be 14px.
  expect(
    await sidebar
      .locator('.conversation-line')
      .first()
      .evaluate((p) => getComputedStyle(p).fontSize),
  ).toBe('14px');
  expect(await ui.frameBorder()).toBe('0px');

  await sidebar.getByRole('tab', { name: 'Prompts' }).click();
  await keyboardIntoSidebar(page, sidebar.getByRole('radio', { name: 'Families' }));
  await page.keyboard.type('n/ward');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect.poll(() => ui.shown('panel')).toBe(false);
  await page.keyboard.press('Enter');
  await expect.poll(() => ui.shown('panel')).toBe(true);

  expect(await page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys)).toEqual([]);
  await expect(page.locator('dialog[open]')).toHaveCount(0);
});
