import type { SummaryDoc } from '@/lib/checkin/summary';

/** A check-in's summary facts (meeting, date, length…) as a description list. */
export function SummaryFacts({ facts }: { facts: SummaryDoc['facts'] }) {
  return (
    <dl class="facts">
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
