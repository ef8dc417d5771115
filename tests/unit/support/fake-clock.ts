/**
 * A clock and timer queue for code that takes `now`, `setTimeout` and
 * `clearTimeout` as parameters: `advance` moves time on, runs the timers that
 * came due and lets their promises settle; `timers` are the ones still waiting.
 */
export function fakeClock(start: number) {
  let now = start;
  const timers: Array<{ at: number; run: () => void }> = [];
  return {
    now: () => now,
    timers,
    setTimeout: (run: () => void, ms: number): unknown => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (timer: unknown) => {
      const index = timers.indexOf(timer as (typeof timers)[number]);
      if (index >= 0) timers.splice(index, 1);
    },
    async advance(ms: number) {
      now += ms;
      const due = timers.filter((each) => each.at <= now);
      timers.splice(0, timers.length, ...timers.filter((each) => each.at > now));
      for (const timer of due) timer.run();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}
