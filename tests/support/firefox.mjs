// Drives a headless Firefox with Kindling's Firefox test build, over WebDriver BiDi (puppeteer-core).
// Facts this relies on (checked on Firefox ESR 153, see README "Firefox end-to-end"):
// - moz-extension:// pages can be navigated to only with --remote-allow-system-access;
// - page.goto() never resolves for extension pages, so we navigate with wait: 'none' and poll;
// - Function() is blocked on extension pages, so waitForFunction/locators fail there: poll with evaluate;
// - an extension frame reports about:blank as its URL, so the sidebar frame is found by its content.
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OUTPUT_DIR } from './paths.mjs';

/** The Firefox test build (`wxt build -b firefox --mode e2e`). */
export const FIREFOX_TEST_BUILD_DIR = path.join(OUTPUT_DIR, 'firefox-mv2-e2e');
/** The test build's gecko id (wxt.config.ts); the release id is a README decision. */
export const GECKO_ID = 'kindling@kindling.example';
/** Fixed before install with extensions.webextensions.uuids, so tests can open our pages as tabs. */
export const EXTENSION_UUID = '6d1f3a52-6b8e-4f4e-9c1a-2f6c1b0e7a11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export function findFirefox() {
  const candidates = [process.env.KINDLING_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((file) => file && existsSync(file));
  if (!found) throw new Error('No Firefox found: install firefox-esr or set KINDLING_FIREFOX.');
  return found;
}

/** Zips the build once per run: a permanent install (one that survives a restart) takes an XPI. */
let packed = null;
async function packedBuild() {
  if (packed) return packed;
  const dir = await mkdtemp(path.join(tmpdir(), 'kindling-xpi-'));
  const file = path.join(dir, 'kindling.xpi');
  execFileSync('zip', ['-qr', file, '.'], { cwd: FIREFOX_TEST_BUILD_DIR });
  packed = file;
  return file;
}

/** Polls `probe` until it returns a truthy value; gives up after a generous minute (a stuck browser, not a slow one). */
export async function until(probe, what = 'condition') {
  let last;
  const giveUpAt = Date.now() + 60_000;
  while (Date.now() < giveUpAt) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Gave up waiting for ${what}: ${last}`);
}

/**
 * Starts Firefox on `profile` with Kindling installed permanently (so it is still there after a restart).
 * @param {string} profile a directory, reused by restart()
 * @param {{ install?: boolean, prefs?: Record<string, unknown>, home?: string }} [options] install false on a
 *   restart: the add-on is already in the profile; prefs: more Firefox prefs (downloads, a proxy); home: the
 *   HOME Firefox sees, where it looks for ~/.mozilla/managed-storage (a policy for this Firefox alone)
 */
export async function launchFirefox(profile, { install = true, prefs = {}, home } = {}) {
  if (!existsSync(path.join(FIREFOX_TEST_BUILD_DIR, 'manifest.json'))) {
    throw new Error(
      `No Firefox test build at ${FIREFOX_TEST_BUILD_DIR}. Run \`npm run build:firefox-test\`.`,
    );
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    ...(home && { env: { ...process.env, HOME: home } }),
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Unsigned permanent install: honoured by ESR and Developer Edition only.
      'xpinstall.signatures.required': false,
      // Firefox's own errors from extension pages, which BiDi does not report.
      'devtools.console.stdout.content': true,
      ...prefs,
    },
  });
  if (install) {
    await browser.connection.send('webExtension.install', {
      extensionData: { type: 'archivePath', path: await packedBuild() },
      'moz:permanent': true,
    });
  }
  return browser;
}

/** Opens one of Kindling's pages (popup.html, options.html, sidepanel.html…) as a tab and waits for it to render. */
export async function openExtensionPage(browser, file) {
  const page = await browser.newPage();
  await browser.connection.send('browsingContext.navigate', {
    context: page.mainFrame()._id,
    url: `${EXTENSION_ORIGIN}/${file}`,
    wait: 'none',
  });
  await until(
    () => page.evaluate(() => document.readyState === 'complete' && !!document.querySelector('#app > *')),
    `${file} to render`,
  );
  return page;
}

