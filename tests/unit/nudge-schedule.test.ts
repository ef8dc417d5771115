import { describe, expect, it } from 'vitest';
import { prompts } from '@/lib/content/prompts';
import { minutesOf, timeOf } from '@/lib/nudges/quiet';
import type { Prompt } from '@/lib/content/types';
import {
  answerNudge,
  EMPTY_STATE,
  nextNudge,
  parseNudgePrefs,
  parseNudgeState,
  pickPrompt,
  retryAfter,
  snooze,
  whyWait,
  type Moment,
  type NudgePrefs,
  type NudgeState,
} from '@/lib/nudges/schedule';

const MIN = 60_000;
const HOUR = 60 * MIN;
const start = new Date(2026, 2, 4, 9, 0).getTime();
const prefs: NudgePrefs = { pace: 120, quiet: null };
const first = () => 0;

function at(now: number, extra: Partial<Moment> = {}): Moment {
  const date = new Date(now);
  return {
    now,
    minuteOfDay: date.getHours() * 60 + date.getMinutes(),
    pageLoadedAt: start - 10 * MIN,
    typedAt: null,
    workKind: null,
    ...extra,
  };
}

function shown(result: ReturnType<typeof nextNudge>): { prompt: Prompt; state: NudgeState } {
  if ('wait' in result) throw new Error(`expected a prompt, waited for ${result.wait}`);
  return result;
}

