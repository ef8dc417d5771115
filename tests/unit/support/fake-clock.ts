/**
 * A clock and timer queue for code that takes `now` and `setTimeout` as
 * parameters: `advance` moves time on, runs the timers that came due and lets
 * their promises settle.
 */
export function fakeClock(start: number) {
  let now = start;
  const timers: Array<{ at: number; run: () => void }> = [];
  return {
    now: () => now,
    timers,
    setTimeout: (run: () => void, ms: number) => timers.push({ at: now + ms, run }),
    async advance(ms: number) {
      now += ms;
      const due = timers.filter((each) => each.at <= now);
      timers.splice(0, timers.length, ...timers.filter((each) => each.at > now));
      for (const timer of due) timer.run();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}
