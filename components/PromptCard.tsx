import { useState } from 'preact/hooks';
import type { Prompt } from '@/lib/content';
import { t } from '@/lib/i18n';
import { request } from '@/lib/messages';

type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: string };

/** One "What matters to you?" prompt that can be saved as the user's action. */
export function PromptCard({ prompt }: { prompt: Prompt }) {
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const textId = `prompt-${prompt.id}`;

  async function saveAsAction() {
    setSave({ kind: 'saving' });
    try {
      await request('actions/save', { text: prompt.action, source: { kind: 'prompt', promptId: prompt.id } });
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <li class="card prompt" data-prompt-id={prompt.id}>
      <span class="badge">
        {t(`step.${prompt.step}`)} · {t(`audience.${prompt.audience}`)}
      </span>
      <p id={textId} class="prompt-text">
        {prompt.text}
      </p>
      <p class="muted">{prompt.action}</p>
      <div class="row">
        {/* Once saved it says so and does nothing more; aria-disabled keeps it focusable, so focus is not lost. */}
        <button
          type="button"
          aria-describedby={textId}
          aria-disabled={save.kind === 'saving' || save.kind === 'saved'}
          onClick={() => save.kind !== 'saving' && save.kind !== 'saved' && void saveAsAction()}
        >
          {save.kind === 'saving'
            ? t('sidebar.prompts.saving')
            : save.kind === 'saved'
              ? t('sidebar.prompts.savedButton')
              : t('sidebar.prompts.save')}
        </button>
        <span role="status" class={save.kind === 'failed' ? 'status error' : 'status'}>
          {save.kind === 'saved' && t('sidebar.prompts.saved')}
          {save.kind === 'failed' && t('error.generic', { error: save.error })}
        </span>
      </div>
    </li>
  );
}
