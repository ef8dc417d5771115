// Makes the welcome page's picture of the toolbar popup on a site Kindling is not yet on.
// Usage: npm run build:test && node tests/support/welcome-picture.mjs  (writes public/welcome-popup.png)
/* global chrome -- patched inside the popup page before it starts */
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { TEST_BUILD_DIR } from './paths.mjs';

const out = path.resolve('public/welcome-popup.png');
const profile = await mkdtemp(path.join(tmpdir(), 'kindling-picture-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium().path,
  headless: true,
  args: chromiumArgs(TEST_BUILD_DIR, { headless: false }),
  viewport: { width: 380, height: 600 },
  colorScheme: 'light',
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const page = await context.newPage();
  // Opened as a tab, the popup would see itself as the active tab; show it a ward site instead,
  // as the toolbar popup sees one. Nothing is loaded from that address.
  await page.addInitScript(() => {
    const ward = { id: 4242, index: 0, windowId: 1, active: true, url: 'https://ward.example.nhs.uk/board' };
    chrome.tabs.query = () => Promise.resolve([ward]);
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByText('ward.example.nhs.uk').first().waitFor();
  // The top of the popup: its header and the switch for this site.
  const next = await page.getByRole('heading', { name: 'Your actions' }).boundingBox();
  const height = Math.ceil((next?.y ?? 236) - 16);
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 380, height } });
  console.log(`Wrote ${path.relative(process.cwd(), out)} (380 × ${height}); keep POPUP_PICTURE in step`);
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
