import { useState } from 'preact/hooks';
import { prompts, type PromptAudience } from '@/lib/content';
import { t } from '@/lib/i18n';
import { PromptCard } from './PromptCard';
import { Sources } from './Sources';

const FILTERS = ['all', 'patients', 'families', 'colleagues'] as const satisfies readonly (
  PromptAudience | 'all'
)[];
type Filter = (typeof FILTERS)[number];

/** What Matters To You prompts, filtered by who they are for. */
export function PromptsSection() {
  const [filter, setFilter] = useState<Filter>('all');
  const shown = filter === 'all' ? prompts : prompts.filter((prompt) => prompt.audience === filter);
  return (
    <section id="prompts" aria-labelledby="prompts-heading">
      <h2 id="prompts-heading">{t('sidebar.prompts.heading')}</h2>
      <p class="muted">{t('sidebar.prompts.intro')}</p>
      <fieldset class="filters">
        <legend class="visually-hidden">{t('sidebar.prompts.audienceFilter')}</legend>
        {FILTERS.map((value) => (
          <label key={value} class="chip">
            <input
              type="radio"
              name="audience"
              value={value}
              checked={filter === value}
              onChange={() => setFilter(value)}
            />
            {t(`audience.${value}`)}
          </label>
        ))}
      </fieldset>
      <ul class="stack">
        {shown.map((prompt) => (
          <PromptCard key={prompt.id} prompt={prompt} />
        ))}
      </ul>
      <Sources
        sources={[...new Map(shown.map((prompt) => [prompt.source.citation, prompt.source])).values()]}
      />
    </section>
  );
}
