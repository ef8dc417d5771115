import type { WeekCount } from './weekly';

export interface Bar {
  week: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Bars for a weekly chart `width` by `height` (SVG units), scaled to the
 * busiest week; a week with none still gets a sliver so its place shows.
 */
export function chartBars(weeks: readonly WeekCount[], width: number, height: number, gap = 4): Bar[] {
  const most = Math.max(1, ...weeks.map((week) => week.count));
  const slot = weeks.length === 0 ? 0 : width / weeks.length;
  return weeks.map((week, index) => {
    const barHeight = week.count === 0 ? 1 : Math.max(2, (week.count / most) * height);
    return {
      week: week.week,
      count: week.count,
      x: index * slot + gap / 2,
      y: height - barHeight,
      width: Math.max(1, slot - gap),
      height: barHeight,
    };
  });
}
