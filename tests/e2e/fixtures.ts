/**
 * Shared fixtures for Kindling's end-to-end tests.
 *
 * How tests reach Kindling's UI in a web page: `<kindling-root>` has a CLOSED
 * shadow root (so page scripts cannot read or click it), and Playwright's
 * locators and frameLocator cannot enter closed roots. Tests therefore work
 * it as a person does:
 * - find a control by role and accessible name in the browser's accessibility
 *   tree (DevTools protocol `Accessibility.getFullAXTree`, which includes
 *   closed shadow roots), as a screen reader would (`kindlingIn(page)`);
 * - click it with the mouse at the centre of its box (`DOM.getBoxModel` on the
 *   node's backend id, then `page.mouse.click`), so the click is trusted;
 * - reach it with the keyboard (Tab) and read which control has focus from
 *   the same tree (`focusedName`);
 * - read our own elements (the prompt text, the panel) with
 *   `DOM.getDocument({ depth: -1, pierce: true })`, which also walks closed roots;
 * - use the sidebar as the Playwright `Frame` whose URL is Kindling's sidebar
 *   page, found in `page.frames()` (`sidebarOf`).
 */
import {
  test as base,
  chromium,
  expect,
  type BrowserContext,
  type CDPSession,
  type Frame,
  type Locator,
  type Page,
  type Worker,
} from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error plain ESM helpers shared with `npm start`
import { chromiumArgs, findChromium } from '../support/chromium.mjs';
// @ts-expect-error plain ESM helpers shared with `npm start`
import { startDemoServer } from '../support/demo-server.mjs';
// @ts-expect-error plain ESM helpers shared with `npm start`
import { OUTPUT_DIR, TEST_BUILD_DIR } from '../support/paths.mjs';

/** The extension API as seen inside the service worker, where these tests evaluate code. */
declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };

/** The test build: release build plus the local demo hosts as enabled sites. */
export const BUILD_DIR: string = TEST_BUILD_DIR;
/** The release build for Chrome and Edge (`npm run build`): no site enabled. */
export const RELEASE_BUILD_DIR: string = path.join(OUTPUT_DIR as string, 'chrome-mv3');

interface DemoServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** A Chromium profile with Kindling loaded, which can be restarted on the same profile. */
export interface Kindling {
  context: BrowserContext;
  extensionId: string;
  /** The demo clinical app, as http://127.0.0.1:PORT */
  origin: string;
  /** The same demo app on another site: http://localhost:PORT */
  otherOrigin: string;
  /** Every URL any page, frame or worker of the browser asked for. */
  requests: string[];
  serviceWorker(): Promise<Worker>;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<BrowserContext>;
  openPopup(): Promise<Page>;
  /** Opens the demo page at `pathname` and waits for Kindling's launcher (found in the accessibility tree). */
  openDemo(pathname?: string, origin?: string, launcherName?: string): Promise<Page>;
}

/**
 * Starts Chromium with the test build (or `build`) on `profile` (a second,
 * fresh profile for import tests). `uiLanguage` starts the browser's own UI in
 * that language: Linux Chromium reads it from LANGUAGE (it ignores --lang) and
 * has it only with Debian's chromium-l10n installed.
 */
export async function launch(
  profile: string,
  build: string = BUILD_DIR,
  uiLanguage?: string,
): Promise<BrowserContext> {
  if (!existsSync(path.join(build, 'manifest.json'))) {
    throw new Error(`No build at ${build}. Run \`npm run build:test\` (or \`npm run build\`) first.`);
  }
  const { path: executablePath } = findChromium() as { path: string };
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: chromiumArgs(build, { headless: false }) as string[],
    viewport: { width: 1280, height: 800 },
    // Playwright Test gives every context it starts the `locale` option, en-US unless told otherwise,
    // which overrides the UI language Chromium took from LANGUAGE.
    ...(uiLanguage && { env: { ...process.env, LANGUAGE: uiLanguage }, locale: uiLanguage }),
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Waits until the background has registered the launcher for the demo hosts. */
async function launcherRegistered(worker: Worker): Promise<void> {
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length))
    .toBeGreaterThan(0);
}

