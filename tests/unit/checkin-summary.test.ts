import { describe, it, expect } from 'vitest';
import { finished, resumeStep, withAction, withCovered, withNote } from '@/lib/checkin/progress';
import {
  escapeMarkdown,
  summaryDoc,
  toMarkdown,
  toPlainText,
  type SummaryWords,
} from '@/lib/checkin/summary';
import { createCheckin, type Checkin } from '@/lib/db/checkins';

const T0 = Date.UTC(2026, 2, 9, 13, 20);
const words: SummaryWords = {
  title: 'Check-in summary',
  meeting: { label: 'Meeting', value: 'Team huddle' },
  date: { label: 'Date', value: '9 Mar 2026' },
  length: { label: 'Length', value: '10 minutes' },
  covered: { label: 'Lenses covered', none: 'None' },
  actions: { heading: 'Actions chosen', none: 'No actions chosen' },
  notes: 'Notes',
  voice: 'Whose voice is missing',
  lensName: (lens) => `${lens} hat`,
};

function walkedThrough(): Checkin {
  let checkin = createCheckin({ meetingType: 'huddle', minutes: 10 }, T0, 'c1');
  checkin = withCovered(checkin, 'red');
  checkin = withCovered(checkin, 'white');
  checkin = withNote(checkin, 'white', 'Two agency nurses on nights');
  checkin = withAction(checkin, { id: 'a1', lens: 'white', text: 'Pair each agency nurse with a buddy' });
  return { ...checkin, voiceNotes: 'No carer in the room' };
}

describe('a check-in’s progress', () => {
  it('keeps covered lenses in hat order, once each', () => {
    const checkin = withCovered(walkedThrough(), 'red');
    expect(checkin.covered).toEqual(['white', 'red']);
  });

  it('keeps the first finishing time when a finished check-in is finished again', () => {
    const once = finished(walkedThrough(), T0 + 600_000);
    expect(finished(once, T0 + 900_000).finished).toBe(T0 + 600_000);
  });

  it('reopens at the opening, the first lens not covered, or the summary', () => {
    expect(resumeStep(createCheckin({ meetingType: 'board', minutes: 5 }, T0, 'c2'))).toBe('opening');
    expect(resumeStep(walkedThrough())).toBe(2);
    expect(resumeStep(finished(walkedThrough(), T0))).toBe('summary');
  });
});

describe('the summary', () => {
  it('names the meeting, the date, the lenses covered and the actions chosen', () => {
    const doc = summaryDoc(walkedThrough(), words);
    expect(doc.facts).toContainEqual({ label: 'Lenses covered', value: 'white hat, red hat' });
    expect(doc.facts).toContainEqual({ label: 'Meeting', value: 'Team huddle' });
    expect(doc.sections[0]).toEqual({
      heading: 'Actions chosen',
      items: ['Pair each agency nurse with a buddy (white hat)'],
    });
  });

  it('says so when nothing was covered or chosen, and leaves out empty notes', () => {
    const doc = summaryDoc(createCheckin({ meetingType: 'board', minutes: 5 }, T0, 'c3'), words);
    expect(doc.facts).toContainEqual({ label: 'Lenses covered', value: 'None' });
    expect(doc.sections).toEqual([{ heading: 'Actions chosen', items: ['No actions chosen'] }]);
  });

  it('writes plain text for an email', () => {
    expect(toPlainText(summaryDoc(walkedThrough(), words))).toBe(
      [
        'Check-in summary',
        '',
        'Meeting: Team huddle',
        'Date: 9 Mar 2026',
        'Length: 10 minutes',
        'Lenses covered: white hat, red hat',
        '',
        'Actions chosen',
        '- Pair each agency nurse with a buddy (white hat)',
        '',
        'Notes',
        '- white hat: Two agency nurses on nights',
        '',
        'Whose voice is missing',
        '- No carer in the room',
        '',
      ].join('\n'),
    );
  });

  it('writes Markdown with headings and lists, escaping what people typed', () => {
    const checkin = withNote(walkedThrough(), 'red', 'Feeling *tired*\n# not a heading');
    const markdown = toMarkdown(summaryDoc(checkin, words));
    expect(markdown.startsWith('# Check-in summary\n\n- **Meeting:** Team huddle\n')).toBe(true);
    expect(markdown).toContain('## Actions chosen\n\n- Pair each agency nurse with a buddy (white hat)\n');
    expect(markdown).toContain('- red hat: Feeling \\*tired\\* \\# not a heading\n');
    expect(escapeMarkdown('[link](x) <b>')).toBe('\\[link\\](x) \\<b\\>');
  });
});
