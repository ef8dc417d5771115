import { describe, expect, it } from 'vitest';
import { chartSummary } from '@/components/journal/WeeklyChart';

const weeks = (...counts: number[]) =>
  counts.map((count, index) => ({ week: `2026-09-${String(7 + index * 7).padStart(2, '0')}`, count }));
const dateOf = (week: string) => `[${week}]`;

describe('the weekly chart in one plain sentence', () => {
  it('says nothing was done yet, without blame', () => {
    expect(chartSummary(weeks(0, 0, 0), dateOf)).toBe('No actions done in the last 3 weeks yet.');
  });

  it('names the week of a single done action', () => {
    expect(chartSummary(weeks(0, 1, 0), dateOf)).toBe(
      'One action done in the last 3 weeks, in the week of [2026-09-14].',
    );
  });

  it('counts them all and names the busiest week (the first, on a tie)', () => {
    expect(chartSummary(weeks(2, 3, 3, 1), dateOf)).toBe(
      '9 actions done in the last 4 weeks, most in the week of [2026-09-14].',
    );
  });
});
