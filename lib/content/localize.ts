import { language } from '@/lib/i18n';
import type { Language } from '@/lib/i18n/languages';
import type { HatsLens, HatsQuestion, VoicePrompt } from './hats-types';
import type { ContentTranslation } from './translations/types';
import type { Conversation, KindnessTheme, Prompt, TheoryClaim, Workshop } from './types';

/** The content's words in each language loaded so far (lib/i18n/load.ts); English is the data itself. */
const translations: Partial<Record<Exclude<Language, 'en'>, ContentTranslation>> = {};

/** Adds a language's words for the content; lib/i18n/load.ts does, before that language is spoken. */
export function addContentTranslation(code: Exclude<Language, 'en'>, words: ContentTranslation): void {
  translations[code] = words;
}

const words = (): ContentTranslation | undefined =>
  language() === 'en' ? undefined : translations[language() as Exclude<Language, 'en'>];

/** Looks `id` up in one part of the translation; an item it lacks (a pack's, say) stays in its own words. */
function find<Part extends keyof ContentTranslation>(
  part: Part,
  id: string,
): Partial<Record<string, unknown>> | string | undefined {
  const table = words()?.[part] as Record<string, Partial<Record<string, unknown>> | string> | undefined;
  return table?.[id];
}

/** A prompt in the current language: its text and the action it saves. */
export function localPrompt<P extends Pick<Prompt, 'id' | 'text' | 'action'>>(prompt: P): P {
  const found = find('prompts', prompt.id) as Pick<Prompt, 'text' | 'action'> | undefined;
  return found ? { ...prompt, ...found } : prompt;
}

export function localClaim<C extends Pick<TheoryClaim, 'id' | 'title' | 'body'>>(claim: C): C {
  const found = find('theory', claim.id) as Pick<TheoryClaim, 'title' | 'body'> | undefined;
  return found ? { ...claim, ...found } : claim;
}

export function localTheme<T extends Pick<KindnessTheme, 'id' | 'title' | 'body'>>(theme: T): T {
  const found = find('themes', theme.id) as Pick<KindnessTheme, 'title' | 'body'> | undefined;
  return found ? { ...theme, ...found } : theme;
}

export function localLens<L extends Pick<HatsLens, 'lens' | 'hat' | 'name' | 'perspective' | 'focus'>>(
  lens: L,
): L {
  const found = words()?.lenses[lens.lens];
  return found ? { ...lens, ...found } : lens;
}

export function localQuestion<Q extends Pick<HatsQuestion, 'id' | 'text'>>(question: Q): Q {
  const found = find('questions', question.id);
  return typeof found === 'string' ? { ...question, text: found } : question;
}

export function localVoice<V extends Pick<VoicePrompt, 'id' | 'text'>>(voice: V): V {
  const found = find('voices', voice.id);
  return typeof found === 'string' ? { ...voice, text: found } : voice;
}

/**
 * A conversation with its summary in the current language. The title stays
 * as published (a fact); `subtitle` says in the reader's language what it is
 * about, and is absent in English.
 */
export function localConversation<C extends Pick<Conversation, 'id' | 'summary'>>(
  conversation: C,
): C & { subtitle?: string } {
  const found = find('conversations', conversation.id) as { subtitle: string; summary: string } | undefined;
  return found ? { ...conversation, ...found } : conversation;
}

export function localWorkshop<W extends Pick<Workshop, 'summary'>>(workshop: W): W & { subtitle?: string } {
  const found = words()?.workshop;
  return found ? { ...workshop, ...found } : workshop;
}
