import type { CDPSession, Page } from '@playwright/test';
import { expect, test, type Kindling } from './fixtures';

/**
 * Layout under real use, and site settings that reach open tabs at once.
 *
 * The launcher's shadow root may be closed, so these tests never use
 * `page.locator('kindling-root …')`: they find its elements with the DevTools
 * protocol's pierce (DOM.getDocument with pierce: true, DOM.querySelectorAll on
 * the shadow root, DOM.getBoxModel) and click them with the mouse, as a user does.
 */

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> };
};

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findHost(node: DomNode): DomNode | undefined {
  if (node.nodeName === 'KINDLING-ROOT') return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child);
    if (found) return found;
  }
  return undefined;
}

const sessions = new WeakMap<Page, CDPSession>();
/** One DevTools session per page, kept for the test. */
async function devtools(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** Kindling's elements matching `selector` inside `<kindling-root>`, open or closed: their boxes (hidden ones have none) and attributes. */
async function ours(
  page: Page,
  selector: string,
): Promise<Array<{ box: Box | null; attrs: Record<string, string> }>> {
  const cdp = await devtools(page);
  // The page may drop our shadow root between reading the document and querying it (the launcher
  // removed): read the document again, which then shows whether anything of ours is left.
  let nodeIds: number[] | null = null;
  for (let attempt = 0; nodeIds === null; attempt++) {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const shadow = findHost(root)?.shadowRoots?.[0];
    if (!shadow) return [];
    const query = cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector });
    nodeIds =
      attempt < 3 ? await query.then(({ nodeIds: ids }) => ids).catch(() => null) : (await query).nodeIds;
  }
  const found = [];
  for (const nodeId of nodeIds) {
    // The page may change between the query and this call (the launcher removed, restyled): skip a node gone.
    const read = await cdp.send('DOM.getAttributes', { nodeId }).catch(() => null);
    if (!read) continue;
    const { attributes } = read;
    const attrs: Record<string, string> = {};
    for (let i = 0; i < attributes.length; i += 2) attrs[attributes[i]!] = attributes[i + 1]!;
    // A hidden element has no box.
    const model = await cdp.send('DOM.getBoxModel', { nodeId }).catch(() => null);
    const [x1, y1, , , x3, y3] = (model?.model.border ?? []) as number[];
    found.push({ box: model ? { x: x1!, y: y1!, width: x3! - x1!, height: y3! - y1! } : null, attrs });
  }
  return found;
}

const shownBoxes = async (page: Page, selector: string) =>
  (await ours(page, selector)).flatMap(({ box }) => (box && box.width > 0 ? [box] : []));

const launcher = async (page: Page) => {
  const [found] = await ours(page, '.launcher');
  return found;
};

function inside(box: Box, viewport: { width: number; height: number }): boolean {
  return (
    box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height
  );
}

function coversCentre(box: Box, viewport: { width: number; height: number }): boolean {
  const x = viewport.width / 2;
  const y = viewport.height / 2;
  return x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
}

const centreOf = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** Opens the demo page and waits for the launcher, found through the DevTools protocol. */
async function demoTab(kindling: Kindling, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await kindling.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(kindling.origin);
  await expect.poll(async () => (await launcher(page))?.box?.width ?? 0).toBeGreaterThan(0);
  return page;
}

