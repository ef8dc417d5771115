import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { request } from '@/lib/messages';
import { closeOnEscape } from '@/lib/sidebar/escape';
import { CheckinView } from './checkin/CheckinView';
import { ConversationsSection } from './ConversationsSection';
import { PromptsSection } from './PromptsSection';
import { RecentActions } from './RecentActions';
import { TheorySection } from './TheorySection';

/**
 * The sidebar: the browser's own side panel, or an iframe on an enabled site
 * (`embedded`), where it can close itself with its button or Escape.
 * `view` 'checkin' opens it on the leaders' kindness check-in. An embedded
 * sidebar that Kindling's launcher did not open (not `granted`) shows only a
 * neutral note: no saved action, no check-in, no control.
 */
export function Sidebar({
  embedded,
  granted = true,
  view: initialView = 'home',
}: {
  embedded: boolean;
  granted?: boolean;
  view?: SidebarView;
}) {
  const [view, setView] = useState<SidebarView>(initialView);
  useEffect(() => {
    if (!embedded || !granted) return;
    return closeOnEscape(document, () => void request('sidebar/close', {}));
  }, [embedded, granted]);

  if (!granted) {
    return (
      <div class="sidebar">
        <header class="sidebar-header">
          <div>
            <h1>{t('app.name')}</h1>
            <p class="muted">{t('sidebar.elsewhere')}</p>
          </div>
        </header>
      </div>
    );
  }

  return (
    <div class="sidebar">
      <header class="sidebar-header">
        <div>
          <h1>{t('app.name')}</h1>
          <p class="muted">{t('app.tagline')}</p>
        </div>
        {embedded && (
          <button type="button" class="quiet close" onClick={() => void request('sidebar/close', {})}>
            {t('sidebar.close')}
          </button>
        )}
      </header>
      <nav aria-label={t('sidebar.nav')} class="jump">
        {view === 'home' && <a href="#why">{t('sidebar.theory.heading')}</a>}
        {view === 'home' && <a href="#prompts">{t('sidebar.prompts.heading')}</a>}
        {view === 'home' && <a href="#conversations">{t('sidebar.conversations.heading')}</a>}
        <button type="button" class="quiet" onClick={() => setView(view === 'checkin' ? 'home' : 'checkin')}>
          {view === 'checkin' ? t('checkin.backToSidebar') : t('checkin.open')}
        </button>
      </nav>
      {view === 'checkin' ? (
        <main>
          <section aria-labelledby="checkin-heading">
            <h2 id="checkin-heading">{t('checkin.heading')}</h2>
            <CheckinView />
          </section>
        </main>
      ) : (
        <main>
          <TheorySection />
          <PromptsSection />
          <RecentActions />
          <ConversationsSection />
        </main>
      )}
    </div>
  );
}

export type SidebarView = 'home' | 'checkin';
