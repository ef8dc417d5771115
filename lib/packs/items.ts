import type { Conversation, Prompt } from '../content/types';
import { LANGUAGES, type Language } from '../i18n/languages';
import type { Words } from './format';
import type { InstalledPack } from './installed';

/** A pack's words for a reader: the reader's language, else English, else the first the pack has. */
export function pickWords(words: Words, reader: Language): { text: string; lang: Language } {
  for (const code of [reader, 'en' as const, ...LANGUAGES]) {
    const text = words[code];
    if (text !== undefined) return { text, lang: code };
  }
  return { text: '', lang: reader };
}

/** An item's id in every list Kindling shows: namespaced by its pack, so it never meets a built-in id. */
export function packItemId(packId: string, itemId: string): string {
  return `pack:${packId}/${itemId}`;
}

/** What a pack's item carries beyond Kindling's own content. */
export interface FromPack {
  /** Who published the pack; shown with the item. */
  publisher: string;
  /** The language the item's words are in, when it is not the reader's. */
  lang?: Language;
}

export type ShownPrompt = Prompt & Partial<FromPack>;
export type ShownConversation = Conversation & Partial<FromPack>;

export interface ShownLinks {
  packId: string;
  publisher: string;
  links: { id: string; title: string; url: string; lang?: Language }[];
}

const langIf = (lang: Language, reader: Language) => (lang === reader ? {} : { lang });

/** Every installed pack's prompts, in the reader's language, as Kindling's prompts are shown. */
export function packPrompts(packs: readonly InstalledPack[], reader: Language): ShownPrompt[] {
  return packs.flatMap(({ pack }) =>
    pack.prompts.map((prompt) => {
      const text = pickWords(prompt.text, reader);
      return {
        id: packItemId(pack.id, prompt.id),
        audience: prompt.audience,
        step: prompt.mode,
        text: text.text,
        action: prompt.detail ? pickWords(prompt.detail, reader).text : text.text,
        fits: prompt.kinds,
        source: { citation: pack.publisher },
        publisher: pack.publisher,
        ...langIf(text.lang, reader),
      };
    }),
  );
}

/** Every installed pack's conversations, dated the first of their month like Kindling's own. */
export function packConversations(packs: readonly InstalledPack[], reader: Language): ShownConversation[] {
  return packs.flatMap(({ pack }) =>
    pack.conversations.map((conversation) => {
      const summary = pickWords(conversation.summary, reader);
      return {
        id: packItemId(pack.id, conversation.id),
        date: `${conversation.date}-01`,
        kind: 'monthly-conversation' as const,
        title: conversation.title,
        speakers: conversation.speakers,
        summary: summary.text,
        link: conversation.link,
        source: { citation: pack.publisher, url: conversation.link },
        publisher: pack.publisher,
        ...langIf(summary.lang, reader),
      };
    }),
  );
}

/** Each pack's links, under its publisher; packs without links are left out. */
export function packLinks(packs: readonly InstalledPack[], reader: Language): ShownLinks[] {
  return packs
    .filter(({ pack }) => pack.links.length > 0)
    .map(({ pack }) => ({
      packId: pack.id,
      publisher: pack.publisher,
      links: pack.links.map((link) => {
        const title = pickWords(link.title, reader);
        return {
          id: packItemId(pack.id, link.id),
          title: title.text,
          url: link.url,
          ...langIf(title.lang, reader),
        };
      }),
    }));
}
