import { CheckinView } from '@/components/checkin/CheckinView';
import { t } from '@/lib/i18n';

/** The leaders' kindness check-in, under its own heading in the sidebar's Check-in tab. */
export function CheckinPanel() {
  return (
    <section aria-labelledby="checkin-heading">
      <h2 id="checkin-heading">{t('checkin.heading')}</h2>
      <CheckinView />
    </section>
  );
}
