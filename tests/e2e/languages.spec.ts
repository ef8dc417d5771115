import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { hatsLenses, voicePrompts } from '../../lib/content/hats';
import { theoryClaims } from '../../lib/content/theory';
import { catalogues, contentTranslations } from '../../lib/i18n/all';
import { REGIONAL_LOCALE, type Language, type MessageKey, type Translation } from '../../lib/i18n';
import { en } from '../../lib/i18n/en';
import { expect, kindlingIn, test } from './fixtures';
import { axeClean, noSidewaysScroll } from './a11y';

/** The extension API inside Kindling's own pages, where these tests evaluate code. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  i18n: { getUILanguage(): string };
};

/** Where each language's screenshots go, for people to look at. */
const SHOTS = 'test-results/languages';

/** A message of `language` as the page shows it (plural messages by their `count`). */
function say(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  const message = (catalogues[language] as Translation)[key];
  const count = Number(params.count ?? 0);
  const text =
    typeof message === 'string'
      ? message
      : (message[new Intl.PluralRules(REGIONAL_LOCALE[language]).select(count) as 'one'] ?? message.other);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined
      ? whole
      : typeof params[name] === 'number'
        ? new Intl.NumberFormat(REGIONAL_LOCALE[language]).format(params[name])
        : String(params[name]),
  );
}

/** Saves an action through the message the sidebar uses, from inside an extension page. */
const saveAction = (page: Page, text: string) =>
  page.evaluate((data) => chrome.runtime.sendMessage({ channel: 'kindling', type: 'actions/save', data }), {
    text,
    source: { kind: 'own' },
  });

/**
 * axe in light and dark at this width, and no sideways scrolling at this width and at 320 px, with a
 * screenshot of each. (axe's findings do not depend on the width; the longer words do.)
 */
