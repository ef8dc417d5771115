import { formatDate, t } from '@/lib/i18n';
import { useActions } from './useActions';

/** Saved actions, newest first, with their status. */
export function ActionList() {
  const { actions, error } = useActions();
  if (error) return <p class="error">{t('error.generic', { error })}</p>;
  if (!actions) return null;
  if (actions.length === 0) return <p class="muted">{t('popup.actions.empty')}</p>;
  return (
    <ul class="stack action-list">
      {actions.map((action) => (
        <li key={action.id} class="card action" data-status={action.status}>
          <p class="action-text">{action.text}</p>
          <p class="muted">
            <span class="badge">{t(`status.${action.status}`)}</span>{' '}
            {t('popup.actions.created', { date: formatDate(action.created) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