describe('the nudge schedule', () => {
  it('shows at most one prompt per interval, counted across every tab', () => {
    const { state } = shown(nextNudge(prompts, prefs, EMPTY_STATE, at(start), first));
    // Another tab, on another site, asks a minute later.
    expect(nextNudge(prompts, prefs, state, at(start + MIN), first)).toEqual({ wait: 'pace' });
    expect(nextNudge(prompts, prefs, state, at(start + 2 * HOUR - 1), first)).toEqual({ wait: 'pace' });
    expect('prompt' in nextNudge(prompts, prefs, state, at(start + 2 * HOUR), first)).toBe(true);
  });

  it('honours every pace from 30 minutes to once a day, and "only when I open it"', () => {
    const { state } = shown(nextNudge(prompts, prefs, EMPTY_STATE, at(start), first));
    expect(whyWait({ ...prefs, pace: 30 }, state, at(start + 30 * MIN))).toBeNull();
    expect(whyWait({ ...prefs, pace: 1440 }, state, at(start + 23 * HOUR))).toBe('pace');
    expect(whyWait({ ...prefs, pace: 0 }, EMPTY_STATE, at(start))).toBe('manual');
  });

  it('waits for the first minute after a page loads and while the user is typing', () => {
    expect(whyWait(prefs, EMPTY_STATE, at(start, { pageLoadedAt: start - 59_000 }))).toBe('settling');
    expect(whyWait(prefs, EMPTY_STATE, at(start, { typedAt: start - 2_000 }))).toBe('typing');
    expect(whyWait(prefs, EMPTY_STATE, at(start, { typedAt: start - 20_000 }))).toBeNull();
  });

  it('snoozes for an hour or the rest of the day', () => {
    const endOfDay = new Date(2026, 2, 5).getTime();
    const hour = snooze(EMPTY_STATE, 'hour', start, endOfDay);
    expect(whyWait(prefs, hour, at(start + 59 * MIN))).toBe('snoozed');
    expect(whyWait(prefs, hour, at(start + HOUR))).toBeNull();
    const day = snooze(EMPTY_STATE, 'day', start, endOfDay);
    expect(whyWait(prefs, day, at(endOfDay - 1))).toBe('snoozed');
    expect(whyWait(prefs, day, at(endOfDay))).toBeNull();
  });

  it('keeps quiet hours, including hours that span midnight', () => {
    const night = { ...prefs, quiet: { from: 22 * 60, to: 7 * 60 } };
    expect(whyWait(night, EMPTY_STATE, at(new Date(2026, 2, 4, 23, 30).getTime()))).toBe('quiet');
    expect(whyWait(night, EMPTY_STATE, at(new Date(2026, 2, 5, 6, 59).getTime()))).toBe('quiet');
    expect(whyWait(night, EMPTY_STATE, at(new Date(2026, 2, 5, 7, 0).getTime()))).toBeNull();
    const lunch = { ...prefs, quiet: { from: 12 * 60, to: 13 * 60 } };
    expect(whyWait(lunch, EMPTY_STATE, at(new Date(2026, 2, 4, 12, 15).getTime()))).toBe('quiet');
    expect(whyWait(lunch, EMPTY_STATE, at(new Date(2026, 2, 4, 13, 15).getTime()))).toBeNull();
  });

  it('does not repeat a prompt until the whole set has been shown', () => {
    let state = EMPTY_STATE;
    let now = start;
    const seen: string[] = [];
    const random = (() => {
      let n = 0.37;
      return () => (n = (n * 7.13) % 1);
    })();
    for (let i = 0; i < prompts.length; i++) {
      const result = shown(nextNudge(prompts, prefs, state, at(now), random));
      seen.push(result.prompt.id);
      state = answerNudge(result.state, 'dismiss', now);
      now += 2 * HOUR;
    }
    expect(new Set(seen).size).toBe(prompts.length);
    const again = shown(nextNudge(prompts, prefs, state, at(now), random));
    expect(again.state.shownThisRound).toEqual([again.prompt.id]);
  });

  it('retires a prompt for a week after "Not now" twice', () => {
    let state = EMPTY_STATE;
    const id = prompts[0]!.id;
    for (const now of [start, start + 3 * HOUR]) {
      state = answerNudge({ ...state, current: id }, 'not-now', now);
    }
    expect(state.retiredUntil[id]).toBe(start + 3 * HOUR + 7 * 24 * HOUR);
    expect(state.notNow[id]).toBeUndefined();
    const during = prompts.filter((p) => p.id !== id);
    for (let i = 0; i < 20; i++) {
      expect(
        pickPrompt(prompts, state, { now: start + 4 * HOUR, workKind: null }, () => i / 20)?.prompt.id,
      ).not.toBe(id);
    }
    expect(during.length).toBe(prompts.length - 1);
    const weekLater = { now: start + 3 * HOUR + 7 * 24 * HOUR, workKind: null };
    expect(
      pickPrompt(prompts, { ...state, shownThisRound: during.map((p) => p.id) }, weekLater, first)?.prompt.id,
    ).toBe(id);
  });

  it('one "Not now" and a save do not retire anything', () => {
    const id = prompts[1]!.id;
    const once = answerNudge({ ...EMPTY_STATE, current: id }, 'not-now', start);
    expect(once.notNow[id]).toBe(1);
    expect(once.retiredUntil).toEqual({});
    expect(answerNudge({ ...once, current: id }, 'save', start).retiredUntil).toEqual({});
  });

  it('only offers prompts that fit the site’s kind of work', () => {
    for (const kind of ['ward', 'clinic', 'discharge', 'handover', 'admin'] as const) {
      for (let i = 0; i < 10; i++) {
        const picked = pickPrompt(prompts, EMPTY_STATE, { now: start, workKind: kind }, () => i / 10);
        expect(picked).not.toBeNull();
        const fits = picked!.prompt.fits;
        expect(fits.length === 0 || fits.includes(kind)).toBe(true);
      }
    }
  });

  it('never offers a prompt “not relevant here” again on that kind of work, or on that site when it has none', () => {
    const id = prompts.find((p) => p.fits.length === 0)!.id;
    const onWard = answerNudge({ ...EMPTY_STATE, current: id }, 'not-relevant', start, 'ward');
    expect(onWard.notRelevant).toEqual({ ward: [id] });
    // Not counted as "Not now": the prompt is not retired elsewhere.
    expect(onWard.notNow).toEqual({});
    expect(onWard.retiredUntil).toEqual({});
    const picks = (state: NudgeState, moment: Pick<Moment, 'workKind' | 'site'>) =>
      new Set(
        Array.from(
          { length: 40 },
          (_, i) => pickPrompt(prompts, state, { now: start, ...moment }, () => i / 40)?.prompt.id,
        ),
      );
    expect(picks(onWard, { workKind: 'ward', site: 'https://beds.example.org/*' }).has(id)).toBe(false);
    expect(picks(onWard, { workKind: 'clinic', site: 'https://beds.example.org/*' }).has(id)).toBe(true);

    const rota = 'https://rota.example.org/*';
    const onRota = answerNudge({ ...EMPTY_STATE, current: id }, 'not-relevant', start, rota);
    expect(picks(onRota, { workKind: null, site: rota }).has(id)).toBe(false);
    expect(picks(onRota, { workKind: null, site: 'https://other.example.org/*' }).has(id)).toBe(true);
  });

  it('“Not now: I am busy” and a card folded away unanswered say nothing against the prompt', () => {
    const id = prompts[2]!.id;
    const shownOnce = { ...EMPTY_STATE, current: id, shownThisRound: [prompts[0]!.id, id] };
    for (const answer of ['busy', 'fold'] as const) {
      const after = answerNudge(shownOnce, answer, start, 'ward');
      expect(after).toEqual({ ...shownOnce, current: null, shownThisRound: [prompts[0]!.id] });
    }
    // Escape (dismiss) keeps it shown this round, as before.
    expect(answerNudge(shownOnce, 'dismiss', start).shownThisRound).toEqual([prompts[0]!.id, id]);
  });

  it('keeps everything a state stored before issue 9 held (no `notRelevant` yet)', () => {
    const before9 = {
      lastShownAt: start,
      snoozedUntil: start + HOUR,
      shownThisRound: ['wmty-patients-ask-1', 'wmty-families-ask-2'],
      notNow: { 'wmty-patients-ask-1': 1 },
      retiredUntil: { 'wmty-colleagues-do-1': start + 7 * 24 * HOUR },
      current: 'wmty-families-ask-2',
    };
    expect(parseNudgeState(before9)).toEqual({ ...before9, notRelevant: {} });
    expect(parseNudgeState({ ...before9, notRelevant: { ward: ['a', 3], clinic: 'x' } }).notRelevant).toEqual(
      {
        ward: ['a'],
      },
    );
  });

  it('reads damaged stored settings as the defaults', () => {
    expect(parseNudgePrefs({ pace: 7, quiet: { from: 'x', to: 3 } })).toEqual({ pace: 120, quiet: null });
    expect(parseNudgePrefs({ pace: 0, quiet: { from: 1320, to: 420 } })).toEqual({
      pace: 0,
      quiet: { from: 1320, to: 420 },
    });
    expect(parseNudgePrefs(undefined)).toEqual({ pace: 120, quiet: null });
  });

  it('reads a damaged stored state as a fresh start', () => {
    expect(parseNudgeState('nonsense')).toEqual(EMPTY_STATE);
    expect(parseNudgeState({ lastShownAt: 'x', shownThisRound: [1, 'a'], notNow: { a: 'b', c: 1 } })).toEqual(
      {
        ...EMPTY_STATE,
        shownThisRound: ['a'],
        notNow: { c: 1 },
      },
    );
  });
});

