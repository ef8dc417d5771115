import type { Ref } from 'preact';
import { conversations, recentConversations } from '@/lib/content';
import { voicePrompts } from '@/lib/content/hats';
import { CHECKIN_NOTE_MAX } from '@/lib/db/checkins';
import { formatMonth, t } from '@/lib/i18n';
import { localConversation, localVoice } from '@/lib/content/localize';

const DIGEST = 3;

interface Props {
  headingRef: Ref<HTMLHeadingElement>;
  voiceNotes: string;
  onVoiceNotes: (text: string) => void;
  onSave: () => void;
  onStart: () => void;
}

/** The start of a check-in: conversations to share, and whose voice is missing. */
export function CheckinOpening({ headingRef, voiceNotes, onVoiceNotes, onSave, onStart }: Props) {
  const digest = recentConversations(
    conversations.filter((conversation) => conversation.kind === 'monthly-conversation'),
    DIGEST,
  ).map(localConversation);
  const group = (name: 'partners' | 'team') =>
    voicePrompts.filter((prompt) => prompt.group === name).map(localVoice);
  return (
    <section aria-labelledby="checkin-opening-heading" class="stack">
      <h3 id="checkin-opening-heading" tabIndex={-1} ref={headingRef}>
        {t('checkin.opening.heading')}
      </h3>
      <div class="card">
        <h4>{t('checkin.opening.digest')}</h4>
        <ul class="digest">
          {digest.map((conversation) => (
            <li key={conversation.id}>
              <a href={conversation.link} target="_blank" rel="noopener noreferrer">
                {t('checkin.opening.insights', { title: conversation.title })}
              </a>{' '}
              <span class="muted">
                <time dateTime={conversation.date}>{formatMonth(conversation.date)}</time>
              </span>
              {conversation.subtitle && <p class="subtitle">{conversation.subtitle}</p>}
              <p>{conversation.summary}</p>
            </li>
          ))}
        </ul>
      </div>
      <div class="card">
        <h4>{t('checkin.voice.heading')}</h4>
        <p class="muted">{t('checkin.voice.partners')}</p>
        <ul>
          {group('partners').map((prompt) => (
            <li key={prompt.id}>{prompt.text}</li>
          ))}
        </ul>
        <p class="muted">{t('checkin.voice.team')}</p>
        <ul>
          {group('team').map((prompt) => (
            <li key={prompt.id}>{prompt.text}</li>
          ))}
        </ul>
        <label class="field">
          {t('checkin.voice.notes')}
          <textarea
            rows={3}
            maxLength={CHECKIN_NOTE_MAX}
            value={voiceNotes}
            onInput={(event) => onVoiceNotes(event.currentTarget.value)}
            onBlur={onSave}
          />
        </label>
      </div>
      <div class="row">
        <button type="button" onClick={onStart}>
          {t('checkin.opening.firstLens')}
        </button>
      </div>
    </section>
  );
}
