/**
 * An organisation's managed policy, read by real Chromium from a real policy
 * file: Debian's Chromium reads /etc/chromium/policies/managed/*.json, and the
 * test build's fixed id (lib/test-key.ts) is what the file names.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { accessSync, constants, mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { TEST_EXTENSION_ID } from '../../lib/test-key';
import { expect, sidebarOf, test, kindlingIn } from './fixtures';
import { axeClean, noSidewaysScroll } from './a11y';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/kindling-e2e.json`;

/** Chromium's policy files hold every extension's policy under "3rdparty". */
const policyFile = (kindling: Record<string, unknown>) =>
  JSON.stringify({ '3rdparty': { extensions: { [TEST_EXTENSION_ID]: kindling } } }, null, 2);

/** A fictional ward's policy: pace and badge locked, the check-in switched off, one bad value. */
const WARD = {
  organization: { name: 'St Example Hospital', supportUrl: 'https://intranet.example.org/kindling' },
  sites: ['https://ehr.example.org/*'],
  // One of the test build's own enabled sites: switched off as the policy arrives.
  blockedSites: ['http://localhost/*'],
  settings: { pace: 240, badge: false, wmtyDay: '04-31' },
  locked: ['pace', 'badge'],
  disabledFeatures: ['checkin'],
  showWelcome: false,
  // The trust's own prompts, links and conversations, inline (docs/packs/example-pack.json).
  contentPack: JSON.parse(readFileSync('docs/packs/example-pack.json', 'utf8')) as unknown,
};

/** Whether this process may write Chromium's policy folder (root, as in CI). */
function canWritePolicies(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const writable = canWritePolicies();
// Locally without root the journey is skipped and says why; in CI it must run.
test.skip(
  !writable && !process.env.CI,
  `Cannot write ${POLICY_DIR} (needs root); CI runs this journey as root.`,
);

// Other specs' browsers must never see this policy: removed after this file, and on any exit.
const removePolicy = () => rm(POLICY_FILE, { force: true });
process.once('exit', () => rmSync(POLICY_FILE, { force: true }));
test.beforeAll(async () => {
  await mkdir(POLICY_DIR, { recursive: true });
  await writeFile(POLICY_FILE, policyFile(WARD));
});
test.afterAll(removePolicy);

async function openSettings(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Kindling settings', level: 1 })).toBeVisible();
}

test('a ward’s policy: the organisation named, its locked settings, the check-in gone, and a live change', async ({
  kindling,
}) => {
  test.setTimeout(120_000);
  try {
    expect(kindling.extensionId).toBe(TEST_EXTENSION_ID);
    const settings = await kindling.context.newPage();
    await openSettings(settings, kindling.extensionId);

    // Who manages Kindling, with their support link, and the value that could not be used.
    await expect(settings.getByText('Some settings are managed by St Example Hospital.')).toBeVisible();
    await expect(settings.getByRole('link', { name: 'Help from St Example Hospital' })).toHaveAttribute(
      'href',
      'https://intranet.example.org/kindling',
    );
    await expect(
      settings.getByText(
        'Your organisation’s setting settings.wmtyDay could not be used: it is not a day of the year written MM-DD.',
      ),
    ).toBeVisible();

    // Locked: shown with the organisation's value, disabled, and saying who set it.
    const pace = settings.getByLabel('How often');
    await expect(pace).toBeDisabled();
    await expect(pace).toHaveValue('240');
    await expect(pace).toHaveAccessibleDescription('Set by St Example Hospital');
    const badge = settings.getByLabel('Show the number of open actions on the toolbar button');
    await expect(badge).toBeDisabled();
    await expect(badge).not.toBeChecked();
    // Not locked: still the user's to change.
    await expect(settings.getByLabel('Language of Kindling')).toBeEnabled();

    // Recommended sites offered together; the blocked one switched off, the other enabled site kept.
    await expect(settings.getByRole('heading', { name: 'Recommended by St Example Hospital' })).toBeVisible();
    await expect(settings.getByText('ehr.example.org — Not on yet')).toBeVisible();
    await expect(settings.getByRole('button', { name: 'Switch on the recommended sites' })).toBeVisible();
    const enabledSites = settings.getByRole('list', { name: 'Sites where Kindling runs' });
    await expect(enabledSites.getByRole('heading', { name: '127.0.0.1' })).toBeVisible();
    await expect(enabledSites.getByRole('heading', { name: 'localhost' })).toHaveCount(0);

    await axeClean(settings, 'settings managed by an organisation');
    await settings.setViewportSize({ width: 320, height: 800 });
    await noSidewaysScroll(settings, 'settings managed by an organisation at 320 px');
    // For people to look at: what a managed settings page looks like on a narrow screen.
    await settings.screenshot({ path: 'test-results/policy/settings-managed-320.png', fullPage: true });
    await settings.setViewportSize({ width: 1280, height: 800 });

    // The check-in is gone from the popup and the sidebar.
    const popup = await kindling.openPopup();
    await expect(popup.getByRole('button', { name: 'Open sidebar' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Prepare a meeting' })).toHaveCount(0);
    const ward = await kindling.openDemo();
    await kindlingIn(ward).control('button', 'Open Kindling').click();
    const sidebar = await sidebarOf(ward);
    await expect(sidebar.getByRole('tab', { name: 'Prompts' })).toBeVisible();
    await expect(sidebar.getByRole('tab', { name: 'Check-in' })).toHaveCount(0);
    // The organisation's pack came through the policy file too: its prompt, with its publisher.
    await sidebar.getByRole('tab', { name: 'Prompts' }).click();
    const packPrompt = sidebar.locator('[data-prompt-id="pack:org.example.community-health/wmty-board"]');
    await expect(packPrompt).toContainText(
      'Ask one patient what matters to them and add it to the bedside board.',
    );
    await expect(packPrompt).toContainText('From Example Community Health Trust (fictional)');

    // The administrator unlocks the pace and gives the check-in back, while the browser runs.
    await writeFile(POLICY_FILE, policyFile({ ...WARD, locked: ['badge'], disabledFeatures: [] }));
    // Chromium notices a changed policy file and reads it once it has settled for 5 seconds.
    await expect(pace).toBeEnabled({ timeout: 60_000 });
    await expect(pace).toHaveValue('240');
    await expect(badge).toBeDisabled();
    await expect(sidebar.getByRole('tab', { name: 'Check-in' })).toBeVisible();
  } finally {
    await removePolicy();
  }
});
