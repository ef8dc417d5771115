import { conversations } from './conversations';
import { prompts } from './prompts';
import type { Conversation } from './types';

export type {
  Conversation,
  Workshop,
  KindnessTheme,
  Prompt,
  PromptAudience,
  PromptStep,
  Source,
  TheoryClaim,
  WorkKind,
} from './types';
export { theoryClaims, kindnessThemes } from './theory';
export { prompts } from './prompts';
export { conversations, workshop } from './conversations';

/** A prompt from the catalogue. */
export type CatalogPrompt = (typeof prompts)[number];
/** A monthly conversation from the catalogue. */
export type CatalogConversation = (typeof conversations)[number];

/**
 * The `count` newest items of `list` by date, newest first. Items with the same
 * date keep their order in `list`. The input is not changed.
 */
export function recentConversations<T extends Pick<Conversation, 'date'>>(
  list: readonly T[],
  count: number,
): T[] {
  if (!(count > 0)) return [];
  return list
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.date === b.item.date ? a.index - b.index : a.item.date < b.item.date ? 1 : -1))
    .slice(0, Math.floor(count))
    .map(({ item }) => item);
}

/** The prompt with this id, or undefined. */
export function promptById(id: string): CatalogPrompt | undefined {
  return prompts.find((prompt) => prompt.id === id);
}

/** The monthly conversation with this id, or undefined. */
export function conversationById(id: string): CatalogConversation | undefined {
  return conversations.find((conversation) => conversation.id === id);
}
