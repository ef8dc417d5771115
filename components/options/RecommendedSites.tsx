import { useEffect, useState } from 'preact/hooks';
import { userError } from '@/components/shared/userError';
import { organisationOf, usePolicy } from '@/components/shared/usePolicy';
import { t } from '@/lib/i18n';
import { request, type RecommendedSite } from '@/lib/messages';

/**
 * The organisation's recommended sites, each marked on or not yet, and one
 * button that switches all of them on: one permission request for every
 * site still off, asked in the click itself.
 */
export function RecommendedSites() {
  const inForce = usePolicy();
  const [sites, setSites] = useState<RecommendedSite[] | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const wanted = inForce?.policy.sites.join() ?? '';

  useEffect(() => {
    const load = () =>
      request('sites/recommended', {}).then(setSites, (reason: unknown) => setError(userError(reason)));
    void load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'sites' in changes) void load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [wanted]);

  if (!sites || sites.length === 0) return null;
  const off = sites.filter((site) => !site.enabled).map((site) => site.pattern);
  const organisation = organisationOf(inForce);

  const enableAll = async () => {
    setStatus('');
    setError('');
    // The permission prompt must be the first thing this click does.
    const granted = await browser.permissions.request({ origins: off });
    if (!granted) {
      setError(t('policy.recommended.denied'));
      return;
    }
    try {
      await request('sites/enableRecommended', { patterns: off });
      setSites(await request('sites/recommended', {}));
      setStatus(t('policy.recommended.done'));
    } catch (reason) {
      setError(userError(reason));
    }
  };

  return (
    <div class="recommended-sites">
      <h3>{t('policy.recommended.heading', { organisation })}</h3>
      <p class="muted">{t('policy.recommended.intro')}</p>
      <ul>
        {sites.map((site) => (
          <li key={site.pattern}>
            {site.host} — {site.enabled ? t('policy.recommended.on') : t('policy.recommended.off')}
          </li>
        ))}
      </ul>
      {off.length > 0 && (
        <button type="button" class="primary" onClick={() => void enableAll()}>
          {t('policy.recommended.enableAll')}
        </button>
      )}
      <p role="status" class="status">
        {status}
      </p>
      <p role="alert" class="error">
        {error}
      </p>
    </div>
  );
}
