import { describe, it, expect } from 'vitest';
import { questionCount, selectQuestions } from '@/lib/checkin/questions';
import { hatsQuestions } from '@/lib/content/hats';
import type { HatsQuestion } from '@/lib/content/hats-types';
import { HAT_LENSES, type HatLens } from '@/lib/db/actions';
import { CHECKIN_LENGTHS, MEETING_TYPES, type CheckinLength, type MeetingType } from '@/lib/db/checkins';

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

/**
 * Words that tie a question to one kind of meeting; a question with them suits no other kind.
 * (Planning and board meetings share their words: plans, changes, agendas.)
 */
const MARKERS: Partial<Record<MeetingType, RegExp>> = {
  huddle: /\b(shift|huddle)\b/i,
  board: /\b(board|governance)\b/i,
  incident: /\b(what happened|review|incident|apology|harm|the response|involved)\b/i,
  'one-to-one': /\b(you last met|you next meet|their manager|their week|their work)\b/i,
};

/** What a leader reads before each kind of meeting, lens by lens: reviewed by hand, so a change is deliberate. */
const EXPECTED: Record<MeetingType, Record<HatLens, string[]>> = {
  huddle: {
    white: ['white-shift', 'white-since-last', 'white-any'],
    red: ['red-mood', 'red-worry', 'red-any'],
    black: ['black-safety', 'black-rushed', 'black-any'],
    yellow: ['yellow-goodday', 'yellow-thanks', 'yellow-any'],
    green: ['green-huddle', 'green-shift-change', 'green-any'],
    blue: ['blue-huddle', 'blue-escalate', 'blue-any'],
  },
  board: {
    white: ['white-evidence', 'white-need', 'white-any'],
    red: ['red-gut', 'red-change', 'red-any'],
    black: ['black-tokenism', 'black-unintended', 'black-any'],
    yellow: ['yellow-value', 'yellow-kindest', 'yellow-any'],
    green: ['green-agenda', 'green-co-lead', 'green-any'],
    blue: ['blue-governance', 'blue-accountable', 'blue-any'],
  },
  incident: {
    white: ['white-timeline', 'white-unclear', 'white-any'],
    red: ['red-hurt', 'red-coping', 'red-any'],
    black: ['black-blame', 'black-again', 'black-any'],
    yellow: ['yellow-learning', 'yellow-trust', 'yellow-any'],
    green: ['green-repair', 'green-family-shape', 'green-any'],
    blue: ['blue-loop', 'blue-follow-up', 'blue-any'],
  },
  planning: {
    white: ['white-evidence', 'white-need', 'white-any'],
    red: ['red-change', 'red-hopes', 'red-any'],
    black: ['black-tokenism', 'black-unintended', 'black-any'],
    yellow: ['yellow-value', 'yellow-coproduce', 'yellow-any'],
    green: ['green-agenda', 'green-design', 'green-any'],
    blue: ['blue-accountable', 'blue-partner-steps', 'blue-any'],
  },
  'one-to-one': {
    white: ['white-workload', 'white-since-met', 'white-any'],
    red: ['red-them', 'red-energy', 'red-any'],
    black: ['black-load', 'black-unsaid', 'black-any'],
    yellow: ['yellow-best', 'yellow-proud', 'yellow-any'],
    green: ['green-grow', 'green-lighter', 'green-any'],
    blue: ['blue-support', 'blue-next-meet', 'blue-any'],
  },
};

describe.each(MEETING_TYPES)('a leader preparing a %s', (meeting) => {
  const asked = (minutes: CheckinLength) =>
    HAT_LENSES.flatMap((lens) => selectQuestions(hatsQuestions, lens, meeting, minutes));

  it('reads only questions written for that meeting or for any meeting', () => {
    for (const lens of HAT_LENSES) {
      expect(
        selectQuestions(hatsQuestions, lens, meeting, 15).map((q) => q.id),
        lens,
      ).toEqual(EXPECTED[meeting][lens]);
      expect(
        selectQuestions(hatsQuestions, lens, meeting, 5).map((q) => q.id),
        lens,
      ).toEqual(EXPECTED[meeting][lens].slice(0, 2));
    }
  });

  it('never reads a question worded for another kind of meeting', () => {
    for (const minutes of CHECKIN_LENGTHS)
      for (const question of asked(minutes))
        for (const other of MEETING_TYPES) {
          const marker = MARKERS[other];
          if (other === meeting || !marker) continue;
          expect(question.text, `${question.id} reads like a ${other} question`).not.toMatch(marker);
        }
  });
});
