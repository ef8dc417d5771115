import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeClean, noSidewaysScroll } from './a11y';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> };
};

/** A day `offset` days from today in the browser's own calendar, as YYYY-MM-DD. */
const dayFromToday = (page: Page, offset: number) =>
  page.evaluate((days) => {
    const day = new Date();
    day.setDate(day.getDate() + days);
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  }, offset);

async function save(page: Page, text: string, due: string) {
  const reply = await page.evaluate(
    (data) => chrome.runtime.sendMessage({ channel: 'kindling', type: 'actions/save', data }),
    { text, source: { kind: 'own' }, due },
  );
  expect(reply.ok, reply.error).toBe(true);
}

test('the popup says when actions are due in plain words, flags the overdue one in words, and fits 320 px in light and dark', async ({
  kindling,
}) => {
  const popup = await kindling.openPopup();
  await expect(popup.getByRole('heading', { name: 'Kindling', level: 1 })).toBeAttached();
  await axeClean(popup, 'empty popup', { bestPractice: false });
  await noSidewaysScroll(popup, 'empty popup');

  await save(popup, 'Phone the pharmacy about the TTO delay', await dayFromToday(popup, -2));
  await save(popup, 'Ask Mr Jones what matters to him today', await dayFromToday(popup, 0));
  await save(popup, 'Thank the discharge team', await dayFromToday(popup, 7));
  await popup.reload();

  const item = (text: string) => popup.locator('li', { hasText: text });
  await expect(item('Phone the pharmacy')).toContainText('Overdue');
  await expect(item('Phone the pharmacy')).toContainText('Due 2 days ago');
  await expect(item('Ask Mr Jones')).toContainText('Due today');
  await expect(item('Ask Mr Jones')).not.toContainText('Overdue');
  await expect(item('Thank the discharge team')).toContainText('Due in 7 days');
  // The weekly chart says what it shows in words, and its axes are labelled.
  await expect(popup.getByRole('img', { name: 'No actions done in the last 12 weeks yet.' })).toBeVisible();
  await expect(popup.getByText('This week', { exact: true })).toBeVisible();

  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    for (const width of [380, 320]) {
      await popup.setViewportSize({ width, height: 700 });
      await axeClean(popup, `${colorScheme} at ${width} px`, { bestPractice: false });
      await noSidewaysScroll(popup, `${colorScheme} at ${width} px`);
    }
    // 200 % zoom: half the CSS width.
    await popup.setViewportSize({ width: 190, height: 350 });
    await axeClean(popup, `${colorScheme} at 200 % zoom`, { bestPractice: false });
    await noSidewaysScroll(popup, `${colorScheme} at 200 % zoom`);
  }
});

test('the popup’s header is one row: the settings gear opens settings', async ({ kindling }) => {
  const popup = await kindling.openPopup();
  const header = popup.locator('.popup-header');
  // One row: every item's box overlaps every other's vertically.
  const oneRow = await header.locator('> *').evaluateAll((children) => {
    const boxes = children.map((child) => child.getBoundingClientRect());
    return Math.max(...boxes.map((box) => box.top)) < Math.min(...boxes.map((box) => box.bottom));
  });
  expect(oneRow).toBe(true);
  const [settings] = await Promise.all([
    kindling.context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Settings' }).click(),
  ]);
  await expect(settings.getByRole('heading', { name: 'Kindling settings', level: 1 })).toBeVisible();
});

test('the latest check-in opens in one click: the popup offers it, and the sidebar opens on its summary', async ({
  kindling,
}) => {
  const popup = await kindling.openPopup();
  const ask = (type: string, data: unknown) =>
    popup.evaluate(
      async (message) => {
        const reply = (await chrome.runtime.sendMessage(message)) as {
          ok: boolean;
          value?: unknown;
          error?: string;
        };
        if (!reply.ok) throw new Error(reply.error);
        return reply.value as { id: string; updated: number };
      },
      { channel: 'kindling', type, data },
    );
  const started = await ask('checkins/start', { meetingType: 'huddle', minutes: 5 });
  await ask('checkins/save', { ...started, finished: Date.now() });
  await popup.reload();
  await expect(popup.getByRole('button', { name: 'Open this check-in' })).toBeVisible();

  // The button opens the browser's own side panel on this page (which a test cannot click open).
  const sidebar = await kindling.context.newPage();
  await sidebar.goto(
    `chrome-extension://${kindling.extensionId}/sidepanel.html?view=checkin&checkin=${started.id}`,
  );
  await expect(sidebar.getByRole('heading', { name: 'Kindness check-in summary' })).toBeVisible();
});
