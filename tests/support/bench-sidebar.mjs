// How soon the sidebar is there, measured side by side in one run (prints figures; never fails a test run):
//   - cold open: a click on the launcher with no pointer rest first (as the shortcut
//     opens it), to interactive (a control in the sidebar, the document parsed);
//   - the floor: an empty page of the extension (bench-floor.html, test build only)
//     framed on the same kind of page, in the same kind of iframe, to the same point;
//   - where the cold open's time goes (click to the frame's navigation, navigation to
//     its parsed document, to interactive), opening after a pointer rest, and Today's
//     prompt shown.
// Usage: npm run build:test && node tests/support/bench-sidebar.mjs   (BENCH_OPENS=N visits each)
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startDemoServer } from './demo-server.mjs';
import { TEST_BUILD_DIR } from './paths.mjs';

const OPENS = Number(process.env.BENCH_OPENS ?? 15);
const LIMIT_MS = 100;
const LIMIT_RATIO = 1.5;
// The test build opens the launcher's shadow root on this hash only (for axe), so the bench can find the button.
const PAGE = '/rota#kindling-axe';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

if (!existsSync(path.join(TEST_BUILD_DIR, 'bench-floor.html'))) {
  console.error(`No test build with the floor page at ${TEST_BUILD_DIR}. Run \`npm run build:test\` first.`);
  process.exit(1);
}

/** In a frame: the moment (epoch ms) a control is there and the document parsed, as the page bench reads it. */
const interactive = (frame, selector = '[role="radio"], button') =>
  frame
    .waitForFunction(
      (selector) =>
        document.querySelector(selector) &&
        document.readyState !== 'loading' &&
        performance.timeOrigin + performance.now(),
      selector,
      { polling: 'raf', timeout: 30_000 },
    )
    .then((handle) => handle.jsonValue());

/** The frame's own clock: when its navigation started and its document was parsed (epoch ms). */
const frameTiming = (frame) =>
  frame.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation');
    return { start: performance.timeOrigin, parsed: performance.timeOrigin + (entry?.domInteractive ?? 0) };
  });

async function waitFrame(page, part) {
  for (;;) {
    const frame = page.frames().find((each) => each.url().includes(part));
    if (frame) return frame;
    await page.waitForTimeout(2);
  }
}

/** A fresh tab of the demo page with the launcher built and the page settled. */
async function visit(context) {
  const page = await context.newPage();
  await page.goto(`${origin}${PAGE}`, { waitUntil: 'load' });
  await page.locator('kindling-root .launcher').waitFor({ state: 'attached' });
  await page.waitForTimeout(1_000);
  return page;
}

/** Opens the sidebar from the launcher; milliseconds from the click to interactive, and where they went. */
async function openSidebar(context, { hover }) {
  const page = await visit(context);
  if (hover) {
    await page.locator('kindling-root .launcher').hover();
    await page.waitForTimeout(300);
  }
  // A person's click (the launcher ignores script-made ones); its time is the event's own, as the page saw it.
  await page.evaluate(() => {
    window.__clickedAt = new Promise((resolve) =>
      window.addEventListener('click', (event) => resolve(performance.timeOrigin + event.timeStamp), {
        capture: true,
        once: true,
      }),
    );
  });
  await page.locator('kindling-root .launcher').click();
  const clickedAt = await page.evaluate(() => window.__clickedAt);
  const frame = await waitFrame(page, 'sidepanel.html');
  const ready = await interactive(frame);
  const prompt = await interactive(frame, '.today-card, .today-prompt p:not(.muted)');
  const { start, parsed } = await frameTiming(frame);
  await page.close();
  return {
    total: ready - clickedAt,
    toFrame: start - clickedAt,
    toParsed: parsed - start,
    toReady: ready - parsed,
    prompt: prompt - clickedAt,
  };
}

/**
 * The floor: the empty extension page framed as the launcher frames the sidebar — from Kindling's own
 * content-script world (a page's own scripts may not frame it), in a closed shadow root, at the same size.
 */
