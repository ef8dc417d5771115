import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { request } from '@/lib/messages';
import { closeOnEscape } from '@/lib/sidebar/escape';
import { Tabs, type Tab } from './Tabs';
import { TodayView } from './TodayView';
import { featureOn, usePolicy } from '@/components/shared/usePolicy';
import './sidebar.css';

export type SidebarView = 'today' | 'prompts' | 'why' | 'conversations' | 'checkin';

/** Views other than Today load when first chosen, so Today paints first. */
type LaterView = Exclude<SidebarView, 'today'>;
/** What a view may be asked: the check-in to open (from the popup's latest check-in). */
export interface ViewProps {
  openCheckin?: string;
}
type Loaded = Promise<ComponentType<ViewProps>>;
type Load = () => Loaded;

const LATER: Record<LaterView, Load> = {
  prompts: () => import('./PromptsView').then((module) => module.PromptsView),
  why: () => import('./WhyView').then((module) => module.WhyView),
  conversations: () => import('./ConversationsView').then((module) => module.ConversationsView),
  checkin: () => import('./CheckinPanel').then((module) => module.CheckinPanel),
};

/**
 * The sidebar: the browser's own side panel, or an iframe on an enabled site
 * (`embedded`), where it can close itself with its button or Escape. It opens
 * on Today; `view` 'checkin' opens it on the leaders' kindness check-in
 * (`openCheckin`: that check-in, where it left off or its summary). An
 * embedded sidebar that Kindling's launcher did not open (not `granted`)
 * shows only a neutral note: no saved action, no check-in, no control.
 */
export function Sidebar({
  embedded,
  granted = true,
  view: initialView = 'today',
  openCheckin,
}: {
  embedded: boolean;
  granted?: boolean;
  view?: SidebarView;
  openCheckin?: string;
}) {
  const inForce = usePolicy();
  const [chosenView, setView] = useState<SidebarView>(initialView);
  const conversations = featureOn(inForce, 'conversations');
  const checkin = featureOn(inForce, 'checkin');
  // A view the organisation switched off (or not yet known to be on) shows Today instead.
  const view: SidebarView =
    (chosenView === 'conversations' && !conversations) || (chosenView === 'checkin' && !checkin)
      ? 'today'
      : chosenView;
  const [loaded, setLoaded] = useState<Partial<Record<SidebarView, ComponentType<ViewProps>>>>({});

  useEffect(() => {
    if (!embedded || !granted) return;
    return closeOnEscape(document, () => void request('sidebar/close', {}));
  }, [embedded, granted]);

  useEffect(() => {
    if (!granted || view === 'today' || loaded[view]) return;
    let live = true;
    void LATER[view]().then((component) => live && setLoaded((old) => ({ ...old, [view]: component })));
    return () => {
      live = false;
    };
  }, [granted, view, loaded]);

  if (!granted) {
    return (
      <div class={embedded ? 'sidebar embedded' : 'sidebar'}>
        <header class="sidebar-bar">
          <h1>{t('app.name')}</h1>
        </header>
        <main>
          <p class="muted elsewhere">{t('sidebar.elsewhere')}</p>
        </main>
      </div>
    );
  }

  const tabs: Tab<SidebarView>[] = [
    { key: 'today', label: t('glance.tab.today') },
    { key: 'prompts', label: t('glance.tab.prompts') },
    { key: 'why', label: t('glance.tab.why') },
    ...(conversations ? [{ key: 'conversations', label: t('glance.tab.conversations') } as const] : []),
    ...(checkin ? [{ key: 'checkin', label: t('glance.tab.checkin') } as const] : []),
  ];
  const View = view === 'today' ? null : loaded[view];

  return (
    <div class={embedded ? 'sidebar embedded' : 'sidebar'}>
      <header class="sidebar-bar">
        <h1>{t('app.name')}</h1>
        {embedded && (
          <button type="button" class="quiet-text" onClick={() => void request('sidebar/close', {})}>
            {t('sidebar.close')}
          </button>
        )}
      </header>
      <main>
        <Tabs tabs={tabs} selected={view} onSelect={setView} label={t('glance.tabs')}>
          {view === 'today' ? (
            <TodayView
              embedded={embedded}
              conversations={conversations}
              onShow={(next) => {
                setView(next);
                document.getElementById(`tab-${next}`)?.focus();
              }}
            />
          ) : View ? (
            <View openCheckin={openCheckin} />
          ) : (
            <p class="muted">{t('glance.loading')}</p>
          )}
        </Tabs>
      </main>
    </div>
  );
}
