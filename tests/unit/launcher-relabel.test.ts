import { beforeEach, describe, expect, it } from 'vitest';
import type { LauncherLabels } from '@/lib/nudges/types';
import { launcherOnWardPage, stubPageWatcher } from './support/launcher-page';

const SWEDISH: LauncherLabels = {
  open: 'Öppna Kindling',
  close: 'Stäng Kindling',
  frameTitle: 'Kindlings sidopanel',
  prompt: 'Kindling-förslag',
  save: 'Spara',
  notNow: 'Inte nu',
  menu: 'Mer',
  choices: [
    ['busy', 'Inte nu: jag är upptagen'],
    ['open', 'Öppna sidopanelen'],
  ],
};

/** A ward page with the launcher on it, its card showing a prompt; the root is open so the test can read it. */
function wardPageWithCard() {
  const launcher = launcherOnWardPage();
  launcher.showNudge('Ask one patient what matters to them', () => undefined);
  const shadow = launcher.host.shadowRoot!;
  const words = () => ({
    launcher: shadow.querySelector('.launcher')!.getAttribute('aria-label'),
    card: shadow.querySelector('.nudge')!.getAttribute('aria-label'),
    sentence: shadow.querySelector('.nudge-text')!.textContent,
    buttons: [...shadow.querySelectorAll('.nudge button')].map((button) => button.textContent),
  });
  return { launcher, words };
}

describe('the launcher when the language changes', () => {
  beforeEach(() => {
    stubPageWatcher();
  });

  it('renames every control and rewrites the card’s sentence in place, without rebuilding', () => {
    const { launcher, words } = wardPageWithCard();
    expect(words().buttons).toEqual(['Save', 'Not now', 'More', 'Not now: I am busy', 'Open the sidebar']);

    launcher.applyPrefs({
      side: 'right',
      collapsed: false,
      labels: SWEDISH,
      promptText: 'Fråga en patient vad som är viktigt för hen',
    });
    expect(words()).toEqual({
      launcher: 'Öppna Kindling',
      card: 'Kindling-förslag',
      sentence: 'Fråga en patient vad som är viktigt för hen',
      buttons: ['Spara', 'Inte nu', 'Mer', 'Inte nu: jag är upptagen', 'Öppna sidopanelen'],
    });
  });

  it('moves to the other side without touching the words when only the placement changed', () => {
    const { launcher, words } = wardPageWithCard();
    const before = words();
    launcher.applyPrefs({ side: 'left', collapsed: true });
    expect(words()).toEqual(before);
    expect(launcher.host.shadowRoot!.querySelector('.root')!.getAttribute('data-side')).toBe('left');
  });
});
