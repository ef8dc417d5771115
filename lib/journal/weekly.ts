const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;

export interface WeekCount {
  /** The Monday the week starts on, YYYY-MM-DD in the user's time zone. */
  week: string;
  count: number;
}

/**
 * How many actions were done in each of the last `weeks` weeks (Monday to
 * Sunday in `timeZone`), oldest first, the current week last.
 */
export function weeklyDone(
  doneTimes: readonly number[],
  now: number,
  timeZone: string,
  weeks = 12,
): WeekCount[] {
  const today = localDate(now, timeZone);
  const weekday = (new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay() + 6) % 7;
  const mondays: string[] = [];
  const starts: number[] = [];
  for (let back = weeks - 1; back >= 0; back--) {
    const monday = new Date(Date.UTC(today.year, today.month - 1, today.day - weekday - back * 7));
    mondays.push(monday.toISOString().slice(0, 10));
    starts.push(localMidnight(monday.getTime(), timeZone));
  }
  const end = localMidnight(Date.UTC(today.year, today.month - 1, today.day - weekday) + WEEK, timeZone);
  const counts = new Array<number>(weeks).fill(0);
  for (const time of doneTimes) {
    if (time < starts[0]! || time >= end) continue;
    let week = weeks - 1;
    while (week > 0 && time < starts[week]!) week--;
    counts[week]!++;
  }
  return mondays.map((week, index) => ({ week, count: counts[index]! }));
}

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

function localDate(time: number, timeZone: string): LocalDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(time);
  const part = (type: string) => Number(parts.find((each) => each.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** How far `timeZone` is ahead of UTC at `time`, in milliseconds. */
function offsetAt(time: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(time);
  const part = (type: string) => Number(parts.find((each) => each.type === type)?.value);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return asUtc - Math.floor(time / 1000) * 1000;
}

/** The instant local midnight starts, in `timeZone`, on the UTC calendar day of `utcMidnight`. */
function localMidnight(utcMidnight: number, timeZone: string): number {
  // Twice, because the offset at the guess can differ from the offset at the answer across a clock change.
  const guess = utcMidnight - offsetAt(utcMidnight, timeZone);
  return utcMidnight - offsetAt(guess, timeZone);
}
