import type { Conversation } from '../content/types';

export interface ConversationYear<T> {
  year: string;
  items: T[];
}

/**
 * Conversations (already in the order to show) matching every word of
 * `query` in their title, subtitle, speakers or summary (in the reader's language), grouped by year in that order.
 */
export function conversationsByYear<T extends Conversation & { subtitle?: string }>(
  list: readonly T[],
  query: string,
): ConversationYear<T>[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const years: ConversationYear<T>[] = [];
  for (const item of list) {
    const text = [item.title, item.subtitle ?? '', item.summary, ...item.speakers]
      .join(' ')
      .toLocaleLowerCase();
    if (!words.every((word) => text.includes(word))) continue;
    const year = item.date.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.items.push(item);
    else years.push({ year, items: [item] });
  }
  return years;
}
