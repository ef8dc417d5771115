import { describe, expect, it } from 'vitest';
import { prompts } from '../../lib/content';
import {
  anotherCount,
  localDay,
  parseAudience,
  parseWmtyDay,
  todayPrompt,
  workKindOf,
  daysInMonth,
  wmtyDayOf,
  type TodayInput,
} from '../../lib/prompts/today';
import { conversationsByYear } from '../../lib/conversations/by-year';

type CatalogPrompt = (typeof prompts)[number];

const base: TodayInput<CatalogPrompt> = {
  prompts,
  day: '2026-03-10',
  seed: 'install-a',
  audience: 'all',
  workKind: null,
  notForMe: [],
  wmtyDay: '06-06',
  another: 0,
};
const idOn = (change: Partial<TodayInput<CatalogPrompt>>) => todayPrompt({ ...base, ...change }).prompt?.id;

function daysFrom(start: string, count: number): string[] {
  const first = Date.parse(`${start}T12:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(first + i * 86_400_000).toISOString().slice(0, 10));
}

describe('one prompt for today', () => {
  it('stays the same all day, however often the sidebar opens', () => {
    const first = idOn({});
    for (let i = 0; i < 5; i++) expect(idOn({})).toBe(first);
  });

  it('changes from one day to the next, and visits every fitting prompt over the days', () => {
    const days = daysFrom('2026-03-01', prompts.length);
    const ids = days.map((day) => idOn({ day }));
    for (let i = 1; i < ids.length; i++) expect(ids[i]).not.toBe(ids[i - 1]);
    expect(new Set(ids).size).toBe(prompts.length);
  });

  it('differs between installs, so one ward does not all get the same prompt', () => {
    const days = daysFrom('2026-03-01', 10);
    const a = days.map((day) => idOn({ day, seed: 'install-a' }));
    const b = days.map((day) => idOn({ day, seed: 'install-b' }));
    expect(a).not.toEqual(b);
  });

  it('fits the audience chosen and the site’s kind of work', () => {
    for (const day of daysFrom('2026-01-01', 30)) {
      const prompt = todayPrompt({ ...base, day, audience: 'families', workKind: 'discharge' }).prompt!;
      expect(prompt.audience).toBe('families');
      expect(prompt.fits.length === 0 || (prompt.fits as readonly string[]).includes('discharge')).toBe(true);
    }
  });

  it('falls back to any prompt for the audience when none fits the kind of work', () => {
    // No colleague prompt is tagged for discharge work except the general ones; take them all away.
    const general = prompts
      .filter((p) => p.audience === 'colleagues' && p.fits.length === 0)
      .map((p) => p.id);
    const prompt = todayPrompt({
      ...base,
      audience: 'colleagues',
      workKind: 'discharge',
      notForMe: general,
    }).prompt!;
    expect(prompt.audience).toBe('colleagues');
  });

  it('“Another prompt” steps through a fixed order for the day, without repeats until all are seen', () => {
    const count = prompts.filter((p) => p.audience === 'patients').length;
    const ids = Array.from({ length: count }, (_, another) => idOn({ audience: 'patients', another }));
    expect(new Set(ids).size).toBe(count);
    expect(idOn({ audience: 'patients', another: count })).toBe(ids[0]);
    expect(idOn({ audience: 'patients', another: 1 })).toBe(ids[1]);
  });

  it('never offers a prompt the user said “Not for me” to', () => {
    const setAside = idOn({})!;
    for (const day of daysFrom('2026-03-01', 40)) {
      for (let another = 0; another < 3; another++)
        expect(idOn({ day, another, notForMe: [setAside] })).not.toBe(setAside);
    }
  });

  it('offers nothing when every prompt for the audience was set aside', () => {
    const all = prompts.filter((p) => p.audience === 'families').map((p) => p.id);
    expect(todayPrompt({ ...base, audience: 'families', notForMe: all }).prompt).toBeNull();
  });

  it('on What Matters To You Day says so and leads with an “ask” prompt', () => {
    const wmty = todayPrompt({ ...base, day: '2026-06-06' });
    expect(wmty.isWmtyDay).toBe(true);
    expect(wmty.prompt!.step).toBe('ask');
    expect(todayPrompt({ ...base, day: '2026-06-07' }).isWmtyDay).toBe(false);
    for (const seed of ['a', 'b', 'c', 'd']) {
      expect(todayPrompt({ ...base, seed, day: '2027-06-06', audience: 'colleagues' }).prompt!.step).toBe(
        'ask',
      );
    }
  });

  it('keeps the day the user chose for What Matters To You Day', () => {
    expect(todayPrompt({ ...base, day: '2026-06-06', wmtyDay: '06-09' }).isWmtyDay).toBe(false);
    expect(todayPrompt({ ...base, day: '2026-06-09', wmtyDay: '06-09' }).isWmtyDay).toBe(true);
  });
});

describe('today’s settings, read defensively', () => {
  it('accepts real MM-DD dates (29 February too) and falls back to 6 June', () => {
    expect(parseWmtyDay('02-29')).toBe('02-29');
    expect(parseWmtyDay('12-31')).toBe('12-31');
    for (const bad of ['02-30', '13-01', '6-6', '', null, 606, '00-10'])
      expect(parseWmtyDay(bad)).toBe('06-06');
  });

  it('reads an audience, anything unknown is everyone', () => {
    expect(parseAudience('families')).toBe('families');
    expect(parseAudience('martians')).toBe('all');
  });

  it('carries “Another prompt” on within a day and starts afresh the next', () => {
    expect(anotherCount({ day: '2026-03-10', another: 2 }, '2026-03-10')).toBe(2);
    expect(anotherCount({ day: '2026-03-09', another: 2 }, '2026-03-10')).toBe(0);
  });

  it('names the local day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('finds the kind of work the user tagged the site with', () => {
    const sites = [{ pattern: 'https://ward.example.nhs.uk/*', workKind: 'ward' as const }];
    expect(workKindOf('https://ward.example.nhs.uk/board?bed=4', sites)).toBe('ward');
    expect(workKindOf('https://other.example/', sites)).toBeNull();
    expect(workKindOf(undefined, sites)).toBeNull();
  });
});

describe('conversations by year', () => {
  const list = [
    { date: '2026-03-09', title: 'Sharing power', summary: 'Patient partners', speakers: ['Bob Klaber'] },
    { date: '2025-11-01', title: 'Kind leadership', summary: 'Leaders', speakers: [] },
    { date: '2025-02-01', title: 'Small acts', summary: 'A smile', speakers: ['Ann Lee'] },
  ].map((item, index) => ({
    ...item,
    id: `c${index}`,
    kind: 'monthly-conversation' as const,
    link: 'https://example.org/',
    source: { citation: 'x' },
  }));

  it('groups newest first by year', () => {
    expect(conversationsByYear(list, '').map(({ year, items }) => [year, items.map((i) => i.id)])).toEqual([
      ['2026', ['c0']],
      ['2025', ['c1', 'c2']],
    ]);
  });

  it('finds every word in title, speakers or summary, whatever the case', () => {
    expect(conversationsByYear(list, 'KLABER power').flatMap((y) => y.items.map((i) => i.id))).toEqual([
      'c0',
    ]);
    expect(conversationsByYear(list, 'smile ann').flatMap((y) => y.items.map((i) => i.id))).toEqual(['c2']);
    expect(conversationsByYear(list, 'nothing like this')).toEqual([]);
  });
});

describe('choosing What Matters To You Day', () => {
  it('offers every day of the month, 29 February included', () => {
    expect([1, 2, 4, 6, 12].map(daysInMonth)).toEqual([31, 29, 30, 30, 31]);
  });

  it('writes MM-DD and keeps the day inside the month', () => {
    expect(wmtyDayOf(6, 6)).toBe('06-06');
    expect(wmtyDayOf(4, 31)).toBe('04-30');
    expect(wmtyDayOf(2, 30)).toBe('02-29');
    expect(parseWmtyDay(wmtyDayOf(11, 9))).toBe('11-09');
  });
});
