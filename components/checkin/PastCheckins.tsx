import { useState } from 'preact/hooks';
import type { Checkin } from '@/lib/db/checkins';
import { formatDate, t } from '@/lib/i18n';
import { meetingLabel } from './labels';
import { useCheckins } from './useCheckins';

interface Props {
  onReopen: (checkin: Checkin) => void;
  onDelete(checkin: Checkin): Promise<void>;
}

/** Past check-ins, newest first: reopen one, or delete it after saying yes twice. */
export function PastCheckins({ onReopen, onDelete }: Props) {
  const { checkins, error } = useCheckins();
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section aria-labelledby="past-checkins-heading">
      <h3 id="past-checkins-heading">{t('checkin.past.heading')}</h3>
      {error && <p class="error">{t('checkin.error', { error })}</p>}
      {checkins?.length === 0 && <p class="muted">{t('checkin.past.empty')}</p>}
      <ul class="stack">
        {checkins?.map((checkin) => {
          const names = { meeting: meetingLabel(checkin.meetingType), date: formatDate(checkin.started) };
          return (
            <li key={checkin.id} class="card past-checkin" data-checkin-id={checkin.id}>
              <p>
                <strong>{names.meeting}</strong>{' '}
                <span class="muted">
                  <time dateTime={new Date(checkin.started).toISOString()}>{names.date}</time>
                </span>{' '}
                <span class="badge">
                  {checkin.finished === undefined ? t('checkin.past.open') : t('checkin.past.finished')}
                </span>
              </p>
              <div class="row">
                <button
                  type="button"
                  class="quiet"
                  aria-label={t('checkin.past.reopenLabel', names)}
                  onClick={() => onReopen(checkin)}
                >
                  {t('checkin.past.reopen')}
                </button>
                {confirming === checkin.id ? (
                  <>
                    <button
                      type="button"
                      aria-label={t('checkin.past.confirmLabel', names)}
                      onClick={() => void onDelete(checkin).finally(() => setConfirming(null))}
                    >
                      {t('checkin.past.confirm')}
                    </button>
                    <button type="button" class="quiet" onClick={() => setConfirming(null)}>
                      {t('checkin.past.keep')}
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    class="quiet"
                    aria-label={t('checkin.past.deleteLabel', names)}
                    onClick={() => setConfirming(checkin.id)}
                  >
                    {t('checkin.past.delete')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
