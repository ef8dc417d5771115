import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { conversations, kindnessThemes, prompts, theoryClaims } from '@/lib/content';
import { hatsLenses, hatsQuestions, voicePrompts } from '@/lib/content/hats';
import { HAT_LENSES } from '@/lib/db/actions';
import { MEETING_TYPES } from '@/lib/db/checkins';

const hatsContent = { hatsLenses, hatsQuestions, voicePrompts } as const;

/** Every string in a value, with the nearest object key above it. */
function strings(value: unknown, key = ''): { key: string; value: string }[] {
  if (typeof value === 'string') return [{ key, value }];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, key));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

const all = strings(hatsContent);

describe('the Six Thinking Hats content', () => {
  it('has six lenses in hat order: facts, feelings, caution, benefits, new ideas, process', () => {
    expect(hatsLenses.map((lens) => lens.lens)).toEqual([...HAT_LENSES]);
    expect(hatsLenses.map((lens) => lens.perspective)).toEqual([
      'logical',
      'emotional',
      'cautious',
      'optimistic',
      'creative',
      'organisational',
    ]);
  });

  it('has two or three questions fitted to every meeting type under every lens', () => {
    for (const lens of HAT_LENSES)
      for (const meeting of MEETING_TYPES) {
        const fitting = hatsQuestions.filter(
          (q) => q.lens === lens && (q.fits.length === 0 || (q.fits as readonly string[]).includes(meeting)),
        );
        expect(fitting.length, `${lens} × ${meeting}`).toBeGreaterThanOrEqual(2);
        expect(fitting.length, `${lens} × ${meeting}`).toBeLessThanOrEqual(3);
      }
  });

  it('keeps questions short enough to read aloud', () => {
    for (const question of hatsQuestions) expect(question.text.length, question.id).toBeLessThan(160);
  });

  it('asks whose voice is missing with the three patient-partner prompts and IHI’s four questions', () => {
    expect(voicePrompts.filter((p) => p.group === 'partners')).toHaveLength(3);
    expect(voicePrompts.filter((p) => p.group === 'team')).toHaveLength(4);
  });

  it('has ids unique across all of Kindling’s content', () => {
    const ids = [
      ...theoryClaims,
      ...kindnessThemes,
      ...prompts,
      ...conversations,
      ...hatsLenses,
      ...hatsQuestions,
      ...voicePrompts,
    ].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every item a source with a citation', () => {
    for (const item of [...hatsLenses, ...hatsQuestions, ...voicePrompts]) {
      expect(item.source.citation.trim(), item.id).not.toBe('');
    }
  });

  it('has no empty strings, no HTML, and only https links', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((s) => s.value.trim() === '')).toEqual([]);
    expect(all.filter((s) => /<[a-z]/i.test(s.value))).toEqual([]);
    const urls = all.filter((s) => s.key === 'url');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(new URL(url.value).protocol).toBe('https:');
  });

  it('shares no run of eight words with the source documents', () => {
    const words = (text: string) =>
      text
        .toLowerCase()
        .replace(/['’‘]/g, '')
        .replace(/[^a-z0-9\u00c0-\u024f]+/g, ' ')
        .trim()
        .split(' ')
        .filter(Boolean);
    const runs = (text: string) => {
      const w = words(text);
      return w.slice(0, Math.max(0, w.length - 7)).map((_, i) => w.slice(i, i + 8).join(' '));
    };
    const seedDir = path.resolve(import.meta.dirname, '../../../shared/seeds');
    const seedRuns = new Set(
      readdirSync(seedDir)
        .filter((name) => name.endsWith('.txt'))
        .flatMap((name) => runs(readFileSync(path.join(seedDir, name), 'utf8'))),
    );
    expect(seedRuns.size).toBeGreaterThan(100);
    const copied = all
      .filter((s) => s.key !== 'citation')
      .flatMap((s) => runs(s.value).filter((run) => seedRuns.has(run)));
    expect(copied).toEqual([]);
  });
});
