import { describe, expect, it, vi } from 'vitest';
import { badgeText, createBadge } from '@/lib/background/badge';
import {
  createReminders,
  localDay,
  nextReminderAt,
  remindersToRaise,
  REMINDER_ALARM,
} from '@/lib/background/reminders';
import { InvalidInput, REFLECTION_MAX, parseStatusChange, type Action } from '@/lib/db/actions';
import { chartBars } from '@/lib/journal/chart';
import { CSV_COLUMNS, csvCell, exportCsv, exportJson, toExport } from '@/lib/journal/export';
import { checkImportSize, IMPORT_MAX_BYTES, parseImport, parseImportText } from '@/lib/journal/import';
import { planMerge } from '@/lib/journal/merge';
import { weeklyDone } from '@/lib/journal/weekly';
import { dbV2 } from './fixtures/db-v2';

const DB_VERSION = 4;
const NOW = Date.UTC(2026, 5, 6, 12, 0);

const sample: Action[] = [
  {
    id: 'a1',
    text: 'Ask what matters, then "listen"',
    source: { kind: 'prompt', promptId: 'wmty-patients-ask-1' },
    status: 'done',
    created: NOW - 86_400_000,
    updated: NOW,
    doneAt: NOW,
    reflection: { what: 'She said: family first,\nthen sleep.', nowWhat: 'Ask the family first next time.' },
  },
  {
    id: 'a2',
    text: '=1+1 looks like a formula',
    source: { kind: 'own' },
    status: 'planned',
    created: NOW,
    updated: NOW,
    due: '2026-06-08',
  },
  {
    id: 'a3',
    text: '@mention, +plus and -minus',
    source: { kind: 'hats', lens: 'green' },
    status: 'let-go',
    created: NOW,
    updated: NOW,
  },
];
const checkins = [...dbV2.stores.checkins] as unknown[];

