// What Kindling costs a clinical web page, measured side by side in one run:
//   - median load time of a heavy page (20,000 DOM nodes) in the same Chromium
//     with no extension, with an extension whose content script is empty, and
//     with Kindling's test build (the page's site enabled);
//   - long tasks (> 50 ms) on the page's main thread while Kindling loads,
//     shows a prompt and opens its sidebar;
//   - sidebar click-to-interactive time.
// Usage: npm run build:test && npm run bench
//   (BENCH_SESSIONS=N fresh browser launches, BENCH_LOADS=N loads each per session)
import { chromium } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startDemoServer } from './demo-server.mjs';
import { TEST_BUILD_DIR } from './paths.mjs';

// One browser process can be steadily faster or slower than another, so load
// times are compared within each session of freshly launched browsers, and
// the ratios are summarised across sessions.
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 5);
const LOADS = Number(process.env.BENCH_LOADS ?? 8);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

/** A throwaway MV3 extension whose content script is empty, on the same pages and at the same moment as Kindling's. */
async function emptyExtension(dir) {
  await writeFile(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script (benchmark baseline)',
      version: '1.0.0',
      host_permissions: ['http://127.0.0.1/*'],
      content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['empty.js'], run_at: 'document_start' }],
    }),
  );
  await writeFile(path.join(dir, 'empty.js'), '');
}

async function launch(profile, extensionDir) {
  const { path: executablePath } = findChromium();
  const args = extensionDir
    ? chromiumArgs(extensionDir, { headless: false })
    : chromiumArgs(profile, { headless: false }).filter((arg) => !arg.includes('extension'));
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
  });
}

/** Load time as the page's own Navigation Timing sees it: navigation start to the end of the load event. */
async function loadTime(context, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const value = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const read = () => {
          const [entry] = performance.getEntriesByType('navigation');
          if (entry && entry.loadEventEnd > 0) resolve(entry.loadEventEnd);
          else setTimeout(read, 10);
        };
        read();
      }),
  );
  await page.close();
  return value;
}

/**
 * Loads `url` while tracing, and sums the main-thread time of the tasks that
 * run extension code (evaluating content scripts, and their callbacks) until
 * the page's load event: Chromium's own EvaluateScript and FunctionCall events
 * whose source is a chrome-extension:// URL.
 */
async function tracedLoad(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const loaded = Math.max(...events.filter((event) => event.name === 'MarkLoad').map((event) => event.ts));
  let own = 0;
  for (const event of events) {
    if (event.ph !== 'X' || event.ts > loaded) continue;
    if (event.name !== 'EvaluateScript' && event.name !== 'FunctionCall') continue;
    if (!String(event.args?.data?.url ?? '').startsWith('chrome-extension://')) continue;
    own += (event.dur ?? 0) / 1000;
  }
  return own;
}

async function waitForLauncher(context) {
  const probe = await context.newPage();
  for (let i = 0; i < 100; i++) {
    await probe.goto(`${origin}/rota`);
    if (await probe.locator('kindling-root').count()) break;
    await probe.waitForTimeout(200);
  }
  await probe.close();
}

const server = await startDemoServer({ port: 0 });
const origin = server.origin;
const temp = await mkdtemp(path.join(tmpdir(), 'kindling-bench-'));
const emptyDir = path.join(temp, 'empty-extension');
await (await import('node:fs/promises')).mkdir(emptyDir);
await emptyExtension(emptyDir);

const setups = [
  ['no extension', null],
  ['empty content script', emptyDir],
  ['Kindling', TEST_BUILD_DIR],
];
const heavy = `${origin}/heavy`;
const times = new Map(setups.map(([name]) => [name, []]));
const ratios = { none: [], empty: [] };
let kindlingContext = null;
for (let session = 0; session < SESSIONS; session++) {
  const contexts = [];
  for (const [name, dir] of setups)
    contexts.push([name, await launch(path.join(temp, `${session}-${name.replace(/\W/g, '-')}`), dir)]);
  await waitForLauncher(contexts[2][1]);
  const sessionTimes = new Map(setups.map(([name]) => [name, []]));
  // Warm up each browser's caches once, then take turns in a shuffled order so drift hits all alike.
  for (const [, context] of contexts) await loadTime(context, heavy);
  for (let load = 0; load < LOADS; load++) {
    const order = [...contexts].sort(() => Math.random() - 0.5);
    for (const [name, context] of order) sessionTimes.get(name).push(await loadTime(context, heavy));
  }
  for (const [name, values] of sessionTimes) times.get(name).push(...values);
  const kindlingMedian = median(sessionTimes.get('Kindling'));
  ratios.none.push(kindlingMedian / median(sessionTimes.get('no extension')));
  ratios.empty.push(kindlingMedian / median(sessionTimes.get('empty content script')));
  for (const [name, context] of contexts) {
    if (name === 'Kindling' && session === SESSIONS - 1) kindlingContext = context;
    else await context.close();
  }
}

const fixed = (values) => values.map((value) => value.toFixed(3)).join(', ');
console.log(
  `Heavy page (${heavy}, 20,000 DOM nodes), ${SESSIONS} sessions of fresh browsers × ${LOADS} loads each:`,
);
for (const [name] of setups)
  console.log(
    `  ${name.padEnd(22)} median ${ms(median(times.get(name)))} over ${times.get(name).length} loads`,
  );
