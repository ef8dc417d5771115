// Refreshes the README's screenshot: the sidebar open on the demo ward page.
// Usage: npm run build:test && node tests/support/screenshot.mjs
/* global chrome -- evaluated inside the extension's service worker */
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startDemoServer } from './demo-server.mjs';
import { TEST_BUILD_DIR } from './paths.mjs';

const buildDir = TEST_BUILD_DIR;
const out = path.resolve('tests/screenshots/sidebar-on-ward.png');
const profile = await mkdtemp(path.join(tmpdir(), 'kindling-shot-'));
const server = await startDemoServer({ port: 0 });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium().path,
  headless: true,
  args: chromiumArgs(buildDir, { headless: false }),
  viewport: { width: 1280, height: 800 },
  colorScheme: process.env.KINDLING_THEME === 'dark' ? 'dark' : 'light',
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  while ((await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length === 0) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  // The launcher's shadow root is closed, so open the sidebar as the toolbar button does.
  await page.waitForFunction(() => document.querySelector('kindling-root') !== null);
  await worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    await chrome.tabs.sendMessage(tab.id, { channel: 'kindling', type: 'launcher/toggle' }, { frameId: 0 });
  }, `${server.origin}/`);
  const sidebarUrl = `chrome-extension://${new URL(worker.url()).host}/sidepanel.html`;
  const sidebar = async () => {
    for (;;) {
      const frame = page.frames().find((each) => each.url().startsWith(sidebarUrl));
      if (frame) return frame;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  await (await sidebar()).getByRole('heading', { name: 'What matters to you?' }).waitFor();
  await page.screenshot({ path: out });
  console.log(`Wrote ${path.relative(process.cwd(), out)}`);
} finally {
  await context.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