/** The page scrolls sideways when its content is wider than the window. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, clientWidth } = await overflow(page);
  expect(scrollWidth, `${where}: ${scrollWidth}px of content in ${clientWidth}px`).toBeLessThanOrEqual(
    clientWidth,
  );
}

// A pasted web address with no spaces: the longest an action may be (500), and longer in a check-in note.
const longAddress = (length: number) =>
  `https://ward.example.org/plan?ref=${'A9f3K2m7Qx'.repeat(70)}`.slice(0, length);
const ACTION = longAddress(500);
const NOTE = longAddress(600);

test('a pasted 500-character web address wraps in the popup, the sidebar, the check-in summary and the settings', async ({
  kindling,
}) => {
  const popup = await kindling.openPopup();
  await popup.setViewportSize({ width: 380, height: 700 });
  const ask = (type: string, data: unknown) =>
    popup.evaluate(
      async ([type, data]) => {
        const reply = await chrome.runtime.sendMessage({ channel: 'kindling', type, data });
        if (!reply.ok) throw new Error(reply.error);
        return reply.value as Record<string, unknown>;
      },
      [type, data] as const,
    );
  const action = await ask('actions/save', { text: ACTION, source: { kind: 'own' } });
  const started = await ask('checkins/start', { meetingType: 'huddle', minutes: 5 });
  await ask('checkins/save', {
    ...started,
    notes: { white: NOTE },
    voiceNotes: NOTE,
    covered: ['white'],
    actions: [{ id: action.id, lens: 'white', text: ACTION }],
    finished: Date.now(),
  });

  await popup.reload();
  await expect(popup.locator('.action-text').first()).toHaveText(ACTION);
  await expectNoSidewaysScroll(popup, 'popup at 380px');

  for (const width of [380, 320]) {
    const sidebar = await kindling.context.newPage();
    await sidebar.setViewportSize({ width, height: 700 });
    await sidebar.goto(`chrome-extension://${kindling.extensionId}/sidepanel.html`);
    await expect(sidebar.getByText(ACTION)).toBeVisible();
    await expectNoSidewaysScroll(sidebar, `sidebar at ${width}px`);

    await sidebar.getByRole('tab', { name: 'Check-in' }).click();
    await sidebar.getByRole('button', { name: /^Reopen the .* check-in/ }).click();
    await expect(sidebar.locator('.summary-page')).toContainText(NOTE);
    await expectNoSidewaysScroll(sidebar, `check-in summary at ${width}px`);
    await sidebar.close();
  }

  const options = await kindling.context.newPage();
  await options.setViewportSize({ width: 320, height: 700 });
  await options.goto(`chrome-extension://${kindling.extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Sites' })).toBeVisible();
  await expectNoSidewaysScroll(options, 'settings at 320px');
});

test('the prompt card keeps every button on screen at 200 % zoom on a 1280×800 screen and at 320 px wide', async ({
  kindling,
}) => {
  // 200 % browser zoom on 1280×800 leaves a 640×400 CSS-pixel window.
  const zoomed = { width: 640, height: 400 };
  const page = await demoTab(kindling, zoomed);
  await expect.poll(async () => (await shownBoxes(page, '.nudge button')).length).toBeGreaterThanOrEqual(3);

  for (const viewport of [zoomed, { width: 320, height: 640 }]) {
    await page.setViewportSize(viewport);
    const [card] = await shownBoxes(page, '.nudge');
    expect(card && inside(card, viewport), `card at ${viewport.width}×${viewport.height}`).toBe(true);
    const buttons = await shownBoxes(page, '.nudge button');
    expect(buttons).toHaveLength(3);
    for (const button of buttons) {
      expect(
        inside(button, viewport),
        `button ${JSON.stringify(button)} in ${viewport.width}×${viewport.height}`,
      ).toBe(true);
    }
  }
  // Reachable by mouse: "Not now" (the second choice) answers the card.
  const notNow = (await shownBoxes(page, '.nudge-choices button'))[1]!;
  await page.mouse.click(centreOf(notNow).x, centreOf(notNow).y);
  await expect.poll(async () => (await shownBoxes(page, '.nudge')).length).toBe(0);
});

test('while the sidebar is open the launcher stays on screen, away from the middle of the page, and closes it with a click, at any width', async ({
  kindling,
}) => {
  const page = await demoTab(kindling);
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 800, height: 600 },
    { width: 640, height: 400 },
    { width: 481, height: 700 },
    { width: 400, height: 700 },
    { width: 320, height: 640 },
  ]) {
    await page.setViewportSize(viewport);
    const closed = (await launcher(page))!.box!;
    await page.mouse.click(centreOf(closed).x, centreOf(closed).y);
    await expect.poll(async () => (await launcher(page))?.attrs['aria-expanded']).toBe('true');

    const open = (await launcher(page))!.box!;
    const where = `${viewport.width}×${viewport.height}`;
    expect(inside(open, viewport), `launcher ${JSON.stringify(open)} on screen at ${where}`).toBe(true);
    expect(coversCentre(open, viewport), `launcher over the middle of the page at ${where}`).toBe(false);

    // The launcher, not the sidebar, is what the mouse reaches there: clicking it closes the sidebar.
    await page.mouse.click(centreOf(open).x, centreOf(open).y);
    await expect.poll(async () => (await launcher(page))?.attrs['aria-expanded'], where).toBe('false');
  }
});

test('a site’s side and slim tab change in settings reach its open tab at once, and removing the site removes the launcher there', async ({
  kindling,
}) => {
  const page = await demoTab(kindling);
  const right = (await launcher(page))!.box!;
  expect(right.x + right.width).toBeGreaterThan(1270);

  const options = await kindling.context.newPage();
  await options.goto(`chrome-extension://${kindling.extensionId}/options.html`);
  const site = options.locator('.sites li').filter({ hasText: '127.0.0.1' });
  await site.getByLabel('Launcher side on 127.0.0.1').selectOption('left');
  await expect.poll(async () => (await launcher(page))!.box!.x).toBe(0);

  await site.getByLabel('Slim edge tab').check();
  // Slim, yet still a 24 px target (WCAG 2.5.8).
  await expect.poll(async () => (await launcher(page))!.box!.width).toBeLessThan(30);

  await site.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await options.getByRole('button', { name: 'Yes, remove 127.0.0.1' }).click();
  await expect.poll(async () => (await ours(page, '.launcher')).length).toBe(0);
  // Nothing was reloaded: the page is the one it was.
  expect(page.url()).toBe(`${kindling.origin}/`);
});

test('Today shows the newest conversation and “All conversations” shows the 21 monthly ones', async ({
  kindling,
}) => {
  const sidebar = await kindling.context.newPage();
  await sidebar.goto(`chrome-extension://${kindling.extensionId}/sidepanel.html`);
  await expect(sidebar.locator('.conversation-line')).toHaveCount(1);
  await sidebar.getByRole('button', { name: 'All conversations' }).click();
  await expect(sidebar.getByRole('tab', { name: 'Conversations', selected: true })).toBeFocused();
  await expect(sidebar.locator('li.conversation')).toHaveCount(21);
  await expect(sidebar.getByText('21 of 21 conversations')).toBeVisible();
  await expect(sidebar.locator('li.conversation')).not.toContainText(['M6']);
});
