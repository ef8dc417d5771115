import { useEffect } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { request } from '@/lib/messages';
import { ConversationsSection } from './ConversationsSection';
import { PromptsSection } from './PromptsSection';
import { RecentActions } from './RecentActions';
import { TheorySection } from './TheorySection';

/**
 * The sidebar: the browser's own side panel, or an iframe on an enabled site
 * (`embedded`), where it can close itself with its button or Escape.
 */
export function Sidebar({ embedded }: { embedded: boolean }) {
  useEffect(() => {
    if (!embedded) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') void request('sidebar/close', {});
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [embedded]);

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
        <a href="#why">{t('sidebar.theory.heading')}</a>
        <a href="#prompts">{t('sidebar.prompts.heading')}</a>
        <a href="#conversations">{t('sidebar.conversations.heading')}</a>
      </nav>
      <main>
        <TheorySection />
        <PromptsSection />
        <RecentActions />
        <ConversationsSection />
      </main>
    </div>
  );
}
