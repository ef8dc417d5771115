import { describe, expect, it } from 'vitest';
import { dueWords } from '@/components/journal/due';

describe('due dates in plain words', () => {
  const today = '2026-11-30';

  it.each([
    ['2026-11-30', 'today', false],
    ['2026-12-01', 'tomorrow', false],
    ['2026-12-03', 'in 3 days', false],
    ['2026-11-29', 'yesterday', true],
    ['2026-11-28', '2 days ago', true],
  ])('an open action due %s is due %s (overdue: %s)', (due, text, overdue) => {
    expect(dueWords(due, today, 'en-GB', true)).toEqual({ text, overdue });
  });

  it('counts across a month and a year end by the calendar, not by hours', () => {
    expect(dueWords('2027-01-01', '2026-12-31', 'en-GB', true).text).toBe('tomorrow');
    expect(dueWords('2026-02-28', '2026-03-01', 'en-GB', true)).toEqual({ text: 'yesterday', overdue: true });
  });

  it('never calls a done action overdue', () => {
    expect(dueWords('2026-11-01', today, 'en-GB', false).overdue).toBe(false);
  });

  it('speaks the user’s language', () => {
    expect(dueWords('2026-12-01', today, 'fr-BE', true).text).toBe('demain');
    expect(dueWords('2026-11-28', today, 'nl-BE', true).text).toBe('eergisteren');
  });
});
