import { chartBars } from '@/lib/journal/chart';
import { formatDate, t } from '@/lib/i18n';
import { request } from '@/lib/messages';
import { useLive } from '@/components/shared/useLive';
import type { WeekCount } from '@/lib/journal/weekly';

const WIDTH = 340;
const HEIGHT = 60;

const weekDate = (week: string) => formatDate(Date.parse(`${week}T12:00:00`));

/**
 * The chart in one plain sentence (what a screen reader hears for it): how
 * many actions were done over the weeks shown, and the busiest week. No
 * streaks, no comparison with anyone.
 */
export function chartSummary(weeks: readonly WeekCount[], dateOf: (week: string) => string): string {
  const total = weeks.reduce((sum, week) => sum + week.count, 0);
  if (total === 0) return t('journal.chart.summaryNone', { weeks: weeks.length });
  const busiest = weeks.reduce((best, week) => (week.count > best.count ? week : best));
  return t(total === 1 ? 'journal.chart.summaryOne' : 'journal.chart.summaryMany', {
    total,
    weeks: weeks.length,
    date: dateOf(busiest.week),
  });
}

/** Actions done per week over the last 12 weeks, as bars with a sentence and a table for screen readers. */
export function WeeklyChart() {
  const { value: weeks } = useLive(
    () => request('actions/weekly', { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
    'actions/changed',
  );
  if (!weeks) return null;

  const summary = chartSummary(weeks, weekDate);
  const most = Math.max(0, ...weeks.map((week) => week.count));
  const first = weeks[0];
  return (
    <figure class="weekly-chart">
      <figcaption>
        <h3>{t('journal.chart.heading')}</h3>
        <p class="muted" id="weekly-summary">
          {summary}
        </p>
      </figcaption>
      <div class="chart-area">
        <span class="axis-y" aria-hidden="true">
          {t('journal.chart.yAxis', { most })}
        </span>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width="100%"
          height={HEIGHT}
          role="img"
          aria-labelledby="weekly-summary"
          preserveAspectRatio="none"
        >
          {chartBars(weeks, WIDTH, HEIGHT).map((bar) => (
            <rect key={bar.week} x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx="2">
              <title>
                {t('journal.chart.week', { date: weekDate(bar.week) })}:{' '}
                {t('journal.chart.count', { count: bar.count })}
              </title>
            </rect>
          ))}
        </svg>
        <span class="axis-x" aria-hidden="true">
          <span>{first ? weekDate(first.week) : ''}</span>
          <span>{t('journal.chart.thisWeek')}</span>
        </span>
      </div>
      <details>
        <summary>{t('journal.chart.showTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('journal.chart.weekColumn')}</th>
              <th scope="col">{t('journal.chart.doneColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.week}>
                <td>{weekDate(week.week)}</td>
                <td>{week.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
