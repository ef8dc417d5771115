import { describe, it, expect } from 'vitest';
import {
  back,
  elapsed,
  formatClock,
  goToLens,
  isOverTime,
  LENS_COUNT,
  lensDuration,
  next,
  pause,
  remaining,
  resume,
  startTimer,
} from '@/lib/checkin/timer';
import { CHECKIN_LENGTHS } from '@/lib/db/checkins';

const T0 = Date.UTC(2026, 2, 9, 13, 20);
const s = (seconds: number) => seconds * 1000;

describe('lensDuration: the length shared across the six lenses', () => {
  it('gives each lens a sixth of 5, 10 or 15 minutes', () => {
    expect(lensDuration(5, 0)).toBe(s(50));
    expect(lensDuration(10, 3)).toBe(s(100));
    expect(lensDuration(15, 5)).toBe(s(150));
  });

  it('adds up to exactly the chosen length for every length', () => {
    for (const minutes of CHECKIN_LENGTHS) {
      let total = 0;
      for (let lens = 0; lens < LENS_COUNT; lens++) total += lensDuration(minutes, lens);
      expect(total, `${minutes} minutes`).toBe(minutes * 60_000);
    }
  });
});

describe('the lens clock, as a function of the clock and pauses', () => {
  it('counts down from the lens’s share while running', () => {
    const timer = startTimer(T0);
    expect(remaining(timer, 10, T0)).toBe(s(100));
    expect(remaining(timer, 10, T0 + s(30))).toBe(s(70));
    expect(isOverTime(timer, 10, T0 + s(99))).toBe(false);
  });

  it('stops at zero and says the time is up, without moving on by itself', () => {
    const timer = startTimer(T0);
    expect(remaining(timer, 5, T0 + s(80))).toBe(0);
    expect(isOverTime(timer, 5, T0 + s(50))).toBe(true);
    expect(timer.lens).toBe(0);
  });

  it('holds still while paused and carries on from the same point when resumed', () => {
    const paused = pause(startTimer(T0), T0 + s(20));
    expect(paused.runningSince).toBeNull();
    expect(remaining(paused, 10, T0 + s(500))).toBe(s(80));
    const resumed = resume(paused, T0 + s(500));
    expect(remaining(resumed, 10, T0 + s(510))).toBe(s(70));
    expect(elapsed(resumed, T0 + s(510))).toBe(s(30));
  });

  it('ignores a second pause or a resume while running', () => {
    const running = startTimer(T0);
    expect(resume(running, T0 + s(5))).toBe(running);
    const paused = pause(running, T0 + s(10));
    expect(pause(paused, T0 + s(40))).toBe(paused);
  });

  it('gives the next lens (skip) a fresh clock, still running', () => {
    const moved = next(startTimer(T0), T0 + s(30));
    expect(moved.lens).toBe(1);
    expect(remaining(moved, 10, T0 + s(40))).toBe(s(90));
  });

  it('keeps a paused clock paused when going back or forward', () => {
    const paused = pause(startTimer(T0, 3), T0 + s(10));
    const previous = back(paused, T0 + s(60));
    expect(previous.lens).toBe(2);
    expect(previous.runningSince).toBeNull();
    expect(remaining(previous, 15, T0 + s(600))).toBe(s(150));
  });

  it('never goes before the first lens, and past the sixth only to say the check-in is done', () => {
    expect(back(startTimer(T0), T0).lens).toBe(0);
    expect(goToLens(startTimer(T0), 42, T0).lens).toBe(LENS_COUNT - 1);
    expect(next(startTimer(T0, LENS_COUNT - 1), T0).lens).toBe(LENS_COUNT);
  });

  it('does not count time if the clock goes backwards', () => {
    expect(elapsed(startTimer(T0), T0 - s(5))).toBe(0);
  });
});

describe('formatClock', () => {
  it('writes minutes and seconds, rounding part of a second up', () => {
    expect(formatClock(s(100))).toBe('1:40');
    expect(formatClock(s(50))).toBe('0:50');
    expect(formatClock(s(9) + 1)).toBe('0:10');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
  });
});
