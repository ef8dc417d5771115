// Finding and launching a Chromium that can load the unpacked Kindling build.
import { existsSync } from 'node:fs';

/** @type {{ executablePath(): string } | null} */
let playwrightChromium = null;
try {
  ({ chromium: playwrightChromium } = await import('@playwright/test'));
} catch {
  // Playwright is optional here: a system Chromium works just as well.
}

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found. Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
  'or `npx playwright install chromium`, or set KINDLING_CHROMIUM=/path/to/chromium.';

/**
 * Finds a Chromium executable: $KINDLING_CHROMIUM, then Playwright's own Chromium, then common system paths.
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ path: string, how: string }} how says where the browser came from.
 * @throws {Error} with install instructions when nothing is found.
 */
export function findChromium(env = process.env) {
  const fromEnv = env.KINDLING_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(
        `KINDLING_CHROMIUM is set to "${fromEnv}", but no file exists there. Fix the path or unset it.`,
      );
    }
    return { path: fromEnv, how: 'KINDLING_CHROMIUM' };
  }

  try {
    const fromPlaywright = playwrightChromium?.executablePath();
    if (fromPlaywright && existsSync(fromPlaywright)) return { path: fromPlaywright, how: 'Playwright' };
  } catch {
    // executablePath() throws on platforms Playwright has no build for.
  }

  for (const candidate of SYSTEM_PATHS) {
    if (existsSync(candidate)) return { path: candidate, how: 'system' };
  }
  throw new Error(NO_CHROMIUM_MESSAGE);
}

/**
 * Command-line flags that load only the unpacked extension in extensionDir into a quiet, fresh browser.
 * @param {string} extensionDir absolute path to the built extension (the folder with manifest.json)
 * @param {{ headless?: boolean, env?: Record<string, string | undefined> }} [options]
 * @returns {string[]}
 */
export function chromiumArgs(extensionDir, { headless = false, env = process.env } = {}) {
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
  ];
  // Chromium refuses to start its sandbox as root, which is the norm in containers and CI.
  if (process.getuid?.() === 0 || env.CI) args.push('--no-sandbox');
  if (headless) args.push('--headless=new');
  return args;
}

/**
 * Whether a headed browser window can be shown.
 * @param {Record<string, string | undefined>} [env]
 * @param {string} [platform]
 */
export function hasDisplay(env = process.env, platform = process.platform) {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
