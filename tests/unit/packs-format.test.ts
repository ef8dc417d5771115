import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { compareVersions, PACK_BYTES_MAX, PACK_ITEMS_MAX, readPack, readPackText } from '@/lib/packs/format';

/** A pack as JSON gives it: any shape, so a test can break it anywhere. */
type Draft = ReturnType<typeof JSON.parse>;

const root = path.resolve(import.meta.dirname, '../..');
const EXAMPLE_TEXT = readFileSync(path.join(root, 'docs/packs/example-pack.json'), 'utf8');
const example = () =>
  JSON.parse(EXAMPLE_TEXT) as Record<string, unknown> & { prompts: Record<string, unknown>[] };

/** A small valid pack, changed by `change` before it is read. */
function packWith(change: (pack: Draft) => void) {
  const pack: Draft = {
    format: 'kindling-pack',
    schemaVersion: 1,
    id: 'org.example.ward',
    version: '1.0',
    name: 'Ward 7B prompts',
    publisher: 'Example Hospital (fictional)',
    prompts: [
      { id: 'ask-1', audience: 'patients', mode: 'ask', text: { en: 'Ask what matters.' } },
      { id: 'ask-2', audience: 'patients', mode: 'ask', text: { en: 'Ask again.' } },
      { id: 'ask-3', audience: 'patients', mode: 'ask', text: { en: 'And again.' } },
      { id: 'ask-4', audience: 'families', mode: 'listen', text: { fr: 'Écoutez.' } },
    ],
  };
  change(pack);
  return readPack(pack);
}

const problemOf = (change: (pack: Draft) => void) => {
  const read = packWith(change);
  return read.ok ? 'accepted' : read.problem;
};

afterEach(() => setLanguage('en'));

