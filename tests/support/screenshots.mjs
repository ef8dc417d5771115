// Regenerates the README's pictures, one per surface, from the test build on the demo ward page:
// Today in the sidebar (light and dark), the prompt card, the popup, settings, the check-in and the
// reflection page. Usage: npm run screenshots (builds the test build first).
/* global chrome -- evaluated inside the extension's pages and service worker */
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startDemoServer } from './demo-server.mjs';
import { TEST_BUILD_DIR } from './paths.mjs';

const OUT = path.resolve('docs/screenshots');
const only = process.argv.slice(2);
const server = await startDemoServer({ port: 0 });

/** A fresh profile with the test build, the demo site already switched on. */
async function browserFor(colorScheme, viewport) {
  const profile = await mkdtemp(path.join(tmpdir(), 'kindling-shot-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium().path,
    headless: true,
    args: chromiumArgs(TEST_BUILD_DIR, { headless: false }),
    viewport,
    colorScheme,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  while ((await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length === 0) {
    await pause(100);
  }
  const extension = `chrome-extension://${new URL(worker.url()).host}`;
  return {
    context,
    worker,
    extension,
    /** Sends one request of Kindling's message contract, as a Kindling page does. */
    async ask(type, data) {
      const page = await context.newPage();
      await page.goto(`${extension}/popup.html`);
      const reply = await page.evaluate((message) => chrome.runtime.sendMessage(message), {
        channel: 'kindling',
        type,
        data,
      });
      await page.close();
      if (!reply?.ok) throw new Error(`${type}: ${reply?.error}`);
      return reply.value;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Runs `shoot` with a fresh Kindling browser, and closes it whatever happens. */
async function withKindling(colorScheme, viewport, shoot) {
  const kindling = await browserFor(colorScheme, viewport);
  try {
    await shoot(kindling);
  } finally {
    await kindling.close();
  }
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The ward page with the sidebar opened as the toolbar button does (the launcher's root is closed). */
async function wardWithSidebar(kindling) {
  const page = await kindling.context.newPage();
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => document.querySelector('kindling-root') !== null);
  await kindling.worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    await chrome.tabs.sendMessage(tab.id, { channel: 'kindling', type: 'launcher/toggle' }, { frameId: 0 });
  }, `${server.origin}/`);
  for (;;) {
    const frame = page.frames().find((each) => each.url().startsWith(`${kindling.extension}/sidepanel.html`));
    if (frame) {
      await frame.getByRole('tab', { name: 'Today' }).waitFor();
      // Today's prompt comes from the background after the first paint.
      await frame.getByRole('button', { name: 'Another prompt' }).waitFor();
      return { page, sidebar: frame };
    }
    await pause(100);
  }
}

/** A few actions, one done with a reflection, so the popup and reflection show a working week. */
async function someActions(kindling) {
  const texts = [
    'Ask Mrs Patel what matters most to her about going home',
    'Thank the night team for the handover notes',
    'Sit with Mr Jones’s daughter for five minutes after the ward round',
  ];
  const saved = [];
  for (const text of texts) saved.push(await kindling.ask('actions/save', { text, source: { kind: 'own' } }));
  return saved;
}

const shots = {
  async reflection() {
    await withKindling('light', { width: 900, height: 900 }, async (kindling) => {
      const [first, second] = await someActions(kindling);
      await kindling.ask('actions/status', {
        id: first.id,
        status: 'done',
        reflection: {
          what: 'Mrs Patel said going home to her cat mattered most; we planned discharge around her neighbour’s visits.',
          soWhat: 'Asking early changed the plan more than any form did.',
          nowWhat: 'Ask the question on the first ward round, not the last.',
        },
      });
      await kindling.ask('actions/status', {
        id: second.id,
        status: 'done',
        reflection: { what: 'Thanked the night team at handover.', nowWhat: 'Do it every Friday.' },
      });
      const page = await kindling.context.newPage();
      await page.goto(`${kindling.extension}/reflection.html`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await pause(800);
      await page.screenshot({ path: path.join(OUT, 'reflection.png') });
    });
  },
  async 'today-light'() {
    await withKindling('light', { width: 1280, height: 800 }, async (kindling) => {
      await someActions(kindling);
      const { page } = await wardWithSidebar(kindling);
      await page.screenshot({ path: path.join(OUT, 'today-light.png') });
    });
  },
  async 'today-dark'() {
    await withKindling('dark', { width: 1280, height: 800 }, async (kindling) => {
      await someActions(kindling);
      const { page } = await wardWithSidebar(kindling);
      await page.screenshot({ path: path.join(OUT, 'today-dark.png') });
    });
  },
  async 'prompt-card'() {
    await withKindling('light', { width: 1280, height: 800 }, async (kindling) => {
      const page = await kindling.context.newPage();
      await page.goto(`${server.origin}/`);
      // The test build offers a prompt a few seconds after the page settles; the card is in a closed root,
      // so wait for the launcher's host to grow a card by its size.
      await page.waitForFunction(() => document.querySelector('kindling-root') !== null);
      await pause(6_000);
      await page.screenshot({ path: path.join(OUT, 'prompt-card.png') });
    });
  },
  async popup() {
    await withKindling('light', { width: 400, height: 600 }, async (kindling) => {
      await someActions(kindling);
      const page = await kindling.context.newPage();
      await page.goto(`${kindling.extension}/popup.html`);
      await page.getByRole('heading', { name: 'Your actions' }).waitFor();
      await pause(500);
      await page.screenshot({ path: path.join(OUT, 'popup.png') });
    });
  },
  async settings() {
    await withKindling('light', { width: 1000, height: 900 }, async (kindling) => {
      const page = await kindling.context.newPage();
      await page.goto(`${kindling.extension}/options.html`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await pause(500);
      await page.screenshot({ path: path.join(OUT, 'settings.png') });
    });
  },
  async checkin() {
    await withKindling('light', { width: 1280, height: 800 }, async (kindling) => {
      const { page, sidebar } = await wardWithSidebar(kindling);
      await sidebar.getByRole('tab', { name: 'Check-in' }).click();
      await sidebar.getByRole('button', { name: 'Begin check-in' }).waitFor();
      await page.screenshot({ path: path.join(OUT, 'checkin.png') });
    });
  },
};

try {
  for (const [name, shoot] of Object.entries(shots)) {
    if (only.length > 0 && !only.includes(name)) continue;
    await shoot();
    console.log(`Wrote docs/screenshots/${name}.png`);
  }
} finally {
  await server.close();
}
