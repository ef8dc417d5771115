// Journal benchmark (prints figures; never fails a test run). Run after the test build:
//   npm run build:test && npm run bench:journal
// One browser, one run, so every limit that is a ratio compares figures taken side by side:
// - search (the popup's query, answered by the background) at 10,000 and 100,000 actions:
//   the first search (which builds the index) and the median of later ones;
// - the popup's time to interactive (navigation start to the `kindling:interactive` mark)
//   with 100,000 actions against the empty popup;
// - a 100,000-action import end to end through the options page (file chosen to report shown)
//   against the same file read, parsed and put into a scratch IndexedDB in one transaction
//   by the same page, the background's heap while it imports, and the progress it shows;
// - a 100,000-action JSON export: the longest main-thread task in the options page.
/* global chrome -- the extension API, inside the Kindling pages this script evaluates code in */
import { chromium } from '@playwright/test';
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { TEST_BUILD_DIR } from './paths.mjs';

const LARGE = Number(process.env.BENCH_ACTIONS ?? 100_000);
const SMALL = Math.min(10_000, LARGE);
const POPUP_RUNS = Number(process.env.BENCH_RUNS ?? 7);
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 2);
const QUERIES = ['garden', 'bed 7', 'window', 'cafe', 'nothing like this', 'call home', 'e'];
const DAY = 86_400_000;
const WORDS = ['garden', 'tea', 'window', 'café', 'porter', 'call home', 'music', 'walk', 'photo', 'letter'];