/** Opens a demo page and waits until Kindling's launcher is on it. */
export async function openDemo(browser, url) {
  const page = await browser.newPage();
  await page.goto(url);
  await until(() => page.evaluate(() => !!document.querySelector('kindling-root')), 'the launcher');
  return page;
}

/**
 * Moves keyboard focus to Kindling's launcher with Tab, as a keyboard user does. The page sees
 * focus on <kindling-root> whether its shadow root is open or closed, so this needs no shadow
 * root access. (Firefox 153's BiDi accessibility locator and puppeteer's aria selector find
 * nothing inside our shadow root, so they cannot be used.)
 */
export async function tabToLauncher(page) {
  await page.evaluate(() => document.activeElement?.blur());
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.localName === 'kindling-root')) return;
  }
  throw new Error('Tab never reached the Kindling launcher');
}

/** Opens the embedded sidebar from the launcher by keyboard and returns its frame. */
export async function openSidebar(page) {
  await tabToLauncher(page);
  await page.keyboard.press('Enter');
  return sidebarFrame(page);
}

/** The embedded sidebar frame: the child of the tab's top frame whose document is Kindling's sidebar. */
export async function sidebarFrame(page) {
  return until(async () => {
    for (const frame of page.mainFrame().childFrames()) {
      const ours = await frame
        .evaluate(() => location.protocol === 'moz-extension:' && !!document.querySelector('#app h2'))
        .catch(() => false);
      if (ours) return frame;
    }
    return null;
  }, 'the sidebar frame');
}

/**
 * Clicks, at its on-screen position as a mouse would, the element inside `frame` that matches
 * `selector` and, when `name` is given, whose text is `name` (a button as the user reads it).
 */
export async function clickIn(page, frame, selector, name) {
  const point = await until(
    () =>
      frame.evaluate(
        (css, text) => {
          const element = [...document.querySelectorAll(css)].find(
            (each) => text === undefined || each.textContent.trim() === text,
          );
          if (!element) return null;
          element.scrollIntoView({ block: 'center' });
          const box = element.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        },
        selector,
        name,
      ),
    name ? `${selector} named ${name}` : selector,
  );
  const frameElement = await frame.frameElement();
  const offset = await frameElement.boundingBox();
  await page.mouse.click(offset.x + point.x, offset.y + point.y);
}

/** A fresh profile directory, removed by the returned cleanup. */
export async function freshProfile() {
  const dir = await mkdtemp(path.join(tmpdir(), 'kindling-firefox-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Prefs that save downloads to `dir` without asking, as a user who set a download folder would. */
export const downloadPrefs = (dir) => ({
  'browser.download.dir': dir,
  'browser.download.folderList': 2,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.panel.shown': true,
});

/**
 * Firefox's own background traffic, off, so that anything a proxy sees came from a page or an add-on.
 * (puppeteer's Firefox profile already points many of these at unreachable hosts; we turn them off.)
 */
export const QUIET_FIREFOX_PREFS = {
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.update': false,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.startup.homepage': 'about:blank',
  'browser.topsites.contile.enabled': false,
  'browser.ping-centre.telemetry': false,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.prefetch-next': false,
  'services.settings.server': 'http://127.0.0.1:9/remote-settings-off',
};

/**
 * Firefox's own hosts that no pref here silences: Remote Settings ignores `services.settings.server` in
 * release builds (seen on ESR 153). A proxy check leaves these out; Kindling has no reason to reach them.
 */
export const FIREFOX_OWN_HOSTS = ['firefox.settings.services.mozilla.com'];

/**
 * A proxy on 127.0.0.1 that records and refuses every request it gets, and the prefs that send all
 * of Firefox's traffic to it, except the demo server on 127.0.0.1, which is reached directly.
 */
export async function startRecordingProxy() {
  const seen = [];
  const server = http.createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    seen,
    prefs: {
      ...QUIET_FIREFOX_PREFS,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