async function openFloor(context) {
  const page = await visit(context);
  const cdp = await context.newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context: world }) => worlds.push(world));
  await cdp.send('Runtime.enable');
  const kindling = worlds.find((world) => world.auxData?.type === 'isolated' && world.name === 'Kindling');
  if (!kindling) throw new Error('Kindling’s content-script world not found');
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: kindling.id,
    returnByValue: true,
    expression: `(() => {
      const host = document.createElement('div');
      const shadow = host.attachShadow({ mode: 'closed' });
      const panel = document.createElement('div');
      panel.style.cssText = 'position:fixed;top:0;right:0;width:380px;height:100vh;z-index:2147483647';
      const frame = document.createElement('iframe');
      frame.style.cssText = 'display:block;width:100%;height:100%;border:0';
      shadow.append(panel);
      document.documentElement.append(host);
      const at = performance.timeOrigin + performance.now();
      frame.src = chrome.runtime.getURL('/bench-floor.html');
      panel.append(frame);
      return at;
    })()`,
  });
  await cdp.detach();
  const frame = await waitFrame(page, 'bench-floor.html');
  const ready = await interactive(frame);
  await page.close();
  return ready - result.value;
}

const loadBefore = loadavg()
  .map((value) => value.toFixed(2))
  .join(' ');
const server = await startDemoServer({ port: 0 });
const origin = server.origin;
const profile = await mkdtemp(path.join(tmpdir(), 'kindling-bench-sidebar-'));
const executablePath = findChromium().path;
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: chromiumArgs(TEST_BUILD_DIR, { headless: false }),
  viewport: { width: 1280, height: 800 },
});
try {
  // Until the launcher is on the page (the site registration takes a moment on a fresh profile).
  const probe = await context.newPage();
  for (let i = 0; i < 100 && !(await probe.locator('kindling-root .launcher').count()); i++) {
    await probe.goto(`${origin}${PAGE}`);
    await probe.waitForTimeout(500);
  }
  await probe.close();
  // One of each first, to warm the browser's caches alike.
  await openSidebar(context, { hover: false });
  await openFloor(context);

  const floors = [];
  const cold = [];
  const hover = [];
  for (let i = 0; i < OPENS; i++) {
    // Taking turns in a varying order, so drift on a shared machine hits all alike.
    const turns = [
      async () => floors.push(await openFloor(context)),
      async () => cold.push(await openSidebar(context, { hover: false })),
      async () => hover.push(await openSidebar(context, { hover: true })),
    ].sort(() => Math.random() - 0.5);
    for (const turn of turns) await turn();
  }

  const floor = median(floors);
  const coldMedian = median(cold.map((each) => each.total));
  const ratio = coldMedian / floor;
  const chromiumVersion = (() => {
    try {
      return execFileSync(executablePath, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return context.browser()?.version() ?? 'Chromium';
    }
  })();
  console.log(`Kindling sidebar benchmark, ${OPENS} visits each of ${origin}${PAGE}`);
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; ${chromiumVersion}; load average ${loadBefore} before, ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')} after`,
  );
  const rows = [
    ['empty extension page in the same iframe (the floor), median', ms(floor), '—', '—', 'info'],
    [
      'sidebar cold open (click, no pointer rest), median',
      ms(coldMedian),
      `≤ ${LIMIT_MS} ms`,
      `${(coldMedian / LIMIT_MS).toFixed(2)}× limit`,
      coldMedian <= LIMIT_MS ? 'yes' : 'NO',
    ],
    [
      'sidebar cold open vs the floor',
      `${ms(coldMedian)} vs ${ms(floor)}`,
      `≤ ${LIMIT_RATIO}×`,
      `${ratio.toFixed(2)}×`,
      ratio <= LIMIT_RATIO ? 'yes' : 'NO',
    ],
    ['  click to the frame starting to load', ms(median(cold.map((each) => each.toFrame))), '—', '—', 'info'],
    ['  frame start to its document parsed', ms(median(cold.map((each) => each.toParsed))), '—', '—', 'info'],
    ['  parsed to interactive', ms(median(cold.map((each) => each.toReady))), '—', '—', 'info'],
    [
      'sidebar cold open to Today’s prompt shown, median',
      ms(median(cold.map((each) => each.prompt))),
      '—',
      '—',
      'info',
    ],
    [
      'sidebar open after a 300 ms pointer rest, median',
      ms(median(hover.map((each) => each.total))),
      '—',
      '—',
      'info',
    ],
  ];
  const header = ['figure', 'measured', 'limit', 'ratio', 'ok'];
  const widths = header.map((name, column) =>
    Math.max(name.length, ...rows.map((each) => each[column].length)),
  );
  const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const each of rows) console.log(line(each));
  console.log(`  floor runs (ms): ${floors.map((value) => value.toFixed(0)).join(', ')}`);
  console.log(`  cold runs (ms): ${cold.map((each) => each.total.toFixed(0)).join(', ')}`);
  console.log(`  hover runs (ms): ${hover.map((each) => each.total.toFixed(0)).join(', ')}`);
} finally {
  await context.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
