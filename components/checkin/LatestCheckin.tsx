import { summaryDoc } from '@/lib/checkin/summary';
import { t } from '@/lib/i18n';
import { summaryWords } from './labels';
import { SummaryFacts } from './SummaryFacts';
import { useCheckins } from './useCheckins';
import './checkin.css';

/** The latest finished check-in's summary, in the popup; nothing until there is one. */
export function LatestCheckin({ onOpen }: { onOpen?: (id: string) => void }) {
  const { checkins } = useCheckins(5);
  const latest = checkins?.find((checkin) => checkin.finished !== undefined);
  if (!latest) return null;
  const doc = summaryDoc(latest, summaryWords(latest));
  return (
    <section aria-labelledby="latest-checkin-heading" class="latest-checkin">
      <div class="heading-row">
        <h2 id="latest-checkin-heading">{t('checkin.latest.heading')}</h2>
        {onOpen && (
          <button type="button" class="quiet-text" onClick={() => onOpen(latest.id)}>
            {t('checkin.latest.open')}
          </button>
        )}
      </div>
      <div class="card">
        <SummaryFacts facts={doc.facts} />
        {doc.sections.slice(0, 1).map((section) => (
          <div key={section.heading}>
            <h3>{section.heading}</h3>
            <ul>
              {section.items.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
