/**
 * The times a journal record may carry: from 2000-01-01 to the end of 2100,
 * UTC. Anything else (1e300, -1, NaN) is not a real date for a journal and
 * would break every place that formats it ("Invalid Date", CSV export's
 * "Invalid time value"), so every path that takes a time checks it here.
 */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
export const LATEST_TIME = Date.UTC(2101, 0, 1) - 1;

/** Whether a value is a real journal time in epoch milliseconds. */
export function isJournalTime(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isFinite(value) && value >= EARLIEST_TIME && value <= LATEST_TIME
  );
}

/** Whether a YYYY-MM-DD day (already known to be a calendar date) lies in the journal's years. */
export function isJournalDay(day: string): boolean {
  const year = Number(day.slice(0, 4));
  return year >= 2000 && year <= 2100;
}
