import { useState } from 'preact/hooks';
import { conversations, recentConversations } from '@/lib/content';
import { formatMonth, t } from '@/lib/i18n';
import { Sources } from './Sources';

const RECENT = 3;

/** Recent Conversations for Kindness, each linking to its insights. */
export function ConversationsSection() {
  const [showAll, setShowAll] = useState(false);
  const shown = recentConversations(conversations, showAll ? conversations.length : RECENT);
  return (
    <section id="conversations" aria-labelledby="conversations-heading">
      <h2 id="conversations-heading">{t('sidebar.conversations.heading')}</h2>
      <p class="muted">{t('sidebar.conversations.intro')}</p>
      <ul class="stack" id="conversation-list">
        {shown.map((conversation) => (
          <li key={conversation.id} class="card conversation">
            <p class="muted">
              <time dateTime={conversation.date}>{formatMonth(conversation.date)}</time>
            </p>
            <h3>
              <a href={conversation.link} target="_blank" rel="noopener noreferrer">
                {conversation.title}
              </a>
            </h3>
            {conversation.speakers.length > 0 && (
              <p class="muted">
                {t('sidebar.conversations.with', { speakers: conversation.speakers.join(', ') })}
              </p>
            )}
            <p>{conversation.summary}</p>
          </li>
        ))}
      </ul>
      <button
        type="button"
        class="quiet"
        aria-controls="conversation-list"
        aria-expanded={showAll}
        onClick={() => setShowAll(!showAll)}
      >
        {showAll
          ? t('sidebar.conversations.showFewer')
          : t('sidebar.conversations.showAll', { count: conversations.length })}
      </button>
      <Sources sources={[conversations[0].source]} />
    </section>
  );
}
