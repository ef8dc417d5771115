import { useRef, useState } from 'preact/hooks';
import { conversations, recentConversations } from '@/lib/content';
import { packConversations, type ShownConversation } from '@/lib/packs/items';
import { usePacks } from './usePacks';
import type { Action, ActionStatus } from '@/lib/db/actions';
import { formatMonth, language, t } from '@/lib/i18n';
import { userError } from '@/components/shared/userError';
import { request } from '@/lib/messages';
import { localDay, parseAudience } from '@/lib/prompts/today';
import { AudienceOptions } from '@/components/shared/AudienceOptions';
import { useLive } from '@/components/shared/useLive';
import type { SidebarView } from './Sidebar';
import { useTodayPrompt } from './useTodayPrompt';

const OPEN_SHOWN = 3;
/** How many of the newest actions are looked at to tell whether today's prompt was already saved. */
const RECENT_CHECKED = 20;

/** Whether an action was saved today from this prompt, so reopening the sidebar still says "Saved". */
function savedToday(actions: readonly Action[], promptId: string, today: string): boolean {
  return actions.some(
    (action) =>
      action.source.kind === 'prompt' &&
      action.source.promptId === promptId &&
      localDay(new Date(action.created)) === today,
  );
}

/**
 * Today: one prompt for today, the user's three newest open actions and the
 * newest conversation (unless the organisation switched conversations off).
 */
export function TodayView({
  embedded,
  onShow,
  conversations = true,
}: {
  embedded: boolean;
  onShow: (view: SidebarView) => void;
  conversations?: boolean;
}) {
  return (
    <div class="today">
      <TodayPrompt embedded={embedded} />
      <OpenActions />
      {conversations && <NewestConversation onShow={onShow} />}
    </div>
  );
}

type Note = { kind: 'idle' } | { kind: 'saving' } | { kind: 'said'; text: string; error?: boolean };

function TodayPrompt({ embedded }: { embedded: boolean }) {
  const today = useTodayPrompt(embedded);
  const [saved, setSaved] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState<Note>({ kind: 'idle' });
  const recent = useLive(() => request('actions/list', { limit: RECENT_CHECKED }), 'actions/changed').value;
  if (!today) return <p class="muted">{t('glance.loading')}</p>;
  const { prompt } = today;
  const isSaved =
    prompt !== null && (saved.has(prompt.id) || savedToday(recent ?? [], prompt.id, localDay(new Date())));
  const statusLine = (
    <span role="status" class={note.kind === 'said' && note.error ? 'note error' : 'note'}>
      {note.kind === 'said' && note.text}
    </span>
  );

  async function save() {
    if (!prompt || isSaved || note.kind === 'saving') return;
    setNote({ kind: 'saving' });
    try {
      await request('actions/save', { text: prompt.action, source: { kind: 'prompt', promptId: prompt.id } });
      setSaved(new Set([...saved, prompt.id]));
      setNote({ kind: 'said', text: t('glance.today.saved') });
    } catch (error) {
      setNote({ kind: 'said', text: t('error.generic', { error: userError(error) }), error: true });
    }
  }

  return (
    <section aria-labelledby="today-heading" class="today-prompt">
      <div class="heading-row">
        <h2 id="today-heading" class={today.isWmtyDay ? 'wmty-day' : undefined}>
          {today.isWmtyDay ? t('glance.today.wmtyDay') : t('glance.today.heading')}
        </h2>
        <label class="audience">
          {t('glance.today.for')}{' '}
          <select
            value={today.audience}
            onChange={(event) => {
              setNote({ kind: 'idle' });
              today.setAudience(parseAudience(event.currentTarget.value));
            }}
          >
            <AudienceOptions />
          </select>
        </label>
      </div>
      {prompt ? (
        <>
          <div class="today-card" data-prompt-id={prompt.id} aria-live="polite">
            <p class="tag">
              {t(`step.${prompt.step}`)} · {t(`audience.${prompt.audience}`)}
            </p>
            <p id="today-text" class="today-text" lang={prompt.lang}>
              {prompt.text}
            </p>
            {prompt.publisher && <p class="from">{t('packs.from', { publisher: prompt.publisher })}</p>}
            <p class="muted">{t('glance.today.action', { action: prompt.action })}</p>
          </div>
          <div class="button-row">
            <button
              type="button"
              class="primary"
              aria-describedby="today-text"
              aria-disabled={isSaved || note.kind === 'saving'}
              onClick={() => void save()}
            >
              {isSaved
                ? t('glance.today.savedButton')
                : note.kind === 'saving'
                  ? t('glance.today.saving')
                  : t('glance.today.save')}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setNote({ kind: 'idle' });
                today.another();
              }}
            >
              {t('glance.today.another')}
            </button>
            <button
              type="button"
              class="quiet-text"
              onClick={() => {
                today.notForMe();
                setNote({ kind: 'said', text: t('glance.today.setAside') });
              }}
            >
              {t('glance.today.notForMe')}
            </button>
            {statusLine}
          </div>
        </>
      ) : (
        <p>{t('glance.today.none')}</p>
      )}
      {!prompt && statusLine}
    </section>
  );
}

