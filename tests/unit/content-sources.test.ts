import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { conversations, kindnessThemes, prompts, theoryClaims, workshop } from '@/lib/content';
import { hatsLenses, hatsQuestions, voicePrompts } from '@/lib/content/hats';
import type { Source } from '@/lib/content';

/**
 * Every link and DOI Kindling ships. This list mirrors the project's source
 * sheet (shared/sources.md): a DOI is never written from memory, because a
 * wrong one sends a clinician to someone else's paper.
 */
const FROM_SOURCE_SHEET = [
  'https://kindnessinhealthcare.world/',
  'https://kindnessinhealthcare.world/index.php/monthly-conversations/',
  'https://kindnessinhealthcare.world/index.php/about/',
  'https://doi.org/10.1056/NEJMp1109283',
  'https://doi.org/10.1136/bmj.l6099',
  'https://doi.org/10.1136/bmjqs-2015-004315',
  'https://doi.org/10.1371/journal.pone.0288766',
];

/** Links not on the source sheet, each checked on a public page that the item's source names in `verifiedAt`. */
const VERIFIED_PAGES = [
  'https://www.ihi.org/resources/Pages/IHIWhitePapers/Framework-Improving-Joy-in-Work.aspx',
];

const ALLOWED = new Set([...FROM_SOURCE_SHEET, ...VERIFIED_PAGES]);

/** A link without its fragment (a text fragment only scrolls within the page). */
const page = (url: string) => url.replace(/#.*$/, '');

const everything = {
  theoryClaims,
  kindnessThemes,
  prompts,
  conversations,
  workshop,
  hatsLenses,
  hatsQuestions,
  voicePrompts,
};

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function sources(value: unknown): Source[] {
  if (Array.isArray(value)) return value.flatMap(sources);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.citation === 'string') return [record as unknown as Source];
  return Object.values(record).flatMap(sources);
}

const contentDir = path.resolve(import.meta.dirname, '../../lib/content');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}
const sourceText = files(contentDir).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

const URL_IN_TEXT = /https?:\/\/[^\s'"`)<>]+/g;
const DOI_IN_TEXT = /\b10\.\d{4,9}\/[^\s'"`)<>,;]+/g;

describe('every link and DOI that ships is on the source sheet or a named, verified page', () => {
  it('finds links in the content', () => {
    expect(strings(everything).filter((s) => s.startsWith('https://')).length).toBeGreaterThan(20);
  });

  it('ships only allowed links, in the data and in the files under lib/content', () => {
    const shipped = [
      ...strings(everything).flatMap((s) => s.match(URL_IN_TEXT) ?? []),
      ...sourceText.flatMap(({ text }) => text.match(URL_IN_TEXT) ?? []),
    ];
    expect(shipped.map(page).filter((url) => !ALLOWED.has(url))).toEqual([]);
  });

  it('ships only DOIs from the source sheet', () => {
    const allowedDois = FROM_SOURCE_SHEET.filter((url) => url.startsWith('https://doi.org/')).map((url) =>
      url.slice('https://doi.org/'.length),
    );
    const shipped = [
      ...strings(everything).flatMap((s) => s.match(DOI_IN_TEXT) ?? []),
      ...sourceText.flatMap(({ text }) => text.match(DOI_IN_TEXT) ?? []),
    ];
    expect(shipped.length).toBeGreaterThan(0);
    expect(shipped.filter((doi) => !allowedDois.includes(doi))).toEqual([]);
  });

  it('names the page where a link off the source sheet was checked', () => {
    for (const source of sources(everything)) {
      if (!source.url || FROM_SOURCE_SHEET.includes(page(source.url))) continue;
      expect(source.verifiedAt, source.citation).toBeDefined();
      expect(VERIFIED_PAGES, source.citation).toContain(source.verifiedAt);
    }
  });

  it('links Barry and Edgman-Levitan to their NEJM paper (doi:10.1056/NEJMp1109283)', () => {
    const barry = sources(everything).filter((source) => source.citation.includes('Edgman-Levitan'));
    expect(barry.length).toBeGreaterThan(0);
    for (const source of barry) expect(source.url).toBe('https://doi.org/10.1056/NEJMp1109283');
  });
});

describe('the workshop’s claims are the workshop’s', () => {
  it('attributes outcomes, retention and cost to the M6 workshop, in words and in sources', () => {
    for (const claim of theoryClaims.filter((c) => ['outcomes', 'retention', 'cost'].includes(c.topic))) {
      expect(claim.body, claim.id).toMatch(/workshop/i);
      expect(claim.sources[0].citation, claim.id).toMatch(/^M6 workshop/);
    }
  });

  it('gives the workshop no link: its programme text is not a public page we checked', () => {
    expect(strings(workshop).filter((s) => s.startsWith('http'))).toEqual([]);
    expect(workshop.source.citation).toMatch(/^M6 workshop/);
  });
});
