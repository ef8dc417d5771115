import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { formatDate, formatMonth, locales, t, type MessageKey } from '@/lib/i18n';
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

describe('locales', () => {
  it('include English', () => {
    expect(Object.keys(locales)).toContain('en');
  });

  describe.each(Object.entries(locales))('the "%s" locale', (_name, messages) => {
    it('translates exactly the keys of English, no more and no fewer', () => {
      expect(Object.keys(messages).sort()).toEqual(enKeys);
    });

    it('has no empty or blank messages', () => {
      const blank = Object.entries(messages).filter(
        ([, text]) => typeof text !== 'string' || text.trim() === '',
      );
      expect(blank).toEqual([]);
    });

    it('uses the same {placeholders} as English in every message', () => {
      for (const key of enKeys as MessageKey[]) {
        expect(placeholders(messages[key]), key).toEqual(placeholders(en[key]));
      }
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
    expect(t('glance.conversations.found', { count: 12, total: 21 })).toBe('12 of 21 conversations');
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
    ]);
    const keys = parts.flatMap((part) => Object.values(part).flatMap((strings) => Object.keys(strings)));
    expect(keys.length).toBe(new Set(keys).size);
    expect(new Set(keys).size).toBe(Object.keys(en).length);
  });
});
