import type { Page } from '@playwright/test';
import { expect, keyboardIntoSidebar, sidebarOf, test, kindlingIn, tabToLauncher } from './fixtures';

const seenKeys = (page: Page) => page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys);
const focusedLabel = (page: Page) => kindlingIn(page).focusedName();

test('on a page that records every key, working Kindling’s launcher, prompt and sidebar by keyboard records nothing', async ({
  kindling,
}) => {
  const page = await kindling.openDemo('/keys');
  const ui = kindlingIn(page);
  await expect.poll(() => ui.shown('nudge')).toBe(true);

  await tabToLauncher(page);
  // The Shift+Tab pressed while focus was still on the page is the page's own key; what follows is ours.
  await page.evaluate(() => ((window as unknown as { seenKeys: string[] }).seenKeys.length = 0));
  await expect.poll(() => focusedLabel(page)).toBe('Open Kindling');
  await page.keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('Save');
  await page.keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('Not now');
  // The card's menu, by keyboard: open it, step in, Escape closes the menu first, then the card.
  await page.keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('More');
  await page.keyboard.press('Enter');
  await expect.poll(() => ui.control('button', 'More').expanded()).toBe(true);
  await page.keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('Not now: I am busy');
  await page.keyboard.press('Escape');
  await expect.poll(() => ui.control('button', 'More').expanded()).toBe(false);
  expect(await focusedLabel(page)).toBe('More');
  expect(await ui.shown('nudge')).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => ui.shown('nudge')).toBe(false);
  expect(await focusedLabel(page)).toBe('Open Kindling');

  await page.keyboard.press('Enter');
  const sidebar = await sidebarOf(page);
  await expect(sidebar.getByRole('heading', { name: 'What matters to you?' })).toBeVisible();
  await sidebar.getByRole('tab', { name: 'Prompts' }).click();
  await keyboardIntoSidebar(page, sidebar.getByRole('radio', { name: 'Families' }));
  await page.keyboard.type('n/ward');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect.poll(() => kindlingIn(page).shown('panel')).toBe(false);
  await expect.poll(() => focusedLabel(page)).toBe('Open Kindling');
  await page.keyboard.press('Space');
  await expect.poll(() => kindlingIn(page).shown('panel')).toBe(true);

  expect(await seenKeys(page)).toEqual([]);

  // The recorder works: keys typed into the page's own search box reach the page as always.
  await page.getByLabel('Search orders').focus();
  await page.keyboard.type('k');
  expect(await seenKeys(page)).toContain('window keydown k');
  expect(await seenKeys(page)).toContain('document keyup k');
});

test('with global resets, static positioning, a 62.5% root font and a top-most overlay, the launcher looks the same and works', async ({
  kindling,
}) => {
  const plain = await kindling.openDemo('/rota');
  const reference = await kindlingIn(plain).box('launcher');
  await plain.close();

  const page = await kindling.openDemo('/hostile-css');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('10px');
  const ui = kindlingIn(page);
  const box = await ui.box('launcher');
  expect(box).toEqual(reference);
  expect(await ui.style('launcher', 'font-size')).toBe('13px');
  expect(await ui.style('launcher', 'background-color')).not.toBe('rgb(255, 105, 180)');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('kindling-root')!).position)).toBe(
    'fixed',
  );

  // Above the page's own top-most overlay: a real click at the launcher's centre reaches it.
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  const sidebar = await sidebarOf(page);
  await expect(sidebar.getByRole('heading', { name: 'What matters to you?' })).toBeVisible();
  expect((await ui.box('panel'))?.width).toBe(380);
  expect(await ui.frameBorder()).toBe('0px');
  await sidebar.getByRole('button', { name: 'Close sidebar' }).click();
  await expect.poll(() => ui.shown('panel')).toBe(false);
});

test('a single-page app that replaces its body and navigates with pushState keeps exactly one launcher', async ({
  kindling,
}) => {
  const page = await kindling.openDemo('/spa');
  for (const view of ['Patient summary (demo)', 'Letters (demo)', 'Clinic list (demo)']) {
    await page.getByRole('link', { name: view }).click();
    await expect(page.getByRole('heading', { name: view })).toBeVisible();
    await expect(page.locator('kindling-root')).toHaveCount(1);
  }
  await page.goBack();
  await expect(page).toHaveURL(/\/spa\/letters$/);
  await page.evaluate(() => {
    // The harshest rewrite: everything under <html> replaced at once.
    document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
  });
  await expect(page.locator('kindling-root')).toHaveCount(1);
  await kindlingIn(page).control('button', 'Open Kindling').click();
  await expect((await sidebarOf(page)).getByRole('heading', { name: 'What matters to you?' })).toBeVisible();
});

test('on a page with iframes, there is one launcher, in the top frame only', async ({ kindling }) => {
  const page = await kindling.openDemo('/frames');
  await expect(
    page.frameLocator('iframe[title="Ward board"]').getByRole('heading', { level: 1 }).first(),
  ).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(page.frames().length).toBeGreaterThanOrEqual(4);
  for (const frame of page.frames()) {
    const launchers = await frame.locator('kindling-root').count();
    expect(launchers).toBe(frame === page.mainFrame() ? 1 : 0);
  }
});

test('the launcher throws nothing into the page console and leaves no globals on the page', async ({
  kindling,
}) => {
  const context = kindling.context;
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const before = await (async () => {
    const blank = await context.newPage();
    await blank.goto('about:blank');
    const names = await blank.evaluate(() => Object.getOwnPropertyNames(window));
    await blank.close();
    return new Set(names);
  })();
  await page.goto(new URL('/rota', kindling.origin).href);
  await expect.poll(() => kindlingIn(page).control('button', 'Open Kindling').visible()).toBe(true);
  await kindlingIn(page).control('button', 'Open Kindling').click();
  await expect((await sidebarOf(page)).getByRole('heading', { name: 'What matters to you?' })).toBeVisible();
  const added = (await page.evaluate(() => Object.getOwnPropertyNames(window))).filter(
    (name) => !before.has(name) && /kindling/i.test(name),
  );
  expect(added).toEqual([]);
  expect(problems).toEqual([]);
});
