// `npm start`: opens Chromium with the e2e build of Kindling loaded, on the local CareBoard demo pages.
// The npm script builds .output/chrome-mv3-e2e before running this.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { chromiumArgs, findChromium, hasDisplay } from './chromium.mjs';
import { startDemoServer } from './demo-server.mjs';
import { TEST_BUILD_DIR } from './paths.mjs';

const BUILD_DIR = TEST_BUILD_DIR;

if (!existsSync(path.join(BUILD_DIR, 'manifest.json'))) {
  console.error(`No extension build at ${BUILD_DIR}. Run \`npm run build:test\` first.`);
  process.exit(1);
}

let browser;
try {
  browser = findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

if (!hasDisplay()) {
  console.error(
    'No display found. Run it under a virtual display: `xvfb-run -a npm start` (Debian: `sudo apt-get install -y xvfb`).',
  );
  process.exit(1);
}

const port = Number(process.env.KINDLING_DEMO_PORT ?? 5174);
let server;
try {
  server = await startDemoServer({ port, host: '127.0.0.1' });
} catch (error) {
  const inUse = error && typeof error === 'object' && 'code' in error && error.code === 'EADDRINUSE';
  console.error(
    inUse
      ? `Port ${port} is already in use. Stop whatever uses it, or pick another: KINDLING_DEMO_PORT=5175 npm start`
      : `Could not start the demo server: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

const profileDir = mkdtempSync(path.join(os.tmpdir(), 'kindling-profile-'));
const url = `${server.origin}/`;
const args = [...chromiumArgs(BUILD_DIR, { headless: false }), `--user-data-dir=${profileDir}`, url];

console.log(`Using Chromium from ${browser.how}: ${browser.path}`);
console.log(
  `Kindling is loaded on the demo ward page at ${url}. ` +
    `The strict-CSP page is at ${server.origin}/strict, the rota at ${server.origin}/rota. ` +
    'Close the browser or press Ctrl+C to stop.',
);

const child = spawn(browser.path, args, { stdio: 'inherit' });

let cleanedUp = false;
async function cleanUp() {
  if (cleanedUp) return;
  cleanedUp = true;
  await server.close();
  // Chromium's helper processes can outlive the main one briefly and still write to the profile.
  await delay(500);
  rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

child.on('error', async (error) => {
  console.error(`Could not start Chromium at ${browser.path}: ${error.message}`);
  await cleanUp();
  process.exit(1);
});

child.on('exit', async (code, signal) => {
  await cleanUp();
  process.exit(signal ? 0 : (code ?? 0));
});

// Ctrl+C: let Chromium shut down first (it holds the profile dir), then clean up in the exit handler.
process.on('SIGINT', () => {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  else cleanUp().then(() => process.exit(0));
});
process.on('SIGTERM', () => {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
});
