import { useEffect, useState } from 'preact/hooks';
import type { Browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { ActionList } from '@/components/journal/ActionList';
import { LatestCheckin } from '@/components/checkin/LatestCheckin';
import { SiteToggle } from './SiteToggle';
import { featureOn, usePolicy } from '@/components/shared/usePolicy';

type Tab = Browser.tabs.Tab;

/** Firefox's sidebar, which Chrome's typings do not know. */
interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void>; setPanel(details: { panel: string }): Promise<void> };
}

/**
 * Opens the browser's own side panel (Chrome, Edge) or sidebar (Firefox) on
 * `page`. Neither browser opens it outside the click's user gesture, so
 * nothing is awaited before open().
 */
async function openNativeSidebar(
  windowId: number | undefined,
  page: `sidepanel.html${string}` = 'sidepanel.html',
) {
  const firefox = (browser as unknown as FirefoxSidebar).sidebarAction;
  if (browser.sidePanel && windowId !== undefined) {
    void browser.sidePanel.setOptions({ path: page });
    await browser.sidePanel.open({ windowId });
  } else if (firefox) {
    void firefox.setPanel({ panel: browser.runtime.getURL(`/${page}`) });
    await firefox.open();
  }
}

/** The toolbar popup: this site's switch, the sidebar, and the saved actions. */
export function Popup() {
  const inForce = usePolicy();
  const checkin = featureOn(inForce, 'checkin');
  const [tab, setTab] = useState<Tab | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => setTab(active ?? null));
  }, []);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>
          <img src="/icon/32.png" alt="" width="22" height="22" />
          <span class="visually-hidden">{t('app.name')}</span>
        </h1>
        <button
          type="button"
          onClick={() => void openNativeSidebar(tab?.windowId).then(() => window.close())}
        >
          {t('popup.openSidebar')}
        </button>
        {checkin && (
          <button
            type="button"
            class="quiet"
            onClick={() =>
              void openNativeSidebar(tab?.windowId, 'sidepanel.html?view=checkin').then(() => window.close())
            }
          >
            {t('popup.prepareMeeting')}
          </button>
        )}
        <button
          type="button"
          class="quiet settings"
          aria-label={t('popup.settings')}
          title={t('popup.settings')}
          onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}
        >
          <GearIcon />
        </button>
      </header>
      <section aria-labelledby="site-heading">
        <h2 id="site-heading">{t('popup.site.heading')}</h2>
        <SiteToggle tab={tab} />
      </section>
      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t('popup.actions.heading')}</h2>
        <ActionList />
      </section>
      {checkin && (
        <LatestCheckin
          onOpen={(id) =>
            void openNativeSidebar(
              tab?.windowId,
              `sidepanel.html?view=checkin&checkin=${encodeURIComponent(id)}`,
            ).then(() => window.close())
          }
        />
      )}
    </main>
  );
}

/** A gear, the settings page's usual sign; its name comes from the button. */
function GearIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
      <circle cx="12" cy="12" r="3" />
      <path d="M12 2v3m0 14v3M2 12h3m14 0h3M4.9 4.9l2.1 2.1m10 10 2.1 2.1M4.9 19.1 7 17m10-10 2.1-2.1" />
    </svg>
  );
}
