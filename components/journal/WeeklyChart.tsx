import { chartBars } from '@/lib/journal/chart';
import { formatDate, t } from '@/lib/i18n';
import { request } from '@/lib/messages';
import { useLive } from '@/components/shared/useLive';

const WIDTH = 340;
const HEIGHT = 60;

const weekDate = (week: string) => formatDate(Date.parse(`${week}T12:00:00`));

/** Actions done per week over the last 12 weeks, as bars with a sentence and a table for screen readers. */
export function WeeklyChart() {
  const { value: weeks } = useLive(
    () => request('actions/weekly', { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
    'actions/changed',
  );
  if (!weeks) return null;

  const total = weeks.reduce((sum, week) => sum + week.count, 0);
  const summary = t('journal.chart.summary', { total, current: weeks.at(-1)?.count ?? 0 });
  return (
    <figure class="weekly-chart">
      <figcaption>
        <h3>{t('journal.chart.heading')}</h3>
        <p class="muted" id="weekly-summary">
          {summary}
        </p>
      </figcaption>
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
