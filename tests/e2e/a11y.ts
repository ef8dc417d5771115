import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The WCAG rules every Kindling page and state must pass (2.0, 2.1 and 2.2, levels A and AA). */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** axe finds no violation on the page as it is now; `label` names the state in the failure. */
export async function axeClean(page: Page, label: string, { bestPractice = true } = {}): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(bestPractice ? [...WCAG, 'best-practice'] : WCAG)
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    label,
  ).toEqual([]);
}

/** Nothing on the page scrolls sideways (WCAG 1.4.10 reflow at 320 px and 200 % zoom). */
export async function noSidewaysScroll(page: Page, label = 'no sideways scrolling'): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, label).toBeLessThanOrEqual(clientWidth);
}
