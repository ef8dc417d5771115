/** How far a due date (YYYY-MM-DD) is from today (YYYY-MM-DD), both in the user's own calendar. */
export interface DueWords {
  text: string;
  overdue: boolean;
}

const DAY = 86_400_000;
const dayNumber = (isoDay: string) => Math.round(Date.parse(`${isoDay}T00:00:00Z`) / DAY);

/**
 * "due today", "due tomorrow", "due in 3 days", "due yesterday", "due 2 days
 * ago" in the user's language (Intl.RelativeTimeFormat), and whether an open
 * action is overdue. Pure: today and the locale are passed in.
 */
export function dueWords(due: string, today: string, locale: string, open: boolean): DueWords {
  const days = dayNumber(due) - dayNumber(today);
  const when = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
  return { text: when, overdue: open && days < 0 };
}
