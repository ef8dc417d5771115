import { REFLECTION_PARTS, reflectionParts, type Action } from '@/lib/db/actions';
import { formatDate, t } from '@/lib/i18n';

/** A period of days, both ends included, as YYYY-MM-DD. */
export interface ReflectionPeriod {
  from: string;
  to: string;
}

/** How dates are written: passed in so the result does not depend on the machine's locale. */
export type DateFormat = (epochMs: number) => string;

/**
 * The done actions of a period as Markdown: a heading per action, the three
 * parts of its reflection as sub-headings, parts left empty left out. The
 * actions are given already chosen for the period; they are written in the
 * order they were done.
 */
export function reflectionMarkdown(
  actions: readonly Action[],
  period: ReflectionPeriod,
  date: DateFormat = (value) => formatDate(value),
): string {
  const day = (iso: string) => date(Date.parse(`${iso}T12:00:00Z`));
  const lines = [
    `# ${t('reflection.title')}`,
    '',
    t('reflection.period', { from: day(period.from), to: day(period.to) }),
    '',
    t('reflection.use'),
  ];
  const done = actions
    .filter((action) => action.status === 'done')
    .sort((a, b) => (a.doneAt ?? a.updated) - (b.doneAt ?? b.updated));
  if (done.length === 0) lines.push('', t('reflection.none'));
  for (const action of done) {
    lines.push(
      '',
      `## ${oneLine(action.text)}`,
      '',
      t('reflection.doneOn', { date: date(action.doneAt ?? action.updated) }),
    );
    if (reflectionParts(action.reflection).length === 0) lines.push('', t('reflection.noneWritten'));
    for (const part of REFLECTION_PARTS) {
      const text = action.reflection?.[part];
      if (text) lines.push('', `### ${t(`reflection.part.${part}`)}`, '', text);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A heading is one line: line breaks in an action's words become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