console.log(
  `  Kindling / no extension, per session:         ${fixed(ratios.none)}; median ${median(ratios.none).toFixed(3)}`,
);
const pooled = median(times.get('Kindling'));
console.log(
  `  Kindling / empty content script, all loads pooled: ${(pooled / median(times.get('empty content script'))).toFixed(3)}; Kindling / no extension, pooled: ${(pooled / median(times.get('no extension'))).toFixed(3)}`,
);
console.log(
  `  Kindling / empty content script, per session: ${fixed(ratios.empty)}; median ${median(ratios.empty).toFixed(3)}  (target: within 2%, ≤ 1.020)`,
);

// Wall-clock load times on a shared 2-core machine vary by several per cent,
// more than the 2% budget, so the extensions' own work is also read from a
// Chromium trace: main-thread time running extension code before the load event.
const baseline = await launch(path.join(temp, 'traced-empty'), emptyDir);
const traced = { Kindling: [], 'empty content script': [] };
for (let i = 0; i < 7; i++) {
  traced.Kindling.push(await tracedLoad(kindlingContext, heavy));
  traced['empty content script'].push(await tracedLoad(baseline, heavy));
}
await baseline.close();
console.log(
  'Main-thread time running extension code before the load event of /heavy (Chromium trace), median of 7:',
);
for (const [name, values] of Object.entries(traced))
  console.log(`  ${name.padEnd(22)} ${ms(median(values))}; runs: ${values.map(ms).join(', ')}`);
const extra = median(traced.Kindling) - median(traced['empty content script']);
console.log(
  `  Kindling's extra work: ${ms(extra)} = ${((100 * extra) / median(times.get('Kindling'))).toFixed(2)}% of the page's median load`,
);

// Long tasks and sidebar timing, in the last session's Kindling browser.
const longTasks = [];
const opens = { cold: [], hover: [] };
for (const pathname of ['/heavy', '/rota', '/keys']) {
  for (let i = 0; i < 5; i++) {
    const page = await kindlingContext.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${origin}${pathname}`, { waitUntil: 'load' });
    await page.locator('kindling-root').waitFor({ state: 'attached' });
    // Past the page's own load: anything long from here on is Kindling's (prompt, sidebar).
    const before = await page.evaluate(() => window.__longTasks.length);
    await page.waitForTimeout(3_000);
    // Half the visits click straight away (as the keyboard shortcut does); half
    // rest the pointer on the launcher for 300 ms first, as a person reaching for it does.
    const mode = i % 2 ? 'hover' : 'cold';
    if (mode === 'hover') {
      await page.locator('kindling-root .launcher').hover();
      await page.waitForTimeout(300);
    }
    const { clickedAt, clickedAtPage } = await page.evaluate(() => {
      const button = document.querySelector('kindling-root').shadowRoot.querySelector('.launcher');
      const clickedAtPage = performance.now();
      const clickedAt = performance.timeOrigin + clickedAtPage;
      button.click();
      return { clickedAt, clickedAtPage };
    });
    let frame;
    while (!(frame = page.frames().find((each) => each.url().includes('sidepanel.html'))))
      await page.waitForTimeout(5);
    const interactiveAt = await (
      await frame.waitForFunction(
        () =>
          document.querySelector('[role="radio"], button') &&
          document.readyState !== 'loading' &&
          performance.timeOrigin + performance.now(),
        undefined,
        { polling: 'raf' },
      )
    ).jsonValue();
    opens[mode].push(interactiveAt - clickedAt);
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(() => window.__longTasks);
    longTasks.push({
      pathname,
      duringLoad: tasks.slice(0, before),
      afterLoad: tasks.slice(before).map((task) => ({
        ...task,
        when:
          task.start >= clickedAtPage
            ? `${pathname}, on opening the sidebar`
            : `${pathname}, before the click`,
      })),
    });
    await page.close();
  }
}
const after = longTasks.flatMap((each) => each.afterLoad);
console.log(`Long tasks (> 50 ms) on the page's main thread, Kindling browser, 15 page visits:`);
console.log(
  `  after load, while Kindling shows a prompt and opens its sidebar: ${after.length}${after.length ? ` (${after.map((task) => `${ms(task.duration)} ${task.when}`).join('; ')})` : ''}`,
);
for (const pathname of ['/heavy', '/rota', '/keys']) {
  const during = longTasks.filter((each) => each.pathname === pathname).flatMap((each) => each.duringLoad);
  console.log(`  during load of ${pathname.padEnd(7)} ${during.length} (the page's own work included)`);
}
for (const [mode, values] of Object.entries(opens)) {
  console.log(
    `Sidebar, click to interactive (${mode === 'cold' ? 'click with no pointer rest, as the shortcut' : 'pointer rests 300 ms, then click'}), median of ${values.length}: ${ms(median(values))} (max ${ms(Math.max(...values))}; target ≤ 150 ms)`,
  );
}

await kindlingContext.close();
await server.close();
await rm(temp, { recursive: true, force: true });
