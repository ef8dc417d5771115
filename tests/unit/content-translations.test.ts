import { afterEach, describe, expect, it } from 'vitest';
import { conversations, kindnessThemes, prompts, theoryClaims, workshop } from '@/lib/content';
import { hatsLenses, hatsQuestions, voicePrompts } from '@/lib/content/hats';
import { contentTranslations } from '@/lib/i18n/all';
import {
  localClaim,
  localConversation,
  localLens,
  localPrompt,
  localQuestion,
  localVoice,
} from '@/lib/content/localize';
import { CARD_SENTENCE_MAX } from '@/lib/nudges/schedule';
import { setLanguage } from '@/lib/i18n';

afterEach(() => setLanguage('en'));

/** Every string in a value, with where it sits. */
function leaves(value: unknown, at = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, at ? `${at}.${key}` : key));
  return [];
}

describe.each(Object.entries(contentTranslations))('the content in "%s"', (code, words) => {
  it('has every item of the English content, and nothing else', () => {
    const ids = (list: readonly { id: string }[]) => list.map((item) => item.id).sort();
    expect(Object.keys(words.theory).sort()).toEqual(ids(theoryClaims));
    expect(Object.keys(words.themes).sort()).toEqual(ids(kindnessThemes));
    expect(Object.keys(words.prompts).sort()).toEqual(ids(prompts));
    expect(Object.keys(words.lenses).sort()).toEqual(hatsLenses.map((lens) => lens.lens).sort());
    expect(Object.keys(words.questions).sort()).toEqual(ids(hatsQuestions));
    expect(Object.keys(words.voices).sort()).toEqual(ids(voicePrompts));
    expect(Object.keys(words.conversations).sort()).toEqual(ids(conversations));
  });

  it('leaves no text empty, and no sentence in English', () => {
    const english = new Set(
      leaves({
        theoryClaims,
        kindnessThemes,
        prompts,
        hatsLenses,
        hatsQuestions,
        voicePrompts,
        conversations,
        workshop,
      }).map(([, text]) => text),
    );
    for (const [at, text] of leaves(words)) {
      expect(text.trim(), `${code} ${at}`).not.toBe('');
      // Single words such as a lens's perspective may be shared ("Optimism" is not; "Processus" might be).
      if (text.includes(' '))
        expect(english.has(text), `${code} ${at} is still English: ${text}`).toBe(false);
    }
  });

  it('keeps prompts, card sentences and check-in questions short enough for their places', () => {
    for (const [id, prompt] of Object.entries(words.prompts)) {
      expect(prompt.text.length, `${code} ${id} text`).toBeLessThan(140);
      expect(prompt.action.length, `${code} ${id} action`).toBeLessThanOrEqual(CARD_SENTENCE_MAX);
    }
    for (const [id, question] of Object.entries(words.questions)) {
      expect(question.length, `${code} ${id}`).toBeLessThan(160);
    }
  });

  it('gives each prompt its own words, so the prompts list has no two alike', () => {
    const texts = Object.values(words.prompts).map((prompt) => prompt.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('content in the reader’s language', () => {
  it('is the English data itself in English, with no subtitle', () => {
    expect(localPrompt(prompts[0])).toBe(prompts[0]);
    expect(localConversation(conversations[0]).subtitle).toBeUndefined();
  });

  it('swaps only the words: ids, sources and facts stay', () => {
    setLanguage('fr');
    const prompt = localPrompt(prompts[0]);
    expect(prompt.text).toBe(contentTranslations.fr.prompts[prompts[0].id].text);
    expect({ ...prompt, text: prompts[0].text, action: prompts[0].action }).toEqual(prompts[0]);
    const conversation = localConversation(conversations[0]);
    expect(conversation.title).toBe(conversations[0].title);
    expect(conversation.speakers).toEqual(conversations[0].speakers);
    expect(conversation.link).toBe(conversations[0].link);
    expect(conversation.subtitle).toBe(contentTranslations.fr.conversations[conversations[0].id].subtitle);
    expect(localClaim(theoryClaims[0]).sources).toBe(theoryClaims[0].sources);
    expect(localLens(hatsLenses[0]).lens).toBe('white');
    expect(localQuestion(hatsQuestions[0]).fits).toBe(hatsQuestions[0].fits);
    expect(localVoice(voicePrompts[0]).group).toBe(voicePrompts[0].group);
  });

  it('leaves an item it has no words for (a pack’s own prompt) as it was written', () => {
    setLanguage('sv');
    const ownPrompt = {
      id: 'pack:ward-7:welcome',
      text: 'Welcome them by name',
      action: 'Welcome one patient by name',
    };
    expect(localPrompt(ownPrompt)).toBe(ownPrompt);
  });
});