/** A realistic journal: a year of actions, a third each planned, done and let go. */
function journalExport(count, now = Date.now()) {
  const statuses = ['planned', 'done', 'let-go'];
  const actions = Array.from({ length: count }, (_, index) => {
    const created = now - Math.floor((index / count) * 365 * DAY);
    const status = statuses[index % 3];
    const action = {
      id: `bench-${String(index).padStart(6, '0')}`,
      text: `Ask what matters to the person in bed ${index % 28}, then ${WORDS[index % 10]} (${index})`,
      source: index % 2 ? { kind: 'own' } : { kind: 'prompt', promptId: 'wmty-patients-ask-1' },
      status,
      created,
      updated: created,
    };
    if (status === 'done') {
      action.doneAt = now - (index % 84) * DAY;
      action.reflection = `They wanted the ${WORDS[(index * 7) % 10]} and a call home before lunch.`;
    }
    return action;
  });
  return {
    app: 'kindling',
    exportVersion: 1,
    exported: new Date(now).toISOString(),
    dbVersion: 2,
    actions,
    checkins: [],
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

if (!existsSync(path.join(TEST_BUILD_DIR, 'manifest.json'))) {
  console.error(`No test build at ${TEST_BUILD_DIR}. Run \`npm run build:test\` first.`);
  process.exit(1);
}
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const loadBefore = load();
const started = performance.now();
const profile = await mkdtemp(path.join(tmpdir(), 'kindling-bench-'));
const files = { small: path.join(profile, 'small.json'), large: path.join(profile, 'large.json') };
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium().path,
  headless: true,
  args: [...chromiumArgs(TEST_BUILD_DIR, { headless: false }), '--remote-debugging-port=0'],
});
/** figure | measured | limit | ratio | ok, printed at the end. */
const rows = [];
const notes = [];
let devtools = null;
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  await writeFile(files.small, JSON.stringify(journalExport(SMALL)));
  await writeFile(files.large, JSON.stringify(journalExport(LARGE)));

  const options = await context.newPage();
  await options.goto(`${base}/options.html`);
  const send = (type, data = {}) =>
    options.evaluate(
      async ([type, data]) => {
        const reply = await chrome.runtime.sendMessage({ channel: 'kindling', type, data });
        if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
        return reply.value;
      },
      [type, data],
    );

  /**
   * The background's JS heap (MB), read over the DevTools protocol from its service-worker target,
   * on a connection of its own. In Chromium 156 reloading the options page closes the worker's
   * DevTools session (the worker itself goes on), so a closed session is opened again.
   */
  const port = (await readFile(path.join(profile, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  devtools = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  let workerSession = null;
  const workerHeap = async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        workerSession ??= await (
          await devtools.waitForTarget(
            (target) => target.type() === 'service_worker' && target.url().startsWith(base),
          )
        ).createCDPSession();
        const { usedSize } = await workerSession.send('Runtime.getHeapUsage');
        return usedSize / 1024 / 1024;
      } catch {
        workerSession = null;
      }
    }
    return Number.NaN;
  };

  /** Opens the popup `runs` times; milliseconds from navigation start to the first page rendered. */
  const openPopups = async (runs) => {
    const times = [];
    for (let run = 0; run < runs; run++) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`${base}/popup.html`);
      const mark = await popup.waitForFunction(
        () => performance.getEntriesByName('kindling:interactive')[0]?.startTime,
        undefined,
        { timeout: 60_000 },
      );
      times.push((await mark.jsonValue()) ?? Number.NaN);
      await popup.close();
    }
    return times;
  };

  /** The first search (it builds the index) and the median of every later one, as the popup asks. */
  const searches = async () =>
    options.evaluate(async (queries) => {
      const ask = async (query) => {
        const started = performance.now();
        const reply = await chrome.runtime.sendMessage({
          channel: 'kindling',
          type: 'actions/page',
          data: { query, limit: 20 },
        });
        if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
        return performance.now() - started;
      };
      const first = await ask('tea');
      const later = [];
      for (let round = 0; round < 3; round++) for (const query of queries) later.push(await ask(query));
      return { first, later };
    }, QUERIES);

  /** Imports a file through the options page as a user does; returns ms and the progress texts seen. */
  const importFile = async (file, count) => {
    await send('journal/clear');
    await options.reload();
    await options.evaluate(() => {
      window.benchSeen = [];
      const status = document.querySelector('.journal-settings');
      new MutationObserver(() => {
        const text = document.querySelector('.journal-settings .import-progress')?.textContent;
        if (text && window.benchSeen.at(-1) !== text) window.benchSeen.push(text);
      }).observe(status, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    let peak = await workerHeap();
    let importing = true;
    const sampling = (async () => {
      while (importing) {
        peak = Math.max(peak, await workerHeap());
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const began = performance.now();
    await options.locator('.journal-settings input[type="file"]').setInputFiles(file);
    await options
      .locator('.journal-settings [role="status"]')
      // Numbers as the page writes them in English (en-GB): "100,000".
      .filter({ hasText: `Actions: ${count.toLocaleString('en-GB')} added` })
      .waitFor({ timeout: 300_000 });
    const took = performance.now() - began;
    importing = false;
    await sampling;
    return { took, peak, progress: await options.evaluate(() => window.benchSeen) };
  };

  /** The floor: the same file read, parsed and put into a scratch database in one transaction. */
  const rawPuts = async (file) => {
    await options.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'file';
      input.id = 'bench-raw';
      document.body.append(input);
    });
    await options.locator('#bench-raw').setInputFiles(file);
    return options.evaluate(async () => {
      const input = document.querySelector('#bench-raw');
      const began = performance.now();
      const { actions } = JSON.parse(await input.files[0].text());
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open('bench-raw', 1);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('actions', { keyPath: 'id' });
          store.createIndex('by-created', 'created');
          store.createIndex('by-status-created', ['status', 'created']);
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('actions', 'readwrite');
      for (const action of actions) tx.objectStore('actions').put(action);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      const took = performance.now() - began;
      db.close();
      await new Promise((resolve) => {
        const deleting = indexedDB.deleteDatabase('bench-raw');
        deleting.onsuccess = deleting.onerror = resolve;
      });
      input.remove();
      return took;
    });
  };

  const emptyPopups = await openPopups(POPUP_RUNS);

  await send('journal/import', journalExport(SMALL));
  const small = await searches();

  const imports = [];
  const raws = [];
  for (let run = 0; run < IMPORT_RUNS; run++) {
    raws.push(await rawPuts(files.large));
    imports.push(await importFile(files.large, LARGE));
  }
  const large = await searches();
  const heapAfterSearch = await workerHeap();
  const popups = await openPopups(POPUP_RUNS);

  // Export: the longest main-thread task in the options page from the click to "Exported" shown.
  await options.reload();
  // The section draws its buttons once it has read the policy in force.
  await options.locator('.journal-settings button', { hasText: 'JSON' }).waitFor();
  const longest = await options.evaluate(async () => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const began = performance.now();
    // The JSON export button, by its words (the section has other buttons).
    [...document.querySelectorAll('.journal-settings button')]
      .find((button) => /JSON/.test(button.textContent ?? ''))
      .click();
    const status = document.querySelector('.journal-settings [role="status"]');
    while (!/Exported/.test(status.textContent ?? '')) await new Promise((r) => setTimeout(r, 20));
    const took = performance.now() - began;
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    return { took, longest: Math.max(0, ...tasks.map((task) => task.duration)) };
  });

  const fixed = (value, digits = 0) => value.toFixed(digits);
  const row = (figure, measured, limit, ratio, ok) => rows.push([figure, measured, limit, ratio, ok]);
  const vsLimit = (figure, value, limit, unit = 'ms') =>
    row(
      figure,
      `${fixed(value)} ${unit}`,
      `≤ ${limit} ${unit}`,
      `${fixed(value / limit, 2)}× limit`,
      value <= limit ? 'yes' : 'NO',
    );
  const vsFloor = (figure, value, floor, floorName, limit) =>
    row(
      figure,
      `${fixed(value)} ms vs ${fixed(floor)} ms ${floorName}`,
      `≤ ${limit}×`,
      `${fixed(value / floor, 2)}×`,
      value / floor <= limit ? 'yes' : 'NO',
    );

  vsLimit(`search at ${SMALL} actions (median of ${small.later.length})`, median(small.later), 50);
  vsLimit(`search at ${LARGE} actions (median of ${large.later.length})`, median(large.later), 150);
  row(`first search at ${SMALL} (builds the index)`, `${fixed(small.first)} ms`, '—', '—', 'info');
  row(`first search at ${LARGE} (builds the index)`, `${fixed(large.first)} ms`, '—', '—', 'info');
  vsFloor(
    `popup interactive at ${LARGE} (median of ${POPUP_RUNS})`,
    median(popups),
    median(emptyPopups),
    'empty',
    1.2,
  );
  const importMs = median(imports.map((each) => each.took));
  vsFloor(
    `import of ${LARGE}, file chosen to report (median of ${IMPORT_RUNS})`,
    importMs,
    median(raws),
    'raw puts',
    1.3,
  );
  const peak = Math.max(...imports.map((each) => each.peak));
  vsLimit('background heap, peak sampled during import', peak, 150, 'MB');
  row('background heap after searching at 100k', `${fixed(heapAfterSearch)} MB`, '—', '—', 'info');
  const progress = imports.at(-1).progress;
  row(
    'import progress shown (import > 1 s)',
    `${progress.length} updates`,
    '≥ 1',
    '—',
    importMs <= 1000 || progress.length > 0 ? 'yes' : 'NO',
  );
  vsLimit(`export of ${LARGE} (JSON): longest task in the page`, longest.longest, 100);
  row(`export of ${LARGE} (JSON), click to done`, `${fixed(longest.took)} ms`, '—', '—', 'info');
  notes.push(`  popup runs (ms): ${popups.map((v) => fixed(v)).join(', ')}`);
  notes.push(`  empty popup runs (ms): ${emptyPopups.map((v) => fixed(v)).join(', ')}`);
  notes.push(`  import runs (ms): ${imports.map((each) => fixed(each.took)).join(', ')}`);
  notes.push(`  raw put runs (ms): ${raws.map((v) => fixed(v)).join(', ')}`);
  notes.push(`  progress seen: ${progress.slice(0, 3).join(' | ')}${progress.length > 3 ? ' | …' : ''}`);
} finally {
  // A failure above is what is reported, not a browser already gone.
  await devtools?.disconnect().catch(() => undefined);
  await context.close().catch(() => undefined);
  await rm(profile, { recursive: true, force: true });
}

console.log(`Kindling journal benchmark, ${SMALL} and ${LARGE} actions`);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; load average ${loadBefore} before, ${load()} after; ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
const header = ['figure', 'measured', 'limit', 'ratio', 'ok'];
const widths = header.map((name, column) =>
  Math.max(name.length, ...rows.map((each) => each[column].length)),
);
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const each of rows) console.log(line(each));
for (const note of notes) console.log(note);