/** A tiny RFC 4180 reader, to prove the CSV opens with the right columns. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && char === '"') {
      quoted = false;
    } else if (quoted) {
      cell += char;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += char;
    }
  }
  return rows;
}

describe('JSON export', () => {
  it('is a versioned envelope that imports back to the same records', () => {
    const file = toExport({ actions: sample, checkins: checkins as never }, NOW, DB_VERSION);
    expect(file).toMatchObject({
      app: 'kindling',
      exportVersion: 2,
      exported: '2026-06-06T12:00:00.000Z',
      dbVersion: 4,
    });
    const back = parseImportText(exportJson(file), DB_VERSION);
    expect(back.actions).toEqual(sample);
    expect(back.checkins).toEqual(checkins);
  });

  it('imports a file from database version 3, its one-part reflections becoming what happened', () => {
    const old = {
      ...toExport({ actions: [], checkins: [] }, NOW, 3),
      actions: [
        {
          ...sample[0],
          reflection: 'She said: family first.',
          history: [{ doneAt: NOW - 1000, reflection: 'Her son visits on Sundays.' }, { doneAt: NOW - 500 }],
        },
        { ...sample[1], reflection: '' },
      ],
    };
    const back = parseImportText(JSON.stringify(old), DB_VERSION);
    expect(back.actions[0]!.reflection).toEqual({ what: 'She said: family first.' });
    expect(back.actions[0]!.history).toEqual([
      { doneAt: NOW - 1000, reflection: { what: 'Her son visits on Sundays.' } },
      { doneAt: NOW - 500 },
    ]);
    expect(back.actions[1]).not.toHaveProperty('reflection');
  });
});

describe('CSV export', () => {
  it('starts with a byte-order mark and opens with the right columns and values', () => {
    const csv = exportCsv(sample);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const first = Object.fromEntries(CSV_COLUMNS.map((column, index) => [column, rows[1]![index]]));
    expect(first).toEqual({
      id: 'a1',
      text: 'Ask what matters, then "listen"',
      status: 'done',
      source: 'prompt:wmty-patients-ask-1',
      created: '2026-06-05T12:00:00.000Z',
      updated: '2026-06-06T12:00:00.000Z',
      due: '',
      done: '2026-06-06T12:00:00.000Z',
      'what happened': 'She said: family first,\nthen sleep.',
      'so what': '',
      'now what': 'Ask the family first next time.',
    });
    expect(rows[2]![1]).toBe("'=1+1 looks like a formula");
    expect(rows[3]![1]).toBe("'@mention, +plus and -minus");
    expect(rows[3]![3]).toBe('hats:green');
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}SUM(A1)`)).toMatch(/^"?'/);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a "quote"')).toBe('"a ""quote"""');
  });
});

describe('import checks', () => {
  const file = (changes: Record<string, unknown> = {}) => ({
    ...toExport({ actions: sample, checkins: [] }, NOW, DB_VERSION),
    ...changes,
  });
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInput);
      return (error as Error).message;
    }
    throw new Error('expected a refusal');
  };

  it('refuses text that is not JSON, and files that are not Kindling exports', () => {
    expect(refusal(() => parseImportText('{ nope', DB_VERSION))).toMatch(/not JSON/);
    expect(refusal(() => parseImportText('[1, 2]', DB_VERSION))).toMatch(/not a Kindling export/);
    expect(refusal(() => parseImport(file({ app: 'other' }), DB_VERSION))).toMatch(/not a Kindling export/);
    expect(refusal(() => parseImport(file({ actions: 'many' }), DB_VERSION))).toMatch(/no list of actions/);
  });

  it('refuses exports from a newer Kindling', () => {
    expect(refusal(() => parseImport(file({ exportVersion: 3 }), DB_VERSION))).toMatch(/newer version/);
    expect(refusal(() => parseImport(file({ dbVersion: DB_VERSION + 1 }), DB_VERSION))).toMatch(
      /newer version/,
    );
  });

  it('refuses a file over 50 MB before reading it', () => {
    expect(() => checkImportSize(IMPORT_MAX_BYTES)).not.toThrow();
    expect(refusal(() => checkImportSize(IMPORT_MAX_BYTES + 1))).toMatch(/up to 50 MB/);
    const parse = vi.spyOn(JSON, 'parse');
    expect(refusal(() => parseImportText(' '.repeat(IMPORT_MAX_BYTES + 1), DB_VERSION))).toMatch(/50 MB/);
    expect(parse).not.toHaveBeenCalled();
  });

  it('names the record and the field that is wrong', () => {
    const long = file({ actions: [sample[0], { ...sample[1], text: 'x'.repeat(100 * 1024) }] });
    expect(refusal(() => parseImport(long, DB_VERSION))).toBe(
      'Action 2 (id a2): field "text": An action can be up to 500 characters; this text has 102400. Shorten it, then save again. Nothing was imported.',
    );
    const longReflection = file({
      actions: [{ ...sample[0], reflection: { soWhat: 'y'.repeat(100 * 1024) } }],
    });
    expect(refusal(() => parseImport(longReflection, DB_VERSION))).toMatch(
      /Action 1 \(id a1\): field "reflection"/,
    );
    const badStatus = file({ actions: [sample[0], sample[1], { ...sample[2], status: 'someday' }] });
    expect(refusal(() => parseImport(badStatus, DB_VERSION))).toMatch(/Action 3 \(id a3\): field "status"/);
    const badCheckin = file({ checkins: [{ id: 'c1' }] });
    expect(refusal(() => parseImport(badCheckin, DB_VERSION))).toMatch(/^Check-in 1 \(id c1\): /);
  });

  it('keeps HTML and script in text as plain text', () => {
    const html = '<img src=x onerror="alert(1)"> <script>alert(2)</script>';
    const data = parseImport(file({ actions: [{ ...sample[0], text: html }] }), DB_VERSION);
    expect(data.actions[0]!.text).toBe(html);
  });

  it('drops fields it does not know', () => {
    const data = parseImport(
      file({ actions: [{ ...sample[1], extra: 'x', __proto__: { polluted: true } }] }),
      DB_VERSION,
    );
    expect(Object.keys(data.actions[0]!).sort()).toEqual([
      'created',
      'due',
      'id',
      'source',
      'status',
      'text',
      'updated',
    ]);
  });
});

describe('merging by id', () => {
  it('adds new records, replaces older ones, and skips the rest', () => {
    const stored = new Map([
      ['same', 5],
      ['older', 5],
      ['newer', 5],
    ]);
    const plan = planMerge(stored, [
      { id: 'same', updated: 5 },
      { id: 'older', updated: 9 },
      { id: 'newer', updated: 1 },
      { id: 'new', updated: 1 },
      { id: 'new', updated: 3 },
    ]);
    expect(plan.writes).toEqual([
      { id: 'older', updated: 9 },
      { id: 'new', updated: 3 },
    ]);
    expect(plan).toMatchObject({ added: 1, updated: 1, skipped: 3 });
  });
});

describe('weekly done counts', () => {
  // Saturday 6 June 2026, noon UTC; that week starts Monday 1 June.
  const day = 86_400_000;

  it('counts the last 12 weeks, Monday to Sunday, oldest first', () => {
    const weeks = weeklyDone([NOW, NOW - day, NOW - 7 * day, NOW - 84 * day, NOW + day], NOW, 'UTC');
    expect(weeks).toHaveLength(12);
    expect(weeks[11]).toEqual({ week: '2026-06-01', count: 3 });
    expect(weeks[10]).toEqual({ week: '2026-05-25', count: 1 });
    expect(weeks[0]!.week).toBe('2026-03-16');
    expect(weeks.reduce((sum, week) => sum + week.count, 0)).toBe(4);
  });

  it('puts a week boundary at local midnight in the given time zone', () => {
    const mondayMidnightSydney = Date.UTC(2026, 4, 31, 14, 0); // Mon 1 June 00:00 in Sydney (UTC+10)
    const weeks = weeklyDone([mondayMidnightSydney, mondayMidnightSydney - 1], NOW, 'Australia/Sydney');
    expect(weeks[11]).toEqual({ week: '2026-06-01', count: 1 });
    expect(weeks[10]!.count).toBe(1);
    const inUtc = weeklyDone([mondayMidnightSydney, mondayMidnightSydney - 1], NOW, 'UTC');
    expect(inUtc[10]!.count).toBe(2);
  });

  it('handles a week with a clock change', () => {
    // Europe/London moved to summer time on Sunday 29 March 2026.
    const mondayAfter = Date.UTC(2026, 2, 29, 23, 0); // Mon 30 March 00:00 BST
    const weeks = weeklyDone([mondayAfter, mondayAfter - 1], NOW, 'Europe/London');
    const index = weeks.findIndex((week) => week.week === '2026-03-30');
    expect(weeks[index]!.count).toBe(1);
    expect(weeks[index - 1]!.count).toBe(1);
  });
});

describe('chart bars', () => {
  it('scales bars to the busiest week and keeps empty weeks visible', () => {
    const bars = chartBars(
      [
        { week: '2026-05-25', count: 0 },
        { week: '2026-06-01', count: 4 },
      ],
      100,
      40,
    );
    expect(bars[1]).toMatchObject({ height: 40, y: 0, x: 52, width: 46 });
    expect(bars[0]).toMatchObject({ height: 1, y: 39 });
  });
});

describe('status changes', () => {
  it('accepts a reflection only when marking done', () => {
    expect(
      parseStatusChange({
        id: 'a',
        status: 'done',
        reflection: { what: ' It helped. ', soWhat: '  ', nowWhat: 'Ask again tomorrow.' },
      }),
    ).toEqual({
      id: 'a',
      status: 'done',
      reflection: { what: 'It helped.', nowWhat: 'Ask again tomorrow.' },
    });
    expect(() => parseStatusChange({ id: 'a', status: 'let-go', reflection: { what: 'x' } })).toThrow(
      InvalidInput,
    );
    expect(() => parseStatusChange({ id: 'a', status: 'later' })).toThrow(InvalidInput);
  });

  it('treats a reflection with every part empty as no reflection', () => {
    expect(parseStatusChange({ id: 'a', status: 'done', reflection: { what: ' ', soWhat: '' } })).toEqual({
      id: 'a',
      status: 'done',
    });
  });

  it('refuses a part that is too long, not text, or unknown, naming the limit', () => {
    const tooLong = { id: 'a', status: 'done', reflection: { nowWhat: 'z'.repeat(REFLECTION_MAX + 1) } };
    expect(() => parseStatusChange(tooLong)).toThrow(`up to ${REFLECTION_MAX} characters`);
    expect(() => parseStatusChange({ id: 'a', status: 'done', reflection: { what: 3 } })).toThrow(
      InvalidInput,
    );
    expect(() => parseStatusChange({ id: 'a', status: 'done', reflection: { why: 'x' } })).toThrow(
      'no part called "why"',
    );
    expect(() => parseStatusChange({ id: 'a', status: 'done', reflection: ['x'] })).toThrow(InvalidInput);
  });

  it('reads a one-part reflection from an older page or file as what happened', () => {
    expect(parseStatusChange({ id: 'a', status: 'done', reflection: ' It helped. ' })).toEqual({
      id: 'a',
      status: 'done',
      reflection: { what: 'It helped.' },
    });
    expect(() => parseStatusChange({ id: 'a', status: 'later' })).toThrow(InvalidInput);
  });
});

describe('the badge', () => {
  it('shows the number of open actions unless switched off', async () => {
    expect(badgeText(0, true)).toBe('');
    expect(badgeText(7, true)).toBe('7');
    expect(badgeText(7, false)).toBe('');
    expect(badgeText(12_345, true)).toBe('999+');
    const setBadgeText = vi.fn(async (_details: { text: string }) => undefined);
    let open = 3;
    const badge = createBadge({
      action: { setBadgeText },
      countOpen: async () => open,
      enabled: async () => true,
    });
    await badge.refresh();
    open = 2;
    await badge.refresh();
    expect(setBadgeText.mock.calls.map(([details]) => details.text)).toEqual(['3', '2']);
  });

  it('names the open actions in its tooltip, in the words it is given', async () => {
    const setTitle = vi.fn(async (_details: { title: string }) => undefined);
    const badge = createBadge({
      action: { setBadgeText: async () => undefined, setTitle },
      countOpen: async () => 1,
      enabled: async () => true,
      title: (open) => `Kindling: ${open} open`,
    });
    await badge.refresh();
    expect(setTitle).toHaveBeenCalledWith({ title: 'Kindling: 1 open' });
  });
});

describe('reminders', () => {
  const due = (id: string): Action => ({ ...sample[1]!, id, due: '2026-06-06' });

  it('finds the next time the clock shows the chosen time', () => {
    const now = new Date(2026, 5, 6, 8, 30).getTime();
    expect(nextReminderAt(now, '09:00')).toBe(new Date(2026, 5, 6, 9, 0).getTime());
    expect(nextReminderAt(now, '08:00')).toBe(new Date(2026, 5, 7, 8, 0).getTime());
    expect(localDay(now)).toBe('2026-06-06');
  });

  it('raises one reminder per due action per day', () => {
    const first = remindersToRaise([due('a'), due('b')], '2026-06-06', { day: '2026-06-05', ids: ['a'] });
    expect(first.raise.map((action) => action.id)).toEqual(['a', 'b']);
    const second = remindersToRaise([due('a'), due('b'), due('c')], '2026-06-06', first.reminded);
    expect(second.raise.map((action) => action.id)).toEqual(['c']);
  });

  function reminders(enabled: boolean, granted: boolean) {
    const created: string[] = [];
    const alarms = { create: vi.fn(), clear: vi.fn(async () => true), onAlarm: { addListener: vi.fn() } };
    let reminded = { day: '', ids: [] as string[] };
    const subject = createReminders({
      alarms,
      notifications: () => (granted ? { create: async (id: string) => (created.push(id), id) } : undefined),
      hasPermission: async () => granted,
      enabled: async () => enabled,
      time: async () => '09:00',
      reminded: { get: async () => reminded, set: async (value) => void (reminded = value) },
      dueBy: async () => [due('a'), due('b')],
      now: () => new Date(2026, 5, 6, 9, 0).getTime(),
      iconUrl: 'icon.png',
      title: () => 'Due',
    });
    return { subject, alarms, created };
  }

  it('stay off by default: no alarm, no notification', async () => {
    const { subject, alarms, created } = reminders(false, false);
    await subject.schedule();
    expect(alarms.create).not.toHaveBeenCalled();
    expect(await subject.raise()).toBe(0);
    expect(created).toEqual([]);
  });

  it('once on and allowed, schedule a daily alarm and notify each due action once', async () => {
    const { subject, alarms, created } = reminders(true, true);
    await subject.schedule();
    expect(alarms.create).toHaveBeenCalledWith(REMINDER_ALARM, {
      when: new Date(2026, 5, 7, 9, 0).getTime(),
      periodInMinutes: 1440,
    });
    expect(await subject.raise()).toBe(2);
    expect(await subject.raise()).toBe(0);
    expect(created).toEqual(['kindling-due-a', 'kindling-due-b']);
  });
});
