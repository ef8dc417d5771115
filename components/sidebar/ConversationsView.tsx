import { useState } from 'preact/hooks';
import { conversations, recentConversations, type Conversation } from '@/lib/content';
import { formatMonth, language, t } from '@/lib/i18n';
import { packConversations, type ShownConversation } from '@/lib/packs/items';
import { usePacks } from './usePacks';
import { conversationsByYear } from '@/lib/conversations/by-year';
import { Sources } from '@/components/shared/Sources';
import { localConversation } from '@/lib/content/localize';

/** Every Conversation for Kindness, the content packs' among them, newest first, grouped by year, with a search box. */
export function ConversationsView() {
  const packs = usePacks();
  const list: readonly (ShownConversation & { subtitle?: string })[] = [
    ...(conversations as readonly Conversation[]).map(localConversation),
    ...packConversations(packs ?? [], language()),
  ];
  const [query, setQuery] = useState('');
  const years = conversationsByYear(recentConversations(list, list.length), query);
  const found = years.reduce((sum, year) => sum + year.items.length, 0);
  return (
    <section aria-labelledby="conversations-heading" class="view">
      <h2 id="conversations-heading">{t('sidebar.conversations.heading')}</h2>
      <label class="search">
        {t('glance.conversations.search')}
        <input type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </label>
      <p class="muted" role="status">
        {found === 0
          ? t('glance.conversations.none', { query: query.trim() })
          : t('glance.conversations.found', { shown: found, count: list.length })}
      </p>
      {years.map(({ year, items }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h3 id={`year-${year}`}>{year}</h3>
          <ul class="lines">
            {items.map((conversation) => (
              <li key={conversation.id} class="conversation">
                {/* Titles stay as published: Kindling's marked English, so screen readers say them right. */}
                <a
                  href={conversation.link}
                  target="_blank"
                  rel="noopener noreferrer"
                  lang={conversation.publisher ? undefined : 'en'}
                >
                  {conversation.title}
                </a>{' '}
                <time class="muted" dateTime={conversation.date}>
                  {formatMonth(conversation.date)}
                </time>
                {conversation.speakers.length > 0 && (
                  <p class="muted">
                    {t('glance.conversations.with', { speakers: conversation.speakers.join(', ') })}
                  </p>
                )}
                {conversation.publisher && (
                  <p class="from">{t('packs.from', { publisher: conversation.publisher })}</p>
                )}
                {conversation.subtitle && <p class="subtitle">{conversation.subtitle}</p>}
                <p lang={conversation.lang}>{conversation.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {conversations[0] && <Sources sources={[conversations[0].source]} />}
    </section>
  );
}
