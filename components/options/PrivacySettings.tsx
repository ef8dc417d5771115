import { t } from '@/lib/i18n';

/** What Kindling keeps and what it never does, in short plain lines (as the README's "Private by design"). */
export function PrivacySettings() {
  return (
    <div class="privacy">
      <h3>{t('options.privacy.keeps')}</h3>
      <p>{t('options.privacy.keepsWhere')}</p>
      <ul>
        <li>{t('options.privacy.keepsActions')}</li>
        <li>{t('options.privacy.keepsCheckins')}</li>
        <li>{t('options.privacy.keepsSettings')}</li>
      </ul>
      <h3>{t('options.privacy.never')}</h3>
      <ul>
        <li>{t('options.privacy.neverRead')}</li>
        <li>{t('options.privacy.neverSend')}</li>
        <li>{t('options.privacy.neverTelemetry')}</li>
      </ul>
    </div>
  );
}
