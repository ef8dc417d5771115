import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import {
  expect,
  isSidebarFrame,
  kindlingIn,
  launch,
  RELEASE_BUILD_DIR,
  serviceWorkerOf,
  sidebarOf,
  test,
  type Kindling,
} from './fixtures';

// A hostile page (tests/demo/snoop.html) tries every way to detect, read, frame,
// click and repoint Kindling. Each check here failed on the code before issue 8.

const JOURNAL_ENTRY = 'Sit with Mr Okafor’s daughter before the ward round';
const seenKeys = (page: Page) => page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys);
type Snoop = {
  probe(url: string): Promise<string>;
  frame(url: string): Promise<string>;
  read(): { host: boolean; shadowRoot: boolean; text: string | null };
  act(): string;
  repoint(): number;
};
/** Runs `run` in the snooping page with its `window.snoop` (the function is sent as source). */
const snoop = <T>(page: Page, run: (snoop: Snoop, arg: string) => T | Promise<T>, arg = '') =>
  page.evaluate(
    ([source, value]) =>
      new Function('snoop', 'arg', `return (${source})(snoop, arg)`)((window as never)['snoop'], value),
    [run.toString(), arg] as const,
  ) as Promise<T>;

/** Saves an action from the popup, so there is a journal to steal. */
async function journalWithOneAction(kindling: Kindling) {
  const popup = await kindling.openPopup();
  await popup.evaluate(
    (text) =>
      chrome.runtime.sendMessage({
        channel: 'kindling',
        type: 'actions/save',
        data: { text, source: { kind: 'own' } },
      }),
    JOURNAL_ENTRY,
  );
  return popup;
}
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: { url: string }): Promise<Array<{ id?: number }>> };
};

/** Fetching or framing Kindling's static URLs tells the page nothing and shows it nothing. */
async function cannotProbeOrFrame(page: Page, extensionId: string) {
  for (const file of ['sidepanel.html', 'sidepanel.html?embedded=1', 'popup.html', 'manifest.json']) {
    expect(await snoop(page, (s, url) => s.probe(url), `chrome-extension://${extensionId}/${file}`)).toBe(
      'refused',
    );
  }
  await snoop(page, (s, url) => s.frame(url), `chrome-extension://${extensionId}/sidepanel.html?embedded=1`);
  const stolen = page
    .frames()
    .find((frame) => frame.parentFrame() === page.mainFrame() && isSidebarFrame(frame));
  const shown = stolen
    ? await stolen
        .locator('body')
        .innerText()
        .catch(() => '')
    : '';
  expect(shown).not.toContain(JOURNAL_ENTRY);
  expect(shown).not.toContain('Your recent actions');
  if (stolen) await expect(stolen.getByRole('button')).toHaveCount(0);
}

test('on an enabled site, a snooping page cannot detect, read, frame, click or repoint Kindling', async ({
  kindling,
}) => {
  const popup = await journalWithOneAction(kindling);
  const page = await kindling.openDemo('/snoop');
  const ui = kindlingIn(page);

  await cannotProbeOrFrame(page, kindling.extensionId);

  // It finds our element (it is in its DOM) but nothing inside it.
  expect(await snoop(page, (s) => s.read())).toEqual({ host: true, shadowRoot: false, text: null });

  // A prompt is on screen: scripted clicks and keys, even at <kindling-root>, neither save nor dismiss it.
  await expect.poll(() => ui.shown('nudge')).toBe(true);
  expect(await snoop(page, (s) => s.act())).toBe('tried');
  await page.waitForTimeout(500);
  expect(await ui.shown('nudge')).toBe(true);
  expect(await ui.control('button', 'Open Kindling').expanded()).toBe(false);
  expect(page.frames().filter(isSidebarFrame)).toHaveLength(0);
  await popup.reload();
  await expect(popup.locator('.action-text')).toHaveText([JOURNAL_ENTRY]);

  // The user opens the sidebar; the page cannot point its frame elsewhere.
  await ui.control('button', 'Open Kindling').click();
  const sidebar = await sidebarOf(page);
  await expect(sidebar.locator('.recent-actions')).toContainText(JOURNAL_ENTRY);
  await page.evaluate(() => document.getElementById('stolen')?.remove());
  await snoop(page, (s) => s.repoint());
  await page.waitForTimeout(500);
  expect(page.frames().map((frame) => frame.url())).not.toContainEqual(
    expect.stringContaining('snoop-pwned'),
  );

  expect(await seenKeys(page)).toEqual([]);
});

test('on a site not enabled, keys stay Kindling’s and the page still cannot reach it', async ({
  kindling,
}) => {
  await journalWithOneAction(kindling);
  const options = await kindling.context.newPage();
  await options.goto(`chrome-extension://${kindling.extensionId}/options.html`);
  await options.getByRole('button', { name: 'Remove localhost' }).click();
  await options.getByRole('button', { name: 'Yes, remove localhost' }).click();
  await expect(options.getByRole('button', { name: 'Remove localhost', exact: true })).toBeHidden();

  const page = await kindling.context.newPage();
  await page.goto(new URL('/snoop', kindling.otherOrigin).href);
  await cannotProbeOrFrame(page, kindling.extensionId);

  // What the toolbar button and Alt+Shift+K send for this tab.
  await options.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return chrome.runtime.sendMessage({
      channel: 'kindling',
      type: 'sidebar/toggle',
      data: { tabId: tab!.id },
    });
  }, page.url());
  const sidebar = await sidebarOf(page);
  await expect(sidebar.locator('.recent-actions')).toContainText(JOURNAL_ENTRY);
  expect(await snoop(page, (s) => s.read())).toMatchObject({ shadowRoot: false });

  // The user works the launcher with the mouse and types: the page's earlier capture listeners hear nothing.
  const ui = kindlingIn(page);
  await ui.control('button', 'Close Kindling').click();
  await expect.poll(() => ui.control('button', 'Open Kindling').expanded()).toBe(false);
  expect(await ui.focusedName()).toBeNull();
  await page.keyboard.press('Shift+Tab');
  expect(await ui.focusedName()).toBeNull();
  await ui.control('button', 'Open Kindling').click();
  await expect.poll(() => ui.control('button', 'Close Kindling').visible()).toBe(true);
  await page.keyboard.type('x');
  await ui.control('button', 'Close Kindling').click();
  await expect.poll(() => ui.control('button', 'Open Kindling').visible()).toBe(true);
  expect((await seenKeys(page)).filter((key) => !key.endsWith(' Tab') && !key.endsWith(' Shift'))).toEqual(
    [],
  );

  await snoop(page, (s) => s.act());
  await page.waitForTimeout(500);
  expect(await ui.control('button', 'Open Kindling').expanded()).toBe(false);
});

test('with the release build (no site enabled), a snooping page cannot detect or frame Kindling', async ({
  kindling,
}) => {
  const profile = await mkdtemp(path.join(tmpdir(), 'kindling-release-'));
  let context: BrowserContext | null = null;
  try {
    context = await launch(profile, RELEASE_BUILD_DIR);
    const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
    const page = await context.newPage();
    await page.goto(new URL('/snoop', kindling.origin).href);
    await cannotProbeOrFrame(page, extensionId);
    expect(await snoop(page, (s) => s.read())).toEqual({ host: false, shadowRoot: false, text: null });
  } finally {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
  }
});
