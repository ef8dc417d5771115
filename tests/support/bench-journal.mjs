// Journal benchmark (prints figures; not a test). Run after the test build:
//   npm run build:test && npm run bench:journal
// Seeds 10,000 actions, then measures (1) how soon the popup is interactive
// (navigation start to the `kindling:interactive` mark, set once the first
// page of actions is on screen) and (2) a 10,000-action import, end to end
// through the options page: file chosen to "Imported" shown.
/* global chrome -- the extension API, inside the Kindling pages this script evaluates code in */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { TEST_BUILD_DIR } from './paths.mjs';

const ACTIONS = Number(process.env.BENCH_ACTIONS ?? 10_000);
const POPUP_RUNS = Number(process.env.BENCH_RUNS ?? 9);
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 5);
const DAY = 86_400_000;

/** A realistic journal: a year of actions, a third each planned, done and let go. */
function journalExport(count, now = Date.now()) {
  const statuses = ['planned', 'done', 'let-go'];
  const actions = Array.from({ length: count }, (_, index) => {
    const created = now - Math.floor((index / count) * 365 * DAY);
    const status = statuses[index % 3];
    const action = {
      id: `bench-${String(index).padStart(5, '0')}`,
      text: `Ask what matters to the person in bed ${index % 28}, then do one small thing about it (${index})`,
      source: index % 2 ? { kind: 'own' } : { kind: 'prompt', promptId: 'wmty-patients-ask-1' },
      status,
      created,
      updated: created,
    };
    if (status === 'done') {
      action.doneAt = now - (index % 84) * DAY;
      action.reflection = 'They wanted the window open and a call home before lunch.';
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
const ms = (value) => `${value.toFixed(0)} ms`;

if (!existsSync(path.join(TEST_BUILD_DIR, 'manifest.json'))) {
  console.error(`No test build at ${TEST_BUILD_DIR}. Run \`npm run build:test\` first.`);
  process.exit(1);
}
const profile = await mkdtemp(path.join(tmpdir(), 'kindling-bench-'));
const exportFile = path.join(profile, '..', `kindling-bench-${process.pid}.json`);
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium().path,
  headless: true,
  args: chromiumArgs(TEST_BUILD_DIR, { headless: false }),
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  await writeFile(exportFile, JSON.stringify(journalExport(ACTIONS)));

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
        { timeout: 10_000 },
      );
      times.push((await mark.jsonValue()) ?? Number.NaN);
      await popup.close();
    }
    return times;
  };
  // The same popup with nothing saved: what opening costs before the journal's own work.
  const emptyPopups = await openPopups(POPUP_RUNS);

  const options = await context.newPage();
  await options.goto(`${base}/options.html`);
  const status = options.locator('.journal-settings [role="status"]');
  const imports = [];
  for (let run = 0; run < IMPORT_RUNS; run++) {
    await options.evaluate(() =>
      chrome.runtime.sendMessage({ channel: 'kindling', type: 'journal/clear', data: {} }),
    );
    const started = performance.now();
    await options.locator('input[type="file"]').setInputFiles(exportFile);
    await status.filter({ hasText: `Actions: ${ACTIONS} added` }).waitFor({ timeout: 60_000 });
    imports.push(performance.now() - started);
  }
  // The background's share: the same records sent already parsed, stored in one transaction.
  const file = JSON.parse(await readFile(exportFile, 'utf8'));
  const background = [];
  for (let run = 0; run < IMPORT_RUNS; run++) {
    background.push(
      await options.evaluate(async (data) => {
        const send = (type, payload) =>
          chrome.runtime.sendMessage({ channel: 'kindling', type, data: payload });
        await send('journal/clear', {});
        const started = performance.now();
        const reply = await send('journal/import', data);
        if (!reply.ok) throw new Error(reply.error);
        return performance.now() - started;
      }, file),
    );
  }

  const popups = await openPopups(POPUP_RUNS);

  console.log(`Kindling journal benchmark, ${ACTIONS} actions`);
  // Figures on a shared machine mean little without its load.
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `popup interactive (navigation start -> first page rendered), median of ${POPUP_RUNS}: ${ms(median(popups))}  (target < 200 ms)`,
  );
  console.log(`  runs: ${popups.map(ms).join(', ')}`);
  console.log(
    `popup interactive with nothing saved, for comparison, median of ${POPUP_RUNS}: ${ms(median(emptyPopups))}`,
  );
  console.log(`  runs: ${emptyPopups.map(ms).join(', ')}`);
  console.log(
    `import of ${ACTIONS} actions end to end (file chosen -> report shown), median of ${IMPORT_RUNS}: ${ms(median(imports))}  (target < 2000 ms)`,
  );
  console.log(`  runs: ${imports.map(ms).join(', ')}`);
  console.log(
    `  of which the background (message in -> stored -> reply), median: ${ms(median(background))}; runs: ${background.map(ms).join(', ')}`,
  );
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
  await rm(exportFile, { force: true });
}
