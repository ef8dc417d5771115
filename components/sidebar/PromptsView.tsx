import { useState } from 'preact/hooks';
import { prompts, type PromptStep, type Source } from '@/lib/content';
import { language, t } from '@/lib/i18n';
import { userError } from '@/components/shared/userError';
import { request } from '@/lib/messages';
import { localPrompt } from '@/lib/content/localize';
import { AUDIENCE_CHOICES, type AudienceChoice } from '@/lib/prompts/today';
import { packPrompts, type ShownPrompt } from '@/lib/packs/items';
import { usePacks } from './usePacks';

const STEPS = ['any', 'ask', 'listen', 'do'] as const satisfies readonly (PromptStep | 'any')[];
type StepChoice = (typeof STEPS)[number];

/** Every prompt, Kindling's and the content packs', one line each; open one for its action and source, and save it quietly. */
export function PromptsView() {
  const [audience, setAudience] = useState<AudienceChoice>('all');
  const [step, setStep] = useState<StepChoice>('any');
  const packs = usePacks();
  const all: readonly ShownPrompt[] = [...prompts, ...packPrompts(packs ?? [], language())];
  const shown = all.filter(
    (prompt) =>
      (audience === 'all' || prompt.audience === audience) && (step === 'any' || prompt.step === step),
  );
  return (
    <section aria-labelledby="prompts-heading" class="view">
      <h2 id="prompts-heading">{t('sidebar.prompts.heading')}</h2>
      <fieldset class="choices">
        <legend>{t('glance.prompts.audience')}</legend>
        {AUDIENCE_CHOICES.map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="prompts-audience"
              checked={audience === value}
              onChange={() => setAudience(value)}
            />
            {t(`audience.${value}`)}
          </label>
        ))}
      </fieldset>
      <fieldset class="choices">
        <legend>{t('glance.prompts.step')}</legend>
        {STEPS.map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="prompts-step"
              checked={step === value}
              onChange={() => setStep(value)}
            />
            {value === 'any' ? t('glance.prompts.anyStep') : t(`step.${value}`)}
          </label>
        ))}
      </fieldset>
      <p class="muted" role="status">
        {t('glance.prompts.count', { count: shown.length })}
      </p>
      <ul class="lines">
        {shown.map((prompt) => (
          <PromptLine key={prompt.id} prompt={prompt} />
        ))}
      </ul>
    </section>
  );
}

type SaveState = 'idle' | 'saving' | 'saved' | { error: string };

function PromptLine({ prompt: original }: { prompt: ShownPrompt }) {
  const prompt = localPrompt(original);
  const source: Source = prompt.source;
  const [state, setState] = useState<SaveState>('idle');
  const textId = `line-${prompt.id}`;

  async function save() {
    if (state === 'saving' || state === 'saved') return;
    setState('saving');
    try {
      await request('actions/save', { text: prompt.action, source: { kind: 'prompt', promptId: prompt.id } });
      setState('saved');
    } catch (error) {
      setState({ error: userError(error) });
    }
  }

  return (
    <li data-prompt-id={prompt.id}>
      <details>
        <summary>
          <span class="tag">{t(`step.${prompt.step}`)}</span>{' '}
          <span id={textId} class="line-text" lang={prompt.lang}>
            {prompt.text}
          </span>
          {prompt.publisher && <span class="from">{t('packs.from', { publisher: prompt.publisher })}</span>}
        </summary>
        <div class="detail">
          <p>
            <span class="muted">{t('glance.prompts.action')}</span> {prompt.action}
          </p>
          <p class="muted">
            {t('glance.prompts.source')}{' '}
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.citation}
              </a>
            ) : (
              source.citation
            )}
          </p>
          <div class="button-row">
            <button
              type="button"
              class="quiet-text"
              aria-describedby={textId}
              aria-disabled={state === 'saving' || state === 'saved'}
              onClick={() => void save()}
            >
              {state === 'saved'
                ? t('sidebar.prompts.savedButton')
                : state === 'saving'
                  ? t('glance.today.saving')
                  : t('sidebar.prompts.save')}
            </button>
            <span role="status" class={typeof state === 'object' ? 'note error' : 'note'}>
              {state === 'saved' && t('sidebar.prompts.saved')}
              {typeof state === 'object' && t('error.generic', { error: state.error })}
            </span>
          </div>
        </div>
      </details>
    </li>
  );
}