async function looksRight(page: Page, label: string, width: number) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const layout of [width, 320]) {
      await page.setViewportSize({ width: layout, height: 800 });
      await noSidewaysScroll(page, `${label} ${scheme} ${layout}`);
      if (layout === width) await axeClean(page, `${label} ${scheme}`);
      await page.screenshot({ path: `${SHOTS}/${label}-${scheme}-${layout}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width, height: 800 });
}

test.beforeAll(() => mkdir(SHOTS, { recursive: true }));

for (const language of ['fr', 'nl', 'sv'] as const) {
  test.describe(`with the browser in ${language}`, () => {
    test.use({ uiLanguage: language });

    test(`the popup, sidebar, check-in, settings and launcher speak ${language}, and axe finds nothing`, async ({
      kindling,
    }) => {
      // Seven surfaces, each checked and photographed light and dark at two widths.
      test.setTimeout(180_000);
      const content = contentTranslations[language];
      const popup = await kindling.openPopup();
      // Chromium itself runs in the language (chromium-l10n), so Kindling follows the browser.
      expect(await popup.evaluate(() => chrome.i18n.getUILanguage())).toMatch(new RegExp(`^${language}`));
      await expect(popup.locator('html')).toHaveAttribute('lang', language);
      await expect(
        popup.getByRole('heading', { name: say(language, 'popup.actions.heading') }),
      ).toBeVisible();
      await expect(popup.getByRole('button', { name: say(language, 'popup.openSidebar') })).toBeVisible();
      await expect(popup.getByText(say(language, 'popup.actions.empty'))).toBeVisible();
      await looksRight(popup, `${language}-popup`, 380);

      const sidebar = await kindling.context.newPage();
      await sidebar.setViewportSize({ width: 380, height: 800 });
      await sidebar.goto(`chrome-extension://${kindling.extensionId}/sidepanel.html`);
      await expect(
        sidebar.getByRole('tab', { name: say(language, 'glance.tab.today'), selected: true }),
      ).toBeVisible();
      // Today's prompt comes from the content, in the same language.
      const card = sidebar.locator('.today-card');
      const id = (await card.getAttribute('data-prompt-id'))!;
      await expect(sidebar.locator('#today-text')).toHaveText(
        content.prompts[id as keyof typeof content.prompts].text,
      );
      await looksRight(sidebar, `${language}-today`, 380);

      await sidebar.getByRole('tab', { name: say(language, 'glance.tab.why') }).click();
      await expect(
        sidebar.getByRole('button', { name: content.theory[theoryClaims[0].id].title }),
      ).toBeVisible();
      await looksRight(sidebar, `${language}-why`, 380);

      await sidebar.getByRole('tab', { name: say(language, 'glance.tab.conversations') }).click();
      await expect(
        sidebar.getByRole('searchbox', { name: say(language, 'glance.conversations.search') }),
      ).toBeVisible();
      await looksRight(sidebar, `${language}-conversations`, 380);

      await sidebar.getByRole('tab', { name: say(language, 'glance.tab.checkin') }).click();
      await sidebar.getByRole('button', { name: say(language, 'checkin.setup.begin') }).click();
      await expect(
        sidebar.getByRole('heading', { name: say(language, 'checkin.opening.heading') }),
      ).toBeVisible();
      await expect(sidebar.getByText(content.voices[voicePrompts[0].id])).toBeVisible();
      await looksRight(sidebar, `${language}-checkin-opening`, 380);
      await sidebar.getByRole('button', { name: say(language, 'checkin.opening.firstLens') }).click();
      const white = content.lenses[hatsLenses[0].lens];
      await expect(sidebar.getByRole('heading', { name: `${white.hat}: ${white.name}` })).toBeVisible();
      await looksRight(sidebar, `${language}-checkin-lens`, 380);

      const settings = await kindling.context.newPage();
      await settings.goto(`chrome-extension://${kindling.extensionId}/options.html`);
      await expect(
        settings.getByRole('heading', { name: say(language, 'options.heading'), level: 1 }),
      ).toBeVisible();
      await expect(settings).toHaveTitle(say(language, 'page.settings'));
      const choice = settings.getByLabel(say(language, 'options.language.label'));
      await expect(choice).toHaveValue('browser');
      await expect(choice.locator('option[value="browser"]')).toHaveText(
        say(language, 'options.language.browser', {
          language: { fr: 'Français', nl: 'Nederlands', sv: 'Svenska' }[language],
        }),
      );
      await looksRight(settings, `${language}-settings`, 1280);

      const ward = await kindling.openDemo('/', kindling.origin, say(language, 'launcher.open'));
      await kindlingIn(ward).control('button', say(language, 'launcher.open')).click();
      await expect
        .poll(() => kindlingIn(ward).control('button', say(language, 'launcher.close')).visible())
        .toBe(true);
    });
  });
}