function OpenActions() {
  const { value, error } = useLive(
    () => request('actions/page', { status: 'planned', limit: OPEN_SHOWN }),
    'actions/changed',
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const [note, setNote] = useState('');

  async function move(action: Action, status: ActionStatus) {
    try {
      await request('actions/status', { id: action.id, status });
      setNote(
        t(status === 'done' ? 'glance.open.markedDone' : 'glance.open.letGone', { action: action.text }),
      );
    } catch (failure) {
      setNote(t('error.generic', { error: userError(failure) }));
    }
    // The row goes away; keep the keyboard user in the same place.
    heading.current?.focus();
  }

  const actions = value?.actions;
  return (
    <section aria-labelledby="open-heading" class="open-actions">
      <h2 id="open-heading" tabIndex={-1} ref={heading}>
        {t('glance.open.heading')}
      </h2>
      {error && <p class="error">{t('error.generic', { error })}</p>}
      {actions?.length === 0 && <p class="muted">{t('glance.open.empty')}</p>}
      {actions && actions.length > 0 && (
        <ul class="recent-actions">
          {actions.map((action) => (
            <li key={action.id}>
              <span class="action-line">{action.text}</span>
              <span class="row-buttons">
                <button
                  type="button"
                  class="quiet-text"
                  aria-label={t('glance.open.doneLabel', { action: action.text })}
                  onClick={() => void move(action, 'done')}
                >
                  {t('glance.open.done')}
                </button>
                <button
                  type="button"
                  class="quiet-text"
                  aria-label={t('glance.open.letGoLabel', { action: action.text })}
                  onClick={() => void move(action, 'let-go')}
                >
                  {t('glance.open.letGo')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p role="status" class="note">
        {note}
      </p>
    </section>
  );
}

function NewestConversation({ onShow }: { onShow: (view: SidebarView) => void }) {
  const packs = usePacks();
  const all: readonly ShownConversation[] = [...conversations, ...packConversations(packs ?? [], language())];
  const newest = recentConversations(all, 1)[0];
  if (!newest) return null;
  return (
    <section aria-labelledby="newest-heading" class="newest">
      <div class="heading-row">
        <h2 id="newest-heading">{t('glance.conversation.heading')}</h2>
        <button type="button" class="quiet-text" onClick={() => onShow('conversations')}>
          {t('glance.conversation.more')}
        </button>
      </div>
      <p class="conversation-line">
        {/* Kindling's titles are in English as published; a pack's are in its own words. */}
        <a
          href={newest.link}
          target="_blank"
          rel="noopener noreferrer"
          lang={newest.publisher ? undefined : 'en'}
        >
          {newest.title}
        </a>{' '}
        <time class="muted" dateTime={newest.date}>
          {formatMonth(newest.date)}
        </time>
      </p>
      {newest.publisher && <p class="from">{t('packs.from', { publisher: newest.publisher })}</p>}
    </section>
  );
}
