import { describe, expect, it } from 'vitest';
import { inPeriod, periodFor } from '@/lib/journal/reflection-period';

describe('the periods of the reflection for appraisal', () => {
  it('counts this month, last month and the last 3 and 12 months from today, both ends included', () => {
    expect(periodFor('this-month', '2026-03-31')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(periodFor('last-month', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodFor('last-month', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(periodFor('last-3-months', '2026-06-15')).toEqual({ from: '2026-03-16', to: '2026-06-15' });
    expect(periodFor('last-12-months', '2026-06-15')).toEqual({ from: '2025-06-16', to: '2026-06-15' });
  });

  it('places an action done at any time of the first or last day inside the period', () => {
    const period = { from: '2026-06-01', to: '2026-06-30' };
    expect(inPeriod(new Date(2026, 5, 1, 0, 0, 1).getTime(), period)).toBe(true);
    expect(inPeriod(new Date(2026, 5, 30, 23, 59, 59).getTime(), period)).toBe(true);
    expect(inPeriod(new Date(2026, 4, 31, 23, 59, 59).getTime(), period)).toBe(false);
    expect(inPeriod(new Date(2026, 6, 1, 0, 0, 0).getTime(), period)).toBe(false);
  });
});
