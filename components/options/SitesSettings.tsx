import { useEffect, useState } from 'preact/hooks';
import { userError } from '@/components/shared/userError';
import { t, type MessageKey } from '@/lib/i18n';
import { request } from '@/lib/messages';
import { WORK_KINDS, type SiteEntry, type SitePrefsChange } from '@/lib/nudges/types';
import type { WorkKind } from '@/lib/content/types';

const message = userError;

/** Every enabled site: where its launcher sits, the kind of work done there, and a way to remove it. */
export function SitesSettings() {
  const [sites, setSites] = useState<SiteEntry[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    const load = () =>
      request('sites/list', {}).then(setSites, (reason: unknown) => setError(message(reason)));
    void load();
    // A restored export or a site switched on elsewhere changes the list.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && ('sites' in changes || 'settings.sitePrefs' in changes)) void load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const change = async (update: SitePrefsChange) => {
    setError('');
    try {
      const saved = await request('sites/prefs', update);
      setSites((all) => all?.map((site) => (site.pattern === saved.pattern ? saved : site)) ?? null);
    } catch (reason) {
      setError(message(reason));
    }
  };
  const remove = async (pattern: string) => {
    setError('');
    try {
      await request('sites/remove', { pattern });
      setSites(await request('sites/list', {}));
    } catch (reason) {
      setError(message(reason));
    }
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options.sites.heading')}</h2>
      <p class="muted">{t('options.sites.intro')}</p>
      {sites?.length === 0 && <p>{t('options.sites.none')}</p>}
      <ul class="sites">
        {sites?.map((site) => (
          <li key={site.pattern}>
            <strong>{site.host}</strong>{' '}
            <label>
              {t('options.sites.side', { host: site.host })}{' '}
              <select
                value={site.side}
                onChange={(event) =>
                  void change({
                    pattern: site.pattern,
                    side: event.currentTarget.value === 'left' ? 'left' : 'right',
                  })
                }
              >
                <option value="right">{t('options.sites.side.right')}</option>
                <option value="left">{t('options.sites.side.left')}</option>
              </select>
            </label>{' '}
            <label>
              <input
                type="checkbox"
                checked={site.collapsed}
                onChange={(event) =>
                  void change({ pattern: site.pattern, collapsed: event.currentTarget.checked })
                }
              />{' '}
              {t('options.sites.collapsed')}
            </label>{' '}
            <label>
              {t('options.sites.workKind', { host: site.host })}{' '}
              <select
                value={site.workKind ?? ''}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  const workKind = (WORK_KINDS as readonly string[]).includes(value)
                    ? (value as WorkKind)
                    : null;
                  void change({ pattern: site.pattern, workKind });
                }}
              >
                <option value="">{t('options.sites.workKind.none')}</option>
                {WORK_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`options.sites.workKind.${kind}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>{' '}
            <button type="button" onClick={() => void remove(site.pattern)}>
              {t('options.sites.remove', { host: site.host })}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" class="status error">
        {error}
      </p>
    </section>
  );
}
