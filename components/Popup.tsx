import { useEffect, useState } from 'preact/hooks';
import type { Browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { ActionList } from './ActionList';
import { SiteToggle } from './SiteToggle';

type Tab = Browser.tabs.Tab;

/** Firefox's sidebar, which Chrome's typings do not know. */
interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

/** Opens the browser's own side panel (Chrome, Edge) or sidebar (Firefox). */
async function openNativeSidebar(windowId: number | undefined) {
  if (browser.sidePanel && windowId !== undefined) await browser.sidePanel.open({ windowId });
  else await (browser as unknown as FirefoxSidebar).sidebarAction?.open();
}

/** The toolbar popup: this site's switch, the sidebar, and the saved actions. */
export function Popup() {
  const [tab, setTab] = useState<Tab | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => setTab(active ?? null));
  }, []);

  return (
    <div class="popup">
      <header class="popup-header">
        <h1>{t('app.name')}</h1>
        <button
          type="button"
          onClick={() => void openNativeSidebar(tab?.windowId).then(() => window.close())}
        >
          {t('popup.openSidebar')}
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
    </div>
  );
}
