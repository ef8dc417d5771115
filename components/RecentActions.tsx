import { t } from '@/lib/i18n';
import { useActions } from './useActions';

const SHOWN = 5;

/** The user's latest saved actions, so the sidebar confirms what they chose. */
export function RecentActions() {
  const { actions, error } = useActions(SHOWN);
  return (
    <section id="my-actions" aria-labelledby="my-actions-heading">
      <h2 id="my-actions-heading">{t('sidebar.actions.heading')}</h2>
      {error && <p class="error">{t('error.generic', { error })}</p>}
      {actions?.length === 0 && <p class="muted">{t('sidebar.actions.empty')}</p>}
      {actions && actions.length > 0 && (
        <>
          <ul class="stack recent-actions">
            {actions.map((action) => (
              <li key={action.id} class="card">
                {action.text} <span class="badge">{t(`status.${action.status}`)}</span>
              </li>
            ))}
          </ul>
          <p class="muted">{t('sidebar.actions.openPopup')}</p>
        </>
      )}
    </section>
  );
}