export const test = base.extend<{ kindling: Kindling; uiLanguage: string | undefined }, { demo: DemoServer }>(
  {
    /** The browser's UI language for this test's Chromium (`test.use({ uiLanguage: 'fr' })`). */
    uiLanguage: [undefined, { option: true }],

    demo: [
      // eslint-disable-next-line no-empty-pattern
      async ({}, use) => {
        const server = (await startDemoServer({ port: 0 })) as DemoServer;
        await use(server);
        await server.close();
      },
      { scope: 'worker' },
    ],

    kindling: async ({ demo, uiLanguage }, use) => {
      const profile = await mkdtemp(path.join(tmpdir(), 'kindling-profile-'));
      const requests: string[] = [];
      const watch = (context: BrowserContext) =>
        context.on('request', (request) => requests.push(request.url()));
      let context = await launch(profile, BUILD_DIR, uiLanguage);
      watch(context);

      const kindling: Kindling = {
        get context() {
          return context;
        },
        extensionId: '',
        origin: demo.origin,
        otherOrigin: `http://localhost:${demo.port}`,
        requests,
        serviceWorker: () => serviceWorkerOf(context),
        async restart() {
          await context.close();
          context = await launch(profile, BUILD_DIR, uiLanguage);
          watch(context);
          await launcherRegistered(await serviceWorkerOf(context));
          return context;
        },
        async openPopup() {
          const page = await context.newPage();
          await page.goto(`chrome-extension://${kindling.extensionId}/popup.html`);
          // The first paint waits for the language and the policy in force: open means painted.
          await expect(page.getByRole('main')).toBeVisible();
          return page;
        },
        async openDemo(pathname = '/', origin = demo.origin, launcherName = 'Open Kindling') {
          const page = await context.newPage();
          await page.goto(new URL(pathname, origin).href);
          await expect.poll(() => kindlingIn(page).control('button', launcherName).visible()).toBe(true);
          return page;
        },
      };
      const worker = await serviceWorkerOf(context);
      kindling.extensionId = new URL(worker.url()).host;
      await launcherRegistered(worker);

      await use(kindling);

      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  },
);

export { expect };

/** Whether a frame is Kindling's embedded sidebar page. */
export const isSidebarFrame = (frame: Frame) =>
  /^chrome-extension:\/\/[^/]+\/sidepanel\.html\?/.test(frame.url());

/**
 * The sidebar iframe inside the launcher's closed shadow root, as a Playwright
 * Frame (its locators work as before); waits until the launcher has framed it.
 */
/** Opens the sidebar's Prompts tab and the line of one prompt, where its save button is. */
export async function promptInSidebar(sidebar: Frame | Page, id: string): Promise<Locator> {
  await sidebar.getByRole('tab', { name: 'Prompts' }).click();
  const line = sidebar.locator(`[data-prompt-id="${id}"]`);
  await line.locator('summary').click();
  return line;
}

export async function sidebarOf(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some(isSidebarFrame)).toBe(true);
  const frame = page.frames().find(isSidebarFrame)!;
  await frame.waitForLoadState('load');
  return frame;
}

interface AXValue {
  value?: unknown;
}
interface AXNode {
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  properties?: Array<{ name: string; value: AXValue }>;
  backendDOMNodeId?: number;
}
interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

const propertyOf = (node: AXNode, name: string) =>
  node.properties?.find((each) => each.name === name)?.value.value;
const attributeOf = (node: DomNode, name: string) => {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
};

/** Every node under `<kindling-root>`'s shadow root, closed or not. */
async function ourNodes(page: Page): Promise<DomNode[]> {
  const cdp = await cdpOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const found: DomNode[] = [];
  const walk = (node: DomNode, inside: boolean) => {
    if (inside) found.push(node);
    const ours = inside || node.nodeName === 'KINDLING-ROOT';
    for (const shadow of node.shadowRoots ?? []) walk(shadow, ours);
    for (const child of node.children ?? []) walk(child, inside);
  };
  walk(root, false);
  return found;
}

const textOf = (node: DomNode): string =>
  node.nodeName === '#text' ? (node.nodeValue ?? '') : (node.children ?? []).map(textOf).join('');

/** The centre of a node's box, or null when it has none (hidden). */
async function centreOf(page: Page, backendNodeId: number): Promise<{ x: number; y: number } | null> {
  const cdp = await cdpOf(page);
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as {
      model: { border: number[] };
    };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
    if (x3 - x1 <= 0 || y3 - y1 <= 0) return null;
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  } catch {
    return null;
  }
}

