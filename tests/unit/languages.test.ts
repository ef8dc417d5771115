import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  chooseLanguage,
  formatDate,
  formatDaysFromNow,
  formatList,
  formatMonth,
  formatNumber,
  language,
  languageOfTag,
  onLanguageChange,
  regionalLocale,
  setLanguage,
  t,
  type Language,
} from '@/lib/i18n';
import { catalogues, contentTranslations } from '@/lib/i18n/all';
import { followLanguage, type LanguageSource } from '@/lib/i18n/follow';
import type { LanguageInputs } from '@/lib/i18n/languages';

afterEach(() => setLanguage('en'));

describe('choosing the language', () => {
  it('maps browser languages to the ones Kindling speaks, else English', () => {
    expect(languageOfTag('fr-BE')).toBe('fr');
    expect(languageOfTag('fr-CA')).toBe('fr');
    expect(languageOfTag('nl')).toBe('nl');
    expect(languageOfTag('sv_SE')).toBe('sv');
    expect(languageOfTag('de-DE')).toBeUndefined();
    expect(chooseLanguage({ browser: 'de-DE' })).toBe('en');
    expect(chooseLanguage({ browser: 'nl-BE' })).toBe('nl');
  });

  it('puts a locked policy first, then the user, then the policy default, then the browser', () => {
    expect(chooseLanguage({ user: 'sv', policy: 'fr', locked: true, browser: 'nl' })).toBe('fr');
    expect(chooseLanguage({ user: 'sv', policy: 'fr', browser: 'nl' })).toBe('sv');
    expect(chooseLanguage({ user: 'browser', policy: 'fr', browser: 'nl' })).toBe('fr');
    expect(chooseLanguage({ user: 'browser', browser: 'nl' })).toBe('nl');
  });

  it('skips a policy value that is not a language, so the user keeps their choice', () => {
    expect(chooseLanguage({ user: 'sv', policy: 'klingon', locked: true, browser: 'en' })).toBe('sv');
    expect(chooseLanguage({ user: 'browser', policy: 42, browser: 'nl-BE' })).toBe('nl');
    expect(chooseLanguage({ user: 'xx', browser: 'fr-FR' })).toBe('fr');
  });
});

