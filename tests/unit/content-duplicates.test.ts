import { describe, it, expect } from 'vitest';
import { prompts } from '@/lib/content';
import { hatsLenses, hatsQuestions, voicePrompts } from '@/lib/content/hats';

/** Lower case, without quotes, punctuation or extra spaces: two texts equal here read the same. */
const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[“”"‘’'?.!,:;]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const sets = {
  'sidebar prompts': prompts.map((p) => ({ id: p.id, text: p.text })),
  'prompt actions': prompts.map((p) => ({ id: p.id, text: p.action })),
  'check-in questions': hatsQuestions.map((q) => ({ id: q.id, text: q.text })),
  'whose voice is missing': voicePrompts.map((p) => ({ id: p.id, text: p.text })),
  'hat lenses': hatsLenses.map((l) => ({ id: l.id, text: l.focus })),
};

describe('no prompt is shown twice in different places', () => {
  it('has no text repeated, or wholly contained, in another set', () => {
    const all = Object.entries(sets).flatMap(([set, items]) => items.map((item) => ({ set, ...item })));
    const repeated: string[] = [];
    for (const a of all)
      for (const b of all) {
        // A prompt and its own action may share words; nothing else may.
        if (a.set === b.set || a.id === b.id) continue;
        if (plain(a.text).includes(plain(b.text))) repeated.push(`${a.set} ${a.id} repeats ${b.set} ${b.id}`);
      }
    expect(repeated).toEqual([]);
  });

  it('has no text repeated within one set', () => {
    for (const [set, items] of Object.entries(sets)) {
      const texts = items.map((item) => plain(item.text));
      expect(new Set(texts).size, set).toBe(texts.length);
    }
  });
});
