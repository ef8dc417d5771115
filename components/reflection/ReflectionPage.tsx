import { useEffect, useMemo, useState } from 'preact/hooks';
import { REFLECTION_PARTS, reflectionParts, type Action } from '@/lib/db/actions';
import { formatDate, t } from '@/lib/i18n';
import { request } from '@/lib/messages';
import { reflectionMarkdown } from '@/lib/journal/reflection-markdown';
import {
  PERIOD_CHOICES,
  inPeriod,
  localDay,
  periodFor,
  type PeriodChoice,
} from '@/lib/journal/reflection-period';
import { userError } from '@/components/shared/userError';
import './reflection.css';

const PAGE = 200;

/** Every done action, page by page through the journal's own request. */
async function allDone(): Promise<Action[]> {
  const done: Action[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await request('actions/page', { status: 'done', offset, limit: PAGE });
    done.push(...page.actions);
    if (!page.more) return done;
  }
}

/** The reflection for appraisal: pick a period, read, print or take it away as Markdown. */
export function ReflectionPage() {
  const [today] = useState(() => localDay(Date.now()));
  const [choice, setChoice] = useState<PeriodChoice>('this-month');
  const [dates, setDates] = useState(periodFor('this-month', today));
  const [done, setDone] = useState<Action[] | undefined>(undefined);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    allDone().then(setDone, (reason: unknown) => setError(userError(reason)));
  }, []);

  const period = useMemo(
    () => (choice === 'dates' ? dates : periodFor(choice, today)),
    [choice, dates, today],
  );
  const chosen = useMemo(
    () =>
      (done ?? [])
        .filter((action) => inPeriod(action.doneAt ?? action.updated, period))
        .sort((a, b) => (a.doneAt ?? a.updated) - (b.doneAt ?? b.updated)),
    [done, period],
  );
  const markdown = () => reflectionMarkdown(chosen, period);

  const copy = async () => {
    await navigator.clipboard.writeText(markdown());
    setMessage(t('reflection.copied'));
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([markdown()], { type: 'text/markdown' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `kindling-reflection-${period.from}-to-${period.to}.md`;
    link.click();
    URL.revokeObjectURL(url);
    setMessage(t('reflection.downloaded'));
  };
  const day = (value: string) => formatDate(Date.parse(`${value}T12:00:00`));

  return (
    <main class="reflection-page">
      <h1>{t('reflection.title')}</h1>
      <p class="muted">{t('reflection.use')}</p>
      <div class="reflection-controls">
        <label class="field">
          <span>{t('reflection.choose')}</span>
          <select value={choice} onChange={(event) => setChoice(event.currentTarget.value as PeriodChoice)}>
            {PERIOD_CHOICES.map((value) => (
              <option key={value} value={value}>
                {t(`reflection.choice.${value}`)}
              </option>
            ))}
          </select>
        </label>
        {choice === 'dates' && (
          <>
            <label class="field">
              <span>{t('reflection.from')}</span>
              <input
                type="date"
                value={dates.from}
                onChange={(event) => setDates({ ...dates, from: event.currentTarget.value || dates.from })}
              />
            </label>
            <label class="field">
              <span>{t('reflection.to')}</span>
              <input
                type="date"
                value={dates.to}
                onChange={(event) => setDates({ ...dates, to: event.currentTarget.value || dates.to })}
              />
            </label>
          </>
        )}
        <div class="reflection-buttons">
          <button type="button" onClick={() => window.print()}>
            {t('reflection.print')}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => void copy().catch((e: unknown) => setError(userError(e)))}
          >
            {t('reflection.copy')}
          </button>
          <button type="button" class="secondary" onClick={download}>
            {t('reflection.download')}
          </button>
        </div>
        <p role="status" class="muted">
          {message}
        </p>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </div>
      <h2>{t('reflection.period', { from: day(period.from), to: day(period.to) })}</h2>
      {done === undefined && !error && <p class="muted">{t('reflection.loading')}</p>}
      {done !== undefined && chosen.length === 0 && <p>{t('reflection.none')}</p>}
      {chosen.map((action) => (
        <article class="reflection-action" key={action.id}>
          <h3>{action.text}</h3>
          <p class="muted">{t('reflection.doneOn', { date: formatDate(action.doneAt ?? action.updated) })}</p>
          {reflectionParts(action.reflection).length === 0 && <p>{t('reflection.noneWritten')}</p>}
          {REFLECTION_PARTS.filter((part) => action.reflection?.[part]).map((part) => (
            <section key={part}>
              <h4>{t(`reflection.part.${part}`)}</h4>
              <p class="reflection-text">{action.reflection?.[part]}</p>
            </section>
          ))}
        </article>
      ))}
    </main>
  );
}
