import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import {
  LANGUAGES,
  REGIONAL_LOCALE,
  catalogues,
  formatDate,
  formatMonth,
  t,
  type Language,
  type MessageKey,
  type PluralForms,
  type Translation,
} from '@/lib/i18n';
import { SAME_AS_ENGLISH } from '@/lib/i18n/reviewed';
import { en } from '@/lib/i18n/en';

const root = path.resolve(import.meta.dirname, '../..');
const enKeys = Object.keys(en).sort();

/** Source files under the given top-level folders, relative to the project root. */
function sourceFiles(folders: string[], extensions: RegExp): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (extensions.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name)) found.push(relative);
    }
  };
  for (const folder of folders) walk(folder);
  return found.sort();
}

const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const uiSources = sourceFiles(['components', 'entrypoints', 'lib'], /\.tsx?$/);

/** `{name}` placeholders in a message, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** Every sentence of a message: a plain message has one, a plural message one per form. */
const forms = (message: string | PluralForms): string[] =>
  typeof message === 'string' ? [message] : Object.values(message).filter((form) => form !== undefined);

describe('catalogues', () => {
  it('cover English, French, Dutch and Swedish', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LANGUAGES].sort());
  });

  describe.each(Object.entries(catalogues))('the "%s" catalogue', (code, messages) => {
    const catalogue = messages as Translation;
    it('translates exactly the keys of English, no more and no fewer', () => {
      expect(Object.keys(catalogue).sort()).toEqual(enKeys);
    });

    it('has no empty or blank messages', () => {
      const blank = enKeys.filter((key) =>
        forms(catalogue[key as MessageKey]).some((form) => form.trim() === ''),
      );
      expect(blank).toEqual([]);
    });

    it('uses the same {placeholders} as English in every message and every plural form', () => {
      for (const key of enKeys as MessageKey[]) {
        const english = placeholders(forms(en[key]).at(-1)!);
        for (const form of forms(catalogue[key]))
          expect(placeholders(form), `${code} ${key}`).toEqual(english);
      }
    });

    it('gives plural forms exactly where English has them, with every form its language uses', () => {
      const locale = REGIONAL_LOCALE[code as Language];
      const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const key of enKeys as MessageKey[]) {
        const message = catalogue[key];
        expect(typeof message, `${code} ${key}`).toBe(typeof en[key]);
        if (typeof message === 'string') continue;
        for (const category of needed) {
          // English "other" covers what a missing "many" or "zero" would say; French must write its own "many".
          if (category === 'other' || category === 'one' || code === 'fr') {
            expect(message[category as keyof PluralForms], `${code} ${key} ${category}`).toBeTypeOf('string');
          }
        }
      }
    });

    it.skipIf(code === 'en')('leaves no sentence in English, except the reviewed names', () => {
      const allowed = new Set<MessageKey>([...SAME_AS_ENGLISH['*'], ...SAME_AS_ENGLISH[code as Language]]);
      const same = (enKeys as MessageKey[]).filter(
        (key) => !allowed.has(key) && JSON.stringify(catalogue[key]) === JSON.stringify(en[key]),
      );
      expect(same).toEqual([]);
    });
  });
});

describe('t()', () => {
  it('gives the English text of a key', () => {
    expect(t('app.name')).toBe('Kindling');
    expect(t('status.let-go')).toBe('Let go');
  });

  it('fills in placeholders', () => {
    expect(t('popup.site.show', { host: 'ward.example.org' })).toBe('Show Kindling on ward.example.org');
    expect(t('glance.conversations.found', { shown: 12, count: 21 })).toBe('12 of 21 conversations');
  });

  it('leaves placeholders it was not given a value for', () => {
    expect(t('popup.site.show', { site: 'ward.example.org' })).toBe('Show Kindling on {host}');
    expect(t('popup.site.show')).toBe('Show Kindling on {host}');
  });

  it('inserts values as they are, without treating them as patterns or markup', () => {
    expect(t('error.generic', { error: '$& <b>{host}</b>' })).toBe('Something went wrong: $& <b>{host}</b>');
  });
});