describe('when the launcher asks again', () => {
  it('waits exactly as long as the reason lasts, between a second and half an hour', () => {
    const shownAt = { ...EMPTY_STATE, lastShownAt: start };
    expect(retryAfter('pace', prefs, shownAt, start + 100 * MIN)).toBe(20 * MIN);
    expect(retryAfter('pace', { ...prefs, pace: 1440 }, shownAt, start + HOUR)).toBe(30 * MIN);
    expect(
      retryAfter('settling', prefs, EMPTY_STATE, start, at(start, { pageLoadedAt: start - 45_000 })),
    ).toBe(15_000);
    expect(retryAfter('typing', prefs, EMPTY_STATE, start, at(start, { typedAt: start - 5_000 }))).toBe(
      10_000,
    );
    expect(retryAfter('snoozed', prefs, { ...EMPTY_STATE, snoozedUntil: start + 10 * MIN }, start)).toBe(
      10 * MIN,
    );
    expect(retryAfter('manual', { ...prefs, pace: 0 }, EMPTY_STATE, start)).toBe(30 * MIN);
    expect(
      retryAfter('settling', prefs, EMPTY_STATE, start, at(start, { pageLoadedAt: start - 70_000 })),
    ).toBe(1_000);
  });
});

describe('quiet hours as the settings page writes them', () => {
  it('reads and writes HH:MM', () => {
    expect(minutesOf('22:30')).toBe(1350);
    expect(minutesOf('07:00')).toBe(420);
    expect(minutesOf('24:00')).toBeNull();
    expect(minutesOf('7:00')).toBeNull();
    expect(timeOf(1350)).toBe('22:30');
    expect(timeOf(5)).toBe('00:05');
  });
});
