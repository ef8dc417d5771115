import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { summaryDoc, toMarkdown, toPlainText } from '@/lib/checkin/summary';
import type { Checkin } from '@/lib/db/checkins';
import { t } from '@/lib/i18n';
import { summaryWords } from './labels';
import { SummaryFacts } from './SummaryFacts';

interface Props {
  checkin: Checkin;
  headingRef: Ref<HTMLHeadingElement>;
  onEdit: () => void;
  onDone: () => void;
}

/** The one-page summary: shown, copied as plain text or Markdown, or printed. */
export function CheckinSummary({ checkin, headingRef, onEdit, onDone }: Props) {
  const doc = summaryDoc(checkin, summaryWords(checkin));
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const copy = (text: string) =>
    navigator.clipboard.writeText(text).then(
      () => setStatus({ text: t('checkin.summary.copied'), error: false }),
      // The browser's own reason ("NotAllowedError: …") means nothing to a reader; the way round does.
      () => setStatus({ text: t('checkin.summary.copyFailed'), error: true }),
    );
  return (
    <section aria-labelledby="checkin-summary-heading" class="checkin-summary stack">
      <article class="card summary-page">
        <h3 id="checkin-summary-heading" tabIndex={-1} ref={headingRef}>
          {doc.title}
        </h3>
        <SummaryFacts facts={doc.facts} />
        {doc.sections.map((section) => (
          <div key={section.heading}>
            <h4>{section.heading}</h4>
            <ul class="summary-items">
              {section.items.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
      </article>
      <div class="row no-print">
        <button type="button" class="quiet" onClick={() => void copy(toPlainText(doc))}>
          {t('checkin.summary.copyText')}
        </button>
        <button type="button" class="quiet" onClick={() => void copy(toMarkdown(doc))}>
          {t('checkin.summary.copyMarkdown')}
        </button>
        <button type="button" class="quiet" onClick={() => window.print()}>
          {t('checkin.summary.print')}
        </button>
      </div>
      <p role="status" class={`no-print ${status?.error ? 'status error' : 'status'}`}>
        {status?.text ?? ''}
      </p>
      <div class="row no-print">
        <button type="button" class="quiet" onClick={onEdit}>
          {t('checkin.summary.edit')}
        </button>
        <button type="button" onClick={onDone}>
          {t('checkin.summary.done')}
        </button>
      </div>
    </section>
  );
}