describe('a team lead’s content pack file', () => {
  it('reads the published example pack', () => {
    const read = readPackText(EXAMPLE_TEXT);
    expect(read.ok && read.pack.id).toBe('org.example.community-health');
    if (!read.ok) return;
    expect(read.pack.prompts).toHaveLength(3);
    expect(read.pack.links).toHaveLength(2);
    expect(read.pack.conversations[0]!.date).toBe('2026-11');
    // Kinds of work are optional; none means any.
    expect(read.pack.prompts[1]!.kinds).toEqual([]);
  });

  it('keeps only Kindling’s languages, and trims the words', () => {
    const read = packWith((pack) => (pack.prompts[0].text = { en: '  Ask.  ', de: 'Fragen Sie.' }));
    expect(read.ok && read.pack.prompts[0]!.text).toEqual({ en: 'Ask.' });
  });

  it.each([
    [
      'a prompt’s words missing',
      (p: Draft) => delete p.prompts[3].text,
      'prompts[3].text: this field is missing.',
    ],
    [
      'a prompt in no language Kindling speaks',
      (p: Draft) => (p.prompts[3].text = { de: 'Hören Sie zu.' }),
      'prompts[3].text: needs words in at least one of these languages: en, fr, nl, sv.',
    ],
    [
      'a prompt too long for a card',
      (p: Draft) => (p.prompts[2].text.en = 'x'.repeat(141)),
      'prompts[2].text.en: must be text of 1 to 140 characters.',
    ],
    [
      'an empty prompt',
      (p: Draft) => (p.prompts[0].text.en = '   '),
      'prompts[0].text.en: must be text of 1 to 140 characters.',
    ],
    [
      'an audience Kindling does not know',
      (p: Draft) => (p.prompts[1].audience = 'managers'),
      'prompts[1].audience: must be "patients", "families" or "colleagues".',
    ],
    [
      'a mode it does not know',
      (p: Draft) => (p.prompts[1].mode = 'tell'),
      'prompts[1].mode: must be "ask", "listen" or "do".',
    ],
    [
      'a kind of work it does not know',
      (p: Draft) => (p.prompts[0].kinds = ['ward', 'theatre']),
      'prompts[0].kinds[1]: must be "ward", "clinic", "discharge", "handover" or "admin".',
    ],
    [
      'an item id with capitals',
      (p: Draft) => (p.prompts[0].id = 'Ask-1'),
      'prompts[0].id: must be 1 to 64 lower-case letters, digits or hyphens, starting with a letter or digit.',
    ],
    [
      'two prompts with one id',
      (p: Draft) => (p.prompts[2].id = 'ask-1'),
      'prompts[2].id: the id "ask-1" is used twice; each item needs its own.',
    ],
    [
      'a link over http',
      (p: Draft) => (p.links = [{ id: 'wmty', title: { en: 'WMTY' }, url: 'http://example.org/' }]),
      'links[0].url: must be a whole https:// address.',
    ],
    [
      'a link to a script',
      (p: Draft) => (p.links = [{ id: 'wmty', title: { en: 'WMTY' }, url: 'javascript:alert(1)' }]),
      'links[0].url: must be a whole https:// address.',
    ],
    [
      'a conversation dated by day',
      (p: Draft) =>
        (p.conversations = [
          {
            id: 'c',
            date: '2026-11-05',
            title: 'T',
            speakers: [],
            summary: { en: 'S' },
            link: 'https://example.org/c',
          },
        ]),
      'conversations[0].date: must be a month written as YYYY-MM, such as "2026-11".',
    ],
    [
      'a conversation with no summary',
      (p: Draft) =>
        (p.conversations = [
          { id: 'c', date: '2026-11', title: 'T', speakers: [], link: 'https://example.org/c' },
        ]),
      'conversations[0].summary: this field is missing.',
    ],
    [
      'prompts that are not a list',
      (p: Draft) => (p.prompts = { id: 'x' }),
      'prompts: must be a list ([ … ]).',
    ],
    [
      'a prompt that is not an object',
      (p: Draft) => (p.prompts[1] = 'Ask.'),
      'prompts[1]: must be an object ({ … }).',
    ],
    [
      'a version with words',
      (p: Draft) => (p.version = 'v2 beta'),
      'version: must be a version such as "1", "1.2" or "2026.12.1": up to four whole numbers with dots.',
    ],
    ['no publisher', (p: Draft) => delete p.publisher, 'publisher: this field is missing.'],
    [
      'no items at all',
      (p: Draft) => delete p.prompts,
      'A content pack needs at least one prompt, link or conversation.',
    ],
    [
      'another format',
      (p: Draft) => (p.format = 'kindling-export'),
      'This is not a Kindling content pack: its "format" must be "kindling-pack".',
    ],
    [
      'a newer schema',
      (p: Draft) => (p.schemaVersion = 2),
      'This pack is written for another version of Kindling ("schemaVersion" 2); this Kindling reads schemaVersion 1.',
    ],
  ])('is refused for %s, naming the item and field', (_what, change, problem) => {
    expect(problemOf(change)).toBe(problem);
  });

  it('names the field in the reader’s language', () => {
    setLanguage('fr');
    expect(problemOf((p) => (p.prompts[1].mode = 'tell'))).toBe(
      'prompts[1].mode: doit valoir "ask", "listen" ou "do".',
    );
  });

  it('refuses a huge file before reading it, and a pack with too many items before checking each', () => {
    const huge = readPackText(' '.repeat(PACK_BYTES_MAX + 1));
    expect(huge.ok || huge.problem).toBe('The file is 1.1 MB; a content pack can be at most 1 MB.');
    const many = problemOf((p) => (p.prompts = Array.from({ length: PACK_ITEMS_MAX + 1 }, () => 'x')));
    expect(many).toBe('A content pack can hold at most 500 items in all; this one has 501.');
  });

  it('says plainly when a file is not JSON', () => {
    const read = readPackText('{ "format": "kindling-pack", ');
    expect(read.ok || read.problem).toBe('This file is not JSON, so it cannot be a content pack.');
  });

  it('reads what it gave back as the same pack (stored packs are read again)', () => {
    const first = readPack(example());
    expect(first.ok).toBe(true);
    if (first.ok) expect(readPack(JSON.parse(JSON.stringify(first.pack)))).toEqual(first);
  });
});

describe('pack versions', () => {
  it.each([
    ['1.10', '1.9', 1],
    ['2', '1.99.99', 1],
    ['1.2', '1.2.0', 0],
    ['2026.11.1', '2026.11', 1],
    ['1.0', '1.0.1', -1],
  ])('%s against %s', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});
