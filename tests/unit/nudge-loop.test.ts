import { describe, expect, it, vi } from 'vitest';
import { runNudges, type NudgeLoopEnv } from '@/lib/launcher/nudge-loop';
import { fakeClock } from './support/fake-clock';

/** A tab whose launcher outlives its extension: `gone()` is the add-on being disabled, updated or removed. */
function tabOutlivingItsExtension() {
  const clock = fakeClock(0);
  let alive = true;
  const env: NudgeLoopEnv = {
    due: vi.fn(async () => {
      if (!alive) throw new Error('Extension context invalidated.');
      return { prompt: null, retryIn: 60_000 };
    }),
    answer: vi.fn(async () => null),
    show: vi.fn(),
    fold: vi.fn(),
    busy: () => false,
    now: clock.now,
    loadedAt: 0,
    typedAt: () => null,
    alive: () => alive,
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
  };
  return { env, advance: clock.advance, timers: clock.timers, gone: () => (alive = false) };
}

describe('the launcher’s prompt loop when the add-on goes away', () => {
  it('stops its timers instead of asking a dead extension forever', async () => {
    const tab = tabOutlivingItsExtension();
    runNudges(tab.env);
    await tab.advance(1_000);
    expect(tab.env.due).toHaveBeenCalledTimes(1);

    tab.gone();
    await tab.advance(60_000);
    await tab.advance(24 * 60 * 60_000);
    expect(tab.env.due).toHaveBeenCalledTimes(1);
    expect(tab.timers).toHaveLength(0);
  });

  it('stops when a request fails because the add-on went away mid-question', async () => {
    const tab = tabOutlivingItsExtension();
    runNudges(tab.env);
    tab.gone();
    await tab.advance(1_000);
    await tab.advance(24 * 60 * 60_000);
    expect(tab.timers).toHaveLength(0);
  });

  it('stops the card’s fold timer too when the add-on goes away while a prompt shows', async () => {
    const tab = tabOutlivingItsExtension();
    tab.env.due = vi.fn(async () => ({ prompt: { id: 'p1', text: 'Thank a colleague' }, retryIn: 60_000 }));
    runNudges(tab.env);
    await tab.advance(1_000);
    expect(tab.env.show).toHaveBeenCalledTimes(1);

    tab.gone();
    await tab.advance(24 * 60 * 60_000);
    expect(tab.env.fold).not.toHaveBeenCalled();
    expect(tab.timers).toHaveLength(0);
  });

  it('clears the card’s fold timer when stopped (the site was switched off)', async () => {
    const tab = tabOutlivingItsExtension();
    tab.env.due = vi.fn(async () => ({ prompt: { id: 'p1', text: 'Thank a colleague' }, retryIn: 60_000 }));
    const stop = runNudges(tab.env);
    await tab.advance(1_000);
    stop();
    expect(tab.timers).toHaveLength(0);
  });
});
