import { prompts } from '../../lib/content';
import { expect, promptInSidebar, sidebarOf, test, kindlingIn } from './fixtures';

const colleaguePrompt = prompts.find((prompt) => prompt.audience === 'colleagues')!;

test('saved actions live in the extension, never in the host page, and follow the user from site to site', async ({
  kindling,
}) => {
  const ward = await kindling.openDemo('/');
  await kindlingIn(ward).control('button', 'Open Kindling').click();
  const card = await promptInSidebar(await sidebarOf(ward), colleaguePrompt.id);
  await card.getByRole('button', { name: 'Save as my action' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved to your actions');

  const hostStorage = await ward.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((db) => db.name),
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    cookies: document.cookie,
  }));
  expect(hostStorage).toEqual({ databases: [], localStorage: [], sessionStorage: [], cookies: '' });

  const rota = await kindling.openDemo('/rota', kindling.otherOrigin);
  expect(new URL(rota.url()).hostname).toBe('localhost');
  await kindlingIn(rota).control('button', 'Open Kindling').click();
  await expect((await sidebarOf(rota)).locator('.recent-actions')).toContainText(colleaguePrompt.action);
  expect(await rota.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);

  const popup = await kindling.openPopup();
  await expect(popup.locator('.action-text')).toHaveText([colleaguePrompt.action]);
});

test('no request leaves the browser: only the demo page itself is fetched, from 127.0.0.1 or localhost', async ({
  kindling,
}) => {
  const ward = await kindling.openDemo('/');
  await kindlingIn(ward).control('button', 'Open Kindling').click();
  const sidebar = await sidebarOf(ward);
  await sidebar.getByRole('button', { name: 'Save as my action' }).first().click();
  await sidebar.getByRole('tab', { name: 'Conversations' }).click();
  await sidebar.getByRole('searchbox', { name: 'Search conversations' }).fill('kindness');
  const popup = await kindling.openPopup();
  await expect(popup.locator('.action-text')).toHaveCount(1);
  await kindling.openDemo('/rota', kindling.otherOrigin);

  const left = kindling.requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'chrome-extension:' || protocol === 'data:' || protocol === 'blob:') return false;
    return !(hostname === '127.0.0.1' || hostname === 'localhost');
  });
  expect(kindling.requests.length).toBeGreaterThan(0);
  expect(left).toEqual([]);
});

test('the host page hears nothing from Kindling: no message on its window, nothing in its console', async ({
  kindling,
}) => {
  const page = await kindling.context.newPage();
  const console: string[] = [];
  page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    const heard: unknown[] = [];
    (window as unknown as { heard: unknown[] }).heard = heard;
    window.addEventListener('message', (event) => heard.push(event.data), true);
  });
  await page.goto(`${kindling.origin}/`);
  await kindlingIn(page).control('button', 'Open Kindling').click();
  await expect((await sidebarOf(page)).getByRole('heading', { name: 'What matters to you?' })).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
  expect(console).toEqual([]);
});
