import type { ReflectionPeriod } from './reflection-markdown';

export const PERIOD_CHOICES = [
  'this-month',
  'last-month',
  'last-3-months',
  'last-12-months',
  'dates',
] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

const iso = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);

/**
 * The days a choice covers, both ends included, counted from `today`
 * (YYYY-MM-DD, the user's own calendar day). "Last 3 months" and "last 12
 * months" end today and start on the same day of the month that many months
 * back, the day after.
 */
export function periodFor(choice: Exclude<PeriodChoice, 'dates'>, today: string): ReflectionPeriod {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  switch (choice) {
    case 'this-month':
      return { from: iso(year, month - 1, 1), to: today };
    case 'last-month':
      return { from: iso(year, month - 2, 1), to: iso(year, month - 1, 0) };
    case 'last-3-months':
      return { from: iso(year, month - 4, day + 1), to: today };
    case 'last-12-months':
      return { from: iso(year - 1, month - 1, day + 1), to: today };
  }
}

/** Whether a time (epoch ms) falls on a day of the period, in the local time zone. */
export function inPeriod(time: number, period: ReflectionPeriod): boolean {
  const local = new Date(time);
  const day = iso(local.getFullYear(), local.getMonth(), local.getDate());
  return day >= period.from && day <= period.to;
}

/** Today as YYYY-MM-DD in the local time zone. */
export function localDay(now: number): string {
  const date = new Date(now);
  return iso(date.getFullYear(), date.getMonth(), date.getDate());
}
