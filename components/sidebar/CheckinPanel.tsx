import { CheckinView } from '@/components/checkin/CheckinView';
import { t } from '@/lib/i18n';
import type { ViewProps } from './Sidebar';

/** The leaders' kindness check-in, under its own heading in the sidebar's Check-in tab. */
export function CheckinPanel({ openCheckin }: ViewProps) {
  return (
    <section aria-labelledby="checkin-heading">
      <h2 id="checkin-heading">{t('checkin.heading')}</h2>
      <CheckinView open={openCheckin} />
    </section>
  );
}