describe('UI text comes from the message catalogue', () => {
  it('finds source files to check', () => {
    expect(uiSources.filter((file) => file.startsWith('components/')).length).toBeGreaterThan(0);
  });

  it('uses only message keys that exist in English', () => {
    const missing: string[] = [];
    let used = 0;
    for (const file of uiSources) {
      for (const match of read(file).matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)) {
        used++;
        if (!(match[1]! in en)) missing.push(`${file}: t('${match[1]}')`);
      }
    }
    expect(used).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('builds keys from templates only where English has keys with that prefix', () => {
    const missing: string[] = [];
    for (const file of uiSources) {
      for (const match of read(file).matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) {
        const prefix = match[1]!;
        if (!enKeys.some((key) => key.startsWith(prefix))) missing.push(`${file}: t(\`${prefix}…\`)`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no bare JSX text in components (rough check on each line)', () => {
    const bare: string[] = [];
    for (const file of sourceFiles(['components'], /\.tsx$/)) {
      read(file)
        .split('\n')
        .forEach((line, index) => {
          if (/>[^<{}\n]*[A-Za-z]{3,}[^<{}\n]*</.test(line))
            bare.push(`${file}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(bare).toEqual([]);
  });

  it('has no words in JSX text or in labels, titles and placeholders in any UI file', () => {
    /** Attributes whose value people read or hear. */
    const spoken = new Set([
      'aria-label',
      'aria-description',
      'aria-placeholder',
      'title',
      'alt',
      'placeholder',
      'label',
    ]);
    const found: string[] = [];
    for (const file of sourceFiles(['components', 'entrypoints'], /\.tsx$/)) {
      const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const where = (node: ts.Node) =>
        `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const visit = (node: ts.Node) => {
        if (ts.isJsxText(node) && /[A-Za-z]{2,}/.test(node.text))
          found.push(`${where(node)}: ${node.text.trim()}`);
        if (
          ts.isJsxAttribute(node) &&
          spoken.has(node.name.getText(source)) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          /[A-Za-z]{2,}/.test(node.initializer.text)
        ) {
          found.push(`${where(node)}: ${node.getText(source)}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(found).toEqual([]);
  });
});

describe('dates in the user’s language', () => {
  it('formats a saved time as day, short month and year', () => {
    expect(formatDate(Date.UTC(2024, 2, 3, 12), 'en-GB')).toBe('3 Mar 2024');
  });

  it('formats a conversation’s month from its date, whatever the time zone', () => {
    expect(formatMonth('2024-04-01', 'en-GB')).toBe('April 2024');
    expect(formatMonth('2024-04-30', 'en-GB')).toBe('April 2024');
    expect(formatMonth('2024-12-31', 'en-US')).toBe('December 2024');
  });
});

describe('the English strings of every feature', () => {
  it('never reuse a key, so no feature silently overwrites another’s text', async () => {
    const parts = await Promise.all([
      import('@/lib/i18n/en/core'),
      import('@/lib/i18n/en/journal'),
      import('@/lib/i18n/en/nudges'),
      import('@/lib/i18n/en/options'),
      import('@/lib/i18n/en/checkin'),
      import('@/lib/i18n/en/glance'),
      import('@/lib/i18n/en/card'),
      import('@/lib/i18n/en/reflection'),
      import('@/lib/i18n/en/pages'),
      import('@/lib/i18n/en/errors'),
      import('@/lib/i18n/en/policy'),
      import('@/lib/i18n/en/packs'),
    ]);
    const keys = parts.flatMap((part) => Object.values(part).flatMap((strings) => Object.keys(strings)));
    expect(keys.length).toBe(new Set(keys).size);
    expect(new Set(keys).size).toBe(Object.keys(en).length);
  });
});
