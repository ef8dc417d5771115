import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { request, type SiteState } from '@/lib/messages';
import { userError } from '@/components/shared/userError';

interface Tab {
  id?: number;
  url?: string;
}

/**
 * Shows or hides Kindling on the current tab's site. Permission is asked for
 * that one site, at the moment the user turns it on.
 */
export function SiteToggle({ tab }: { tab: Tab | null }) {
  const [site, setSite] = useState<SiteState | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (tab?.url)
      request('sites/state', { url: tab.url }).then(setSite, (error: unknown) =>
        setProblem(userError(error)),
      );
    else setSite({ host: null, pattern: null, enabled: false });
  }, [tab?.url]);

  if (!site) return null;
  if (!site.host || !site.pattern || !tab?.url) {
    return <p class="muted">{t('popup.site.unsupported')}</p>;
  }
  const { host, pattern } = site;
  const url = tab.url;
  if (site.blockedBy !== undefined && !site.enabled) {
    const organisation = site.blockedBy || t('options.language.yourOrganisation');
    return <p class="muted">{t('policy.siteBlocked', { organisation, host })}</p>;
  }

  async function toggle(show: boolean) {
    setProblem(null);
    try {
      if (show) {
        // Must run in the click's user gesture, so it is asked here, not in the background.
        const granted = await browser.permissions.request({ origins: [pattern] });
        if (!granted) {
          setProblem(t('popup.site.denied', { host }));
          return;
        }
        setSite(await request('sites/enable', { url, tabId: tab?.id }));
      } else {
        setSite(await request('sites/disable', { url, tabId: tab?.id }));
      }
    } catch (error) {
      setProblem(t('popup.site.failed', { error: userError(error) }));
    }
  }

  /** Shows or hides the sidebar in this tab, even where the site is not enabled (activeTab, this visit only). */
  async function toggleHere(tabId: number) {
    try {
      await request('sidebar/toggle', { tabId });
      window.close();
    } catch (error) {
      setProblem(userError(error));
    }
  }

  return (
    <div class="site-toggle">
      <label class="switch">
        <input
          type="checkbox"
          checked={site.enabled}
          onChange={(event) => void toggle(event.currentTarget.checked)}
        />
        {t('popup.site.show', { host })}
      </label>
      {tab.id !== undefined && (
        <button type="button" class="quiet" onClick={() => void toggleHere(tab.id ?? -1)}>
          {t('popup.toggleHere')}
        </button>
      )}
      <p role="status" class="status error">
        {problem}
      </p>
    </div>
  );
}