/** Kindling's UI in a web page, reached as a person reaches it (see the top of this file). */
export function kindlingIn(page: Page) {
  async function axNodes(): Promise<AXNode[]> {
    const cdp = await cdpOf(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes.filter((node) => !node.ignored);
  }
  async function ourIds(): Promise<Set<number>> {
    return new Set((await ourNodes(page)).map((node) => node.backendNodeId));
  }
  async function styleOf(match: (node: DomNode) => boolean, property: string): Promise<string | null> {
    const node = (await ourNodes(page)).find(match);
    if (!node) return null;
    const cdp = await cdpOf(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId })) as {
      computedStyle: Array<{ name: string; value: string }>;
    };
    return computedStyle.find((each) => each.name === property)?.value ?? null;
  }
  const matches = (wanted: string | RegExp, name: unknown) =>
    typeof wanted === 'string' ? name === wanted : wanted.test(String(name));

  return {
    /** A control of ours by role and accessible name; the page's own controls never match. */
    control(role: string, name: string | RegExp) {
      const find = async () => {
        const ids = await ourIds();
        return (await axNodes()).find(
          (node) =>
            node.role?.value === role &&
            matches(name, node.name?.value) &&
            node.backendDOMNodeId !== undefined &&
            ids.has(node.backendDOMNodeId),
        );
      };
      const centre = async () => {
        const node = await find();
        return node?.backendDOMNodeId === undefined ? null : centreOf(page, node.backendDOMNodeId);
      };
      return {
        visible: async () => (await centre()) !== null,
        expanded: async () => propertyOf((await find()) ?? { ignored: true }, 'expanded') === true,
        /** Clicks its centre with the mouse, once it is on screen. */
        async click() {
          await expect.poll(async () => (await centre()) !== null).toBe(true);
          const point = (await centre())!;
          await page.mouse.click(point.x, point.y);
        },
      };
    },
    /** The accessible name of the focused control, when focus is in Kindling's launcher or prompt. */
    async focusedName(): Promise<string | null> {
      const ids = await ourIds();
      const focused = (await axNodes()).find(
        (node) =>
          propertyOf(node, 'focused') === true &&
          node.backendDOMNodeId !== undefined &&
          ids.has(node.backendDOMNodeId),
      );
      return focused ? String(focused.name?.value ?? '') : null;
    },
    /** The text of our element with this class (e.g. the prompt card's `nudge-text`). */
    async textOf(className: string): Promise<string | null> {
      const node = (await ourNodes(page)).find((each) =>
        (attributeOf(each, 'class') ?? '').split(' ').includes(className),
      );
      return node ? textOf(node) : null;
    },
    /** Whether our element with this class is shown (has a box on screen). */
    async shown(className: string): Promise<boolean> {
      const node = (await ourNodes(page)).find((each) =>
        (attributeOf(each, 'class') ?? '').split(' ').includes(className),
      );
      return node ? (await centreOf(page, node.backendNodeId)) !== null : false;
    },
    /** The sidebar iframe's top border width (none, whatever the page's CSS says). */
    frameBorder: () => styleOf((each) => each.nodeName === 'IFRAME', 'border-top-width'),
    /** A computed style of our element with this class (`CSS.getComputedStyleForNode`). */
    style: (className: string, property: string) =>
      styleOf((each) => (attributeOf(each, 'class') ?? '').split(' ').includes(className), property),
    /** The box of our element with this class, in CSS pixels, or null when hidden. */
    async box(className: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
      const node = (await ourNodes(page)).find((each) =>
        (attributeOf(each, 'class') ?? '').split(' ').includes(className),
      );
      if (!node) return null;
      try {
        const cdp = await cdpOf(page);
        const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
          model: { border: number[]; width: number; height: number };
        };
        return { x: model.border[0] ?? 0, y: model.border[1] ?? 0, width: model.width, height: model.height };
      } catch {
        return null;
      }
    },
  };
}

/**
 * Moves keyboard focus to the launcher as a keyboard user does: it is the last
 * stop of the page's tab order (after the prompt card's buttons, when one shows),
 * so Shift+Tab from the start of the page reaches it.
 */
export async function tabToLauncher(page: Page): Promise<void> {
  await page.locator('body').focus();
  for (let step = 0; step < 8; step += 1) {
    await page.keyboard.press('Shift+Tab');
    if (/^(Open|Close) Kindling$/.test((await kindlingIn(page).focusedName()) ?? '')) return;
  }
  throw new Error('Shift+Tab never reached Kindling’s launcher.');
}

/**
 * Clicks a radio in the sidebar, as a person moves into it, and waits until
 * keys really land in the sidebar's frame: the browser routes keys to that
 * out-of-process frame a moment after the click (keys sent before then go to
 * our launcher in the page, where the key guard stops them too). Leaves the
 * next radio of the group chosen.
 */
export async function keyboardIntoSidebar(page: Page, radio: Locator): Promise<void> {
  await radio.click();
  await expect(async () => {
    await page.keyboard.press('ArrowRight');
    await expect(radio).not.toBeChecked({ timeout: 250 });
  }).toPass();
}
