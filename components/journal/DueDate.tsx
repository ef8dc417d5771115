import { regionalLocale, t } from '@/lib/i18n';
import { localDay } from '@/lib/prompts/today';
import { dueWords } from './due';

/** "Due tomorrow" or, for an open action past its date, "Overdue: due 2 days ago" — in words, not colour alone. */
export function DueDate({ due, open }: { due: string; open: boolean }) {
  const { text, overdue } = dueWords(due, localDay(new Date()), regionalLocale(), open);
  return (
    <span class={overdue ? 'due overdue' : 'due'}>
      {overdue && <span class="badge overdue-badge">{t('journal.overdue')}</span>}{' '}
      {t('journal.dueWhen', { when: text })}
    </span>
  );
}