describe('switching language while a page is open', () => {
  function fakeSource(initial: LanguageInputs) {
    let inputs = initial;
    let changed = () => {};
    const source: LanguageSource = {
      read: async () => inputs,
      watch: (listener) => {
        changed = listener;
        return () => (changed = () => {});
      },
    };
    return {
      source,
      change(next: LanguageInputs) {
        inputs = next;
        changed();
      },
    };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('speaks the chosen language before the page first renders, then follows each change', async () => {
    const { source, change } = fakeSource({ user: 'browser', browser: 'fr-BE' });
    const heard: Language[] = [];
    const stopHearing = onLanguageChange((next) => heard.push(next));
    const stop = await followLanguage(source);
    expect(language()).toBe('fr');
    change({ user: 'sv', browser: 'fr-BE' });
    await settle();
    expect(language()).toBe('sv');
    expect(regionalLocale()).toBe('sv-SE');
    stop();
    change({ user: 'nl', browser: 'fr-BE' });
    await settle();
    expect(language()).toBe('sv');
    expect(heard).toEqual(['fr', 'sv']);
    stopHearing();
  });

  it('loads a language’s words before speaking it, so a page that ships English only still speaks French', async () => {
    // A fresh page: only the English catalogue, as every Kindling page starts.
    vi.resetModules();
    const i18n = await import('@/lib/i18n');
    const { followLanguage: follow } = await import('@/lib/i18n/follow');
    const { localPrompt } = await import('@/lib/content/localize');
    const { prompts } = await import('@/lib/content');
    expect(i18n.hasCatalogue('fr')).toBe(false);
    const stop = await follow(fakeSource({ user: 'fr' }).source);
    expect(i18n.language()).toBe('fr');
    expect(i18n.t('glance.tab.today')).toBe(catalogues.fr['glance.tab.today']);
    expect(localPrompt(prompts[0]!).text).toBe(contentTranslations.fr.prompts[prompts[0]!.id].text);
    expect(i18n.hasCatalogue('sv')).toBe(false);
    stop();
  });

  it('falls back to the browser language when the settings cannot be read', async () => {
    const stop = await followLanguage({
      read: async () => {
        throw new Error('storage is gone');
      },
      watch: () => () => {},
    });
    expect(language()).toBe('en');
    stop();
  });
});

describe('plurals follow each language’s rules (Intl.PluralRules)', () => {
  const form = (code: Language, category: 'one' | 'other' | 'many') => {
    const message = catalogues[code]!['glance.prompts.count'];
    return typeof message === 'string' ? message : (message[category] ?? message.other);
  };

  it('English: 1 prompt, 0 prompts, 2 prompts', () => {
    expect(t('glance.prompts.count', { count: 1 })).toBe('1 prompt');
    expect(t('glance.prompts.count', { count: 0 })).toBe('0 prompts');
    expect(t('glance.prompts.count', { count: 2 })).toBe('2 prompts');
  });

  it('French counts 0 and 1 as one, 2 as other', () => {
    setLanguage('fr');
    expect(t('glance.prompts.count', { count: 0 })).toBe(form('fr', 'one').replace('{count}', '0'));
    expect(t('glance.prompts.count', { count: 1 })).toBe(form('fr', 'one').replace('{count}', '1'));
    expect(t('glance.prompts.count', { count: 2 })).toBe(form('fr', 'other').replace('{count}', '2'));
    expect(form('fr', 'one')).not.toBe(form('fr', 'other'));
  });

  it.each(['nl', 'sv'] as const)('%s counts 0 as other and 1 as one', (code) => {
    setLanguage(code);
    expect(t('glance.prompts.count', { count: 0 })).toBe(form(code, 'other').replace('{count}', '0'));
    expect(t('glance.prompts.count', { count: 1 })).toBe(form(code, 'one').replace('{count}', '1'));
    // Swedish "förslag" is the same in both; its open actions are not ("öppen", "öppna").
    setLanguage(code);
    expect(t('badge.title', { count: 1 })).not.toBe(t('badge.title', { count: 2 }).replace('2', '1'));
  });

  it('writes numbers the regional way inside sentences', () => {
    setLanguage('fr');
    expect(t('glance.prompts.count', { count: 1234 })).toContain('1\u202f234');
    setLanguage('nl');
    expect(t('glance.prompts.count', { count: 1234 })).toContain('1.234');
  });
});

describe('dates, lists and numbers in each regional locale', () => {
  const march3 = Date.UTC(2024, 2, 3, 12);
  it.each([
    ['en', '3 Mar 2024', 'April 2024', 'yesterday', 'in 3 days', 'A, B and C', '1,234.5'],
    ['fr', '3 mars 2024', 'avril 2024', 'hier', 'dans 3 jours', 'A, B et C', '1\u202f234,5'],
    ['nl', '3 mrt 2024', 'april 2024', 'gisteren', 'over 3 dagen', 'A, B en C', '1.234,5'],
    ['sv', '3 mars 2024', 'april 2024', 'i går', 'om 3 dagar', 'A, B och C', '1\u00a0234,5'],
  ] as const)('%s', (code, date, month, yesterday, inThree, list, number) => {
    setLanguage(code);
    expect(formatDate(march3)).toBe(date);
    expect(formatMonth('2024-04-01')).toBe(month);
    expect(formatDaysFromNow(-1)).toBe(yesterday);
    expect(formatDaysFromNow(3)).toBe(inThree);
    expect(formatList(['A', 'B', 'C'])).toBe(list);
    expect(formatNumber(1234.5)).toBe(number);
  });
});
