import { describe, expect, it } from 'vitest';
import { noteAsAction } from '@/components/checkin/LensStep';
import { changeQuiet } from '@/components/options/NudgeSettings';
import { userError } from '@/components/shared/userError';
import { ACTION_TEXT_MAX } from '@/lib/db/actions';

describe('a leader saves a long check-in note as an action', () => {
  it('is told the note is too long for an action, and by how much, never that it needs some text', () => {
    const note = 'Ask the family what matters to them before the ward round. '.repeat(10).trim();
    const checked = noteAsAction(note);
    expect(checked).toEqual({ problem: expect.stringContaining(`${note.length} characters`) as string });
    expect(JSON.stringify(checked)).toContain(`up to ${ACTION_TEXT_MAX}`);
    expect(JSON.stringify(checked)).not.toMatch(/needs some text|Write a note first/);
  });

  it('saves a note that fits, trimmed, and asks for words when there are none', () => {
    expect(noteAsAction('  Thank the porters  ')).toEqual({ text: 'Thank the porters' });
    expect(noteAsAction('   ')).toEqual({ problem: 'Write a note first, then save it as an action.' });
  });
});

describe('quiet hours', () => {
  const night = { from: 22 * 60, to: 7 * 60 };

  it('refuses the same start and end time, saying which hours stay', () => {
    expect(changeQuiet(night, 'to', '22:00')).toEqual({
      problem: 'Quiet hours need a different start and end time. They stay 22:00 to 07:00.',
    });
  });

  it('says which hours are still in force when a field is cleared', () => {
    expect(changeQuiet(night, 'from', '')).toEqual({
      problem: expect.stringContaining('quiet hours stay 22:00 to 07:00') as string,
    });
  });

  it('changes one edge at a time', () => {
    expect(changeQuiet(night, 'from', '21:30')).toEqual({ quiet: { from: 21 * 60 + 30, to: 7 * 60 } });
  });
});

describe('errors people see', () => {
  it.each([
    'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
    'Cannot access a chrome:// URL',
    'The extensions gallery cannot be scripted.',
    'Missing host permission for the tab',
  ])('say what happened and what to do instead of the browser’s "%s"', (raw) => {
    const shown = userError(new Error(raw));
    expect(shown).not.toContain(raw);
    expect(shown).toMatch(/Kindling cannot run on this page.*Open your clinical web tool in a normal tab/);
  });

  it('map a closed tab, a page not ready and a restarted extension to plain words', () => {
    expect(userError(new Error('No tab with id: 42.'))).toMatch(/tab has been closed/);
    expect(userError(new Error('Could not establish connection. Receiving end does not exist.'))).toMatch(
      /Reload the page/,
    );
    expect(userError(new Error('Extension context invalidated.'))).toMatch(/updated or restarted/);
  });

  it('keep Kindling’s own messages as they are', () => {
    expect(userError(new Error('That action is no longer saved.'))).toBe('That action is no longer saved.');
  });
});
