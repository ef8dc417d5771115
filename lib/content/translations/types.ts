import type { HatLens } from '@/lib/db/actions';
import type { conversations } from '../conversations';
import type { hatsQuestions, voicePrompts } from '../hats';
import type { prompts } from '../prompts';
import type { kindnessThemes, theoryClaims } from '../theory';

type IdOf<List extends readonly { id: string }[]> = List[number]['id'];

/**
 * One language's words for Kindling's content. The English data in
 * lib/content keeps the facts and sources; a translation carries only the
 * words, keyed by item id, so a missing item fails the typecheck.
 * Conversation titles and speakers stay as published: a subtitle says in the
 * reader's language what the title is about.
 */
export interface ContentTranslation {
  theory: Readonly<Record<IdOf<typeof theoryClaims>, { title: string; body: string }>>;
  themes: Readonly<Record<IdOf<typeof kindnessThemes>, { title: string; body: string }>>;
  /** `text` is shown as the prompt (under 140 characters); `action` is what saving it keeps. */
  prompts: Readonly<Record<IdOf<typeof prompts>, { text: string; action: string }>>;
  /** The six hats, by lens: "White hat", "Facts", "logical", and one sentence on the lens. */
  lenses: Readonly<Record<HatLens, { hat: string; name: string; perspective: string; focus: string }>>;
  /** Check-in questions (under 160 characters), by id. */
  questions: Readonly<Record<IdOf<typeof hatsQuestions>, string>>;
  /** "Whose voice is missing?" prompts, by id. */
  voices: Readonly<Record<IdOf<typeof voicePrompts>, string>>;
  conversations: Readonly<Record<IdOf<typeof conversations>, { subtitle: string; summary: string }>>;
  workshop: { subtitle: string; summary: string };
}
