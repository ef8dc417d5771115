import { describe, expect, it } from 'vitest';
import { prompts } from '@/lib/content/prompts';
import { CARD_SENTENCE_MAX, cardSentence } from '@/lib/nudges/schedule';

describe('the prompt card’s one sentence', () => {
  it.each(prompts.map((prompt) => [prompt.id, cardSentence(prompt)] as const))(
    '%s fits one short line on the card',
    (_id, sentence) => {
      expect(sentence.length).toBeGreaterThan(0);
      expect(sentence.length).toBeLessThanOrEqual(CARD_SENTENCE_MAX);
      // One sentence: no full stop inside it.
      expect(sentence.replace(/[.!?]$/, '')).not.toMatch(/[.!?]\s/);
    },
  );

  it('is the very action its “Save” keeps', () => {
    for (const prompt of prompts) expect(cardSentence(prompt)).toBe(prompt.action);
  });
});
