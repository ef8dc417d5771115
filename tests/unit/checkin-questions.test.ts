import { describe, it, expect } from 'vitest';
import { questionCount, selectQuestions } from '@/lib/checkin/questions';
import { hatsQuestions } from '@/lib/content/hats';
import type { HatsQuestion } from '@/lib/content/hats-types';
import { HAT_LENSES } from '@/lib/db/actions';
import { CHECKIN_LENGTHS, MEETING_TYPES } from '@/lib/db/checkins';

describe('selectQuestions: questions as a function of lens, meeting type and length', () => {
  it('asks two questions per lens in five minutes and three in ten or fifteen', () => {
    expect(questionCount(5)).toBe(2);
    expect(questionCount(10)).toBe(3);
    expect(questionCount(15)).toBe(3);
  });

  it('finds enough questions for every lens, meeting type and length in the catalogue', () => {
    for (const lens of HAT_LENSES)
      for (const meeting of MEETING_TYPES)
        for (const minutes of CHECKIN_LENGTHS) {
          const chosen = selectQuestions(hatsQuestions, lens, meeting, minutes);
          expect(chosen, `${lens} × ${meeting} × ${minutes}`).toHaveLength(questionCount(minutes));
          expect(new Set(chosen.map((q) => q.id)).size).toBe(chosen.length);
          for (const question of chosen) {
            expect(question.lens).toBe(lens);
            expect(question.fits.length === 0 || (question.fits as readonly string[]).includes(meeting)).toBe(
              true,
            );
          }
        }
  });

  const sample: HatsQuestion[] = [
    { id: 'any', lens: 'red', text: 'Any meeting', fits: [], source: { citation: 'x' } },
    { id: 'board', lens: 'red', text: 'Boards', fits: ['board'], source: { citation: 'x' } },
    { id: 'huddle', lens: 'red', text: 'Huddles', fits: ['huddle'], source: { citation: 'x' } },
    { id: 'other-lens', lens: 'blue', text: 'Blue', fits: ['huddle'], source: { citation: 'x' } },
    {
      id: 'huddle-2',
      lens: 'red',
      text: 'Huddles too',
      fits: ['huddle', 'incident'],
      source: { citation: 'x' },
    },
  ];

  it('puts questions written for the meeting type before questions for any meeting', () => {
    expect(selectQuestions(sample, 'red', 'huddle', 10).map((q) => q.id)).toEqual([
      'huddle',
      'huddle-2',
      'any',
    ]);
    expect(selectQuestions(sample, 'red', 'huddle', 5).map((q) => q.id)).toEqual(['huddle', 'huddle-2']);
  });

  it('falls back to questions for any meeting, and never takes another lens or meeting type', () => {
    expect(selectQuestions(sample, 'red', 'board', 15).map((q) => q.id)).toEqual(['board', 'any']);
    expect(selectQuestions(sample, 'red', 'planning', 15).map((q) => q.id)).toEqual(['any']);
    expect(selectQuestions(sample, 'green', 'huddle', 15)).toEqual([]);
  });

  it('gives different meeting types different questions', () => {
    const ids = (meeting: (typeof MEETING_TYPES)[number]) =>
      selectQuestions(hatsQuestions, 'white', meeting, 10).map((q) => q.id);
    expect(ids('incident')).not.toEqual(ids('one-to-one'));
  });
});
