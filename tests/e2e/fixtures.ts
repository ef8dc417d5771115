import {
  test as base,
  chromium,
  expect,
  type BrowserContext,
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
import { TEST_BUILD_DIR } from '../support/paths.mjs';

/** The extension API as seen inside the service worker, where these tests evaluate code. */
declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };

/** The test build: release build plus the local demo hosts as enabled sites. */
export const BUILD_DIR: string = TEST_BUILD_DIR;

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
  /** Opens the demo page at `pathname` and waits for Kindling's launcher. */
  openDemo(pathname?: string, origin?: string): Promise<Page>;
}

/** Starts Chromium with the test build on `profile` (a second, fresh profile for import tests). */
export async function launch(profile: string): Promise<BrowserContext> {
  if (!existsSync(path.join(BUILD_DIR, 'manifest.json'))) {
    throw new Error(`No test build at ${BUILD_DIR}. Run \`npm run build:test\` first.`);
  }
  const { path: executablePath } = findChromium() as { path: string };
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: chromiumArgs(BUILD_DIR, { headless: false }) as string[],
    viewport: { width: 1280, height: 800 },
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

export const test = base.extend<{ kindling: Kindling }, { demo: DemoServer }>({
  demo: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = (await startDemoServer({ port: 0 })) as DemoServer;
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  kindling: async ({ demo }, use) => {
    const profile = await mkdtemp(path.join(tmpdir(), 'kindling-profile-'));
    const requests: string[] = [];
    const watch = (context: BrowserContext) =>
      context.on('request', (request) => requests.push(request.url()));
    let context = await launch(profile);
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
        context = await launch(profile);
        watch(context);
        await launcherRegistered(await serviceWorkerOf(context));
        return context;
      },
      async openPopup() {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${kindling.extensionId}/popup.html`);
        return page;
      },
      async openDemo(pathname = '/', origin = demo.origin) {
        const page = await context.newPage();
        await page.goto(new URL(pathname, origin).href);
        await expect(page.getByRole('button', { name: 'Open Kindling' })).toBeVisible();
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
});

export { expect };

/** The sidebar iframe inside the launcher's shadow root. */
export function sidebarOf(page: Page) {
  return page.frameLocator('kindling-root iframe');
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
