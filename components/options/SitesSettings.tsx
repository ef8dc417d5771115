import { useEffect, useRef, useState } from 'preact/hooks';
import { userError } from '@/components/shared/userError';
import { t, type MessageKey } from '@/lib/i18n';
import { request } from '@/lib/messages';
import { WORK_KINDS, type SiteEntry, type SitePrefsChange } from '@/lib/nudges/types';
import type { WorkKind } from '@/lib/content/types';
import { RecommendedSites } from './RecommendedSites';

const message = userError;

/**
 * Every enabled site as one row: where its launcher sits, the slim edge tab,
 * the kind of work done there, and a quiet "Remove" that asks first. The rows
 * are a list at every width, so a screen reader hears each site as one unit;
 * each control's name says which site it belongs to.
 */
export function SitesSettings() {
  const [sites, setSites] = useState<SiteEntry[] | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);

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
    setStatus('');
    try {
      const saved = await request('sites/prefs', update);
      setSites((all) => all?.map((site) => (site.pattern === saved.pattern ? saved : site)) ?? null);
    } catch (reason) {
      setError(message(reason));
    }
  };
  /** Puts focus back on a row's Remove button, or on the section heading once the row is gone. */
  const focusAfter = (pattern: string | null) =>
    requestAnimationFrame(() => {
      const button = pattern
        ? list.current?.querySelector<HTMLButtonElement>(`[data-remove="${CSS.escape(pattern)}"]`)
        : null;
      (button ?? document.getElementById('sites'))?.focus();
    });
  const remove = async (site: SiteEntry) => {
    setError('');
    try {
      await request('sites/remove', { pattern: site.pattern });
      setConfirming(null);
      setSites(await request('sites/list', {}));
      setStatus(t('options.sites.removed', { host: site.host }));
      focusAfter(null);
    } catch (reason) {
      setError(message(reason));
    }
  };

  return (
    <>
      <p class="muted">{t('options.sites.intro')}</p>
      <RecommendedSites />
      {sites?.length === 0 && <p>{t('options.sites.none')}</p>}
      {sites && sites.length > 0 && (
        <ul class="sites" ref={list} aria-label={t('options.sites.list')}>
          {sites.map((site, index) => (
            <li key={site.pattern} class="site-row">
              <h3 class="site-host">{site.host}</h3>
              <label class="cell">
                <span class="cell-label">{t('options.sites.sideLabel')}</span>
                <select
                  aria-label={t('options.sites.side', { host: site.host })}
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
              </label>
              <label class="cell">
                <span class="cell-label">{t('options.sites.workKindLabel')}</span>
                <select
                  aria-label={t('options.sites.workKind', { host: site.host })}
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
              </label>
              <label class="cell check">
                <input
                  type="checkbox"
                  aria-label={t('options.sites.collapsedOn', { host: site.host })}
                  checked={site.collapsed}
                  onChange={(event) =>
                    void change({ pattern: site.pattern, collapsed: event.currentTarget.checked })
                  }
                />
                <span>{t('options.sites.collapsed')}</span>
              </label>
              <label class="cell check">
                <input
                  type="checkbox"
                  aria-label={t('options.sites.promptsOn', { host: site.host })}
                  checked={site.prompts}
                  onChange={(event) =>
                    void change({ pattern: site.pattern, prompts: event.currentTarget.checked })
                  }
                />
                <span>{t('options.sites.prompts')}</span>
              </label>
              <div class="cell remove">
                <button
                  type="button"
                  class="quiet-text"
                  data-remove={site.pattern}
                  aria-label={t('options.sites.remove', { host: site.host })}
                  aria-expanded={confirming === site.pattern}
                  aria-controls={confirming === site.pattern ? `remove-${index}` : undefined}
                  onClick={() => {
                    setStatus('');
                    setConfirming(site.pattern);
                  }}
                >
                  {t('options.sites.removeLabel')}
                </button>
              </div>
              {confirming === site.pattern && (
                <RemoveConfirm
                  id={`remove-${index}`}
                  host={site.host}
                  onYes={() => void remove(site)}
                  onNo={() => {
                    setConfirming(null);
                    focusAfter(site.pattern);
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" class="status">
        {status}
      </p>
      <p role="alert" class="error">
        {error}
      </p>
    </>
  );
}

/** Asks before a site is removed, saying what removing does; Escape or Cancel keeps the site. */
function RemoveConfirm({
  id,
  host,
  onYes,
  onNo,
}: {
  id: string;
  host: string;
  onYes: () => void;
  onNo: () => void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      id={id}
      class="confirm"
      role="alertdialog"
      aria-labelledby={`${id}-question`}
      aria-describedby={`${id}-what`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onNo();
        }
      }}
    >
      <p id={`${id}-question`} class="confirm-question">
        {t('options.sites.removeQuestion', { host })}
      </p>
      <p id={`${id}-what`}>{t('options.sites.removeWhat', { host })}</p>
      <div class="row">
        <button type="button" class="secondary" onClick={onYes}>
          {t('options.sites.removeYes', { host })}
        </button>
        <button type="button" class="quiet-text" ref={cancel} onClick={onNo}>
          {t('options.sites.removeNo')}
        </button>
      </div>
    </div>
  );
}