test.describe('with the browser in French', () => {
  test.use({ uiLanguage: 'fr' });

  test('choosing Swedish in settings switches the open sidebar, the launcher and its prompt card at once, without a reload', async ({
    kindling,
  }) => {
    const ward = await kindling.openDemo('/keys', kindling.origin, say('fr', 'launcher.open'));
    const ui = kindlingIn(ward);
    // The first prompt comes once the page has settled (2 s in the test build).
    await expect.poll(() => ui.shown('nudge')).toBe(true);
    const frenchSentence = (await ui.textOf('nudge-text'))!;
    const id = Object.entries(contentTranslations.fr.prompts).find(
      ([, words]) => words.action === frenchSentence,
    )?.[0];
    expect(id, `a French prompt on the card: ${frenchSentence}`).toBeDefined();

    const sidebar = await kindling.context.newPage();
    await sidebar.goto(`chrome-extension://${kindling.extensionId}/sidepanel.html`);
    await expect(sidebar.getByRole('tab', { name: say('fr', 'glance.tab.today') })).toBeVisible();
    await sidebar.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    const settings = await kindling.context.newPage();
    await settings.goto(`chrome-extension://${kindling.extensionId}/options.html`);
    await settings.getByLabel(say('fr', 'options.language.label')).selectOption('sv');

    // The settings page itself, the open sidebar, the launcher and the card: all Swedish, nothing reloaded.
    await expect(
      settings.getByRole('heading', { name: say('sv', 'options.heading'), level: 1 }),
    ).toBeVisible();
    await expect(settings.getByLabel(say('sv', 'options.language.label'))).toHaveValue('sv');
    await expect(sidebar.getByRole('tab', { name: say('sv', 'glance.tab.today') })).toBeVisible();
    await expect(sidebar.locator('html')).toHaveAttribute('lang', 'sv');
    expect(await sidebar.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await expect.poll(() => ui.control('button', say('sv', 'launcher.open')).visible()).toBe(true);
    await expect.poll(() => ui.control('button', say('sv', 'nudge.save')).visible()).toBe(true);
    const swedish = contentTranslations.sv.prompts[id as keyof typeof contentTranslations.sv.prompts].action;
    await expect.poll(() => ui.textOf('nudge-text')).toBe(swedish);

    // Saving now keeps the Swedish words the card shows.
    await ui.control('button', say('sv', 'nudge.save')).click();
    const popup = await kindling.openPopup();
    await expect(popup.getByText(swedish)).toBeVisible();

    // Back to following the browser: French again everywhere.
    await settings.getByLabel(say('sv', 'options.language.label')).selectOption('browser');
    await expect(sidebar.getByRole('tab', { name: say('fr', 'glance.tab.today') })).toBeVisible();
    await expect.poll(() => ui.control('button', say('fr', 'launcher.open')).visible()).toBe(true);
  });
});

test.describe('with the browser in Dutch', () => {
  test.use({ uiLanguage: 'nl' });

  test('dates and plurals read as a Flemish colleague writes them', async ({ kindling }) => {
    const popup = await kindling.openPopup();
    await saveAction(popup, 'Vraag aan één patiënt wat voor hem belangrijk is');
    await popup.reload();
    const today = new Intl.DateTimeFormat('nl-BE', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(Date.now());
    await expect(popup.getByText(say('nl', 'journal.saved', { date: today }))).toBeVisible();
    expect(today).toMatch(/^\d{1,2} [a-z]{3,4}\.? \d{4}$/);

    // One action exported: the "one" form; two: the "other" form.
    const settings = await kindling.context.newPage();
    await settings.goto(`chrome-extension://${kindling.extensionId}/options.html`);
    const exportAll = settings.getByRole('button', { name: say('nl', 'journal.settings.exportJson') });
    await Promise.all([settings.waitForEvent('download'), exportAll.click()]);
    await expect(settings.getByText(say('nl', 'journal.settings.exported', { count: 1 }))).toBeVisible();
    await saveAction(settings, 'Bedank een collega voor haar hulp bij de overdracht');
    await Promise.all([settings.waitForEvent('download'), exportAll.click()]);
    await expect(settings.getByText(say('nl', 'journal.settings.exported', { count: 2 }))).toBeVisible();
    expect(say('nl', 'journal.settings.exported', { count: 1 })).not.toBe(
      say('nl', 'journal.settings.exported', { count: 2 }).replace('2', '1'),
    );

    // The prompts list counts in Dutch, and a check-in's length too.
    const sidebar = await kindling.context.newPage();
    await sidebar.goto(`chrome-extension://${kindling.extensionId}/sidepanel.html`);
    await sidebar.getByRole('tab', { name: say('nl', 'glance.tab.prompts') }).click();
    // The Prompts view loads when first opened: count its lines once they are there.
    await expect(sidebar.locator('[data-prompt-id]').first()).toBeVisible();
    const lines = await sidebar.locator('[data-prompt-id]').count();
    await expect(sidebar.getByText(say('nl', 'glance.prompts.count', { count: lines }))).toBeVisible();
    expect(en['glance.prompts.count']).not.toEqual(catalogues.nl!['glance.prompts.count']);
  });
});
