import type { ActionStore } from '../db/action-store';
import { onLanguageChange, t } from '../i18n';
import { settings } from '../settings';
import { readEffectiveSettings, watchPolicy } from '../policy/read';
import { createBadge } from './badge';
import { createReminders } from './reminders';

type Notifications = ReturnType<Parameters<typeof createReminders>[0]['notifications']>;

/**
 * The journal's background duties: the open-actions badge and opt-in
 * reminders. Listeners are added synchronously; the alarm is re-created at
 * every service-worker start from the saved settings.
 */
export function startJournal(actions: ActionStore) {
  const action = browser.action ?? browser.browserAction;
  const badge = createBadge({
    action,
    countOpen: async () => (await actions.counts()).planned,
    enabled: async () => (await readEffectiveSettings()).values.badge,
    title: (open) => (open > 0 ? t('badge.title', { count: open }) : t('app.name')),
  });
  const reminders = createReminders({
    alarms: browser.alarms,
    // Present only while the optional permission is granted.
    notifications: () => (browser as unknown as { notifications?: Notifications }).notifications,
    hasPermission: () => browser.permissions.contains({ permissions: ['notifications'] }),
    enabled: async () => (await readEffectiveSettings()).values.reminders,
    time: () => settings.reminderTime.getValue(),
    reminded: { get: () => settings.reminded.getValue(), set: (value) => settings.reminded.setValue(value) },
    dueBy: (day) => actions.dueBy(day),
    now: actions.now,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: () => t('journal.reminder.title'),
  });
  reminders.listen();
  const reschedule = () =>
    void reminders.schedule().catch((error: unknown) => console.error('Kindling reminders', error));
  // The user's badge and reminders, or an organisation's policy arriving or changing.
  watchPolicy(
    () => {
      void badge.refresh();
      reschedule();
    },
    { settings: true },
  );
  onLanguageChange(() => void badge.refresh());
  settings.reminderTime.watch(reschedule);
  browser.permissions.onAdded.addListener(reschedule);
  browser.permissions.onRemoved.addListener(reschedule);
  void badge.refresh();
  reschedule();
  return {
    actionsChanged: () => void badge.refresh(),
  };
}
