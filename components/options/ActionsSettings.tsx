import { useEffect, useState } from 'preact/hooks';
import { userError } from '@/components/shared/userError';
import { t } from '@/lib/i18n';
import { settings } from '@/lib/settings';
import { reminderTime } from '@/lib/background/reminders';

/** The toolbar badge and reminders of due actions. */
export function ActionsSettings() {
  const [badge, setBadge] = useState<boolean | null>(null);
  const [reminders, setReminders] = useState<boolean | null>(null);
  const [time, setTime] = useState('09:00');
  const [error, setError] = useState('');

  useEffect(() => {
    const load = () => {
      void settings.badge.getValue().then(setBadge);
      void settings.reminderTime.getValue().then((value) => setTime(reminderTime(value)));
      // Reminders count as on only while notifications are still allowed.
      void Promise.all([
        settings.reminders.getValue(),
        browser.permissions.contains({ permissions: ['notifications'] }),
      ]).then(([on, allowed]) => setReminders(on && allowed));
    };
    load();
    // A restored export (in "Your data") changes them from another section of the page.
    const unwatch = [
      settings.badge.watch(load),
      settings.reminders.watch(load),
      settings.reminderTime.watch(load),
    ];
    return () => unwatch.forEach((stop) => stop());
  }, []);

  const toggleReminders = async (on: boolean) => {
    setError('');
    // The permission prompt must be the first thing this click does.
    const allowed = on ? await browser.permissions.request({ permissions: ['notifications'] }) : true;
    if (on && !allowed) {
      setReminders(false);
      setError(t('journal.settings.remindersDenied'));
      return;
    }
    await settings.reminders.setValue(on);
    setReminders(on);
    if (!on) await browser.permissions.remove({ permissions: ['notifications'] }).catch(() => false);
  };

  return (
    <>
      <label class="switch">
        <input
          type="checkbox"
          checked={badge ?? false}
          disabled={badge === null}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            setBadge(on);
            void settings.badge.setValue(on);
          }}
        />
        <span>{t('journal.settings.badge')}</span>
      </label>
      <label class="switch">
        <input
          type="checkbox"
          checked={reminders ?? false}
          disabled={reminders === null}
          onChange={(event) =>
            void toggleReminders(event.currentTarget.checked).catch((reason: unknown) =>
              setError(userError(reason)),
            )
          }
        />
        <span>{t('journal.settings.reminders')}</span>
      </label>
      <label class="field">
        <span>{t('journal.settings.reminderTime')}</span>
        <input
          type="time"
          value={time}
          disabled={!reminders}
          onChange={(event) => {
            const value = reminderTime(event.currentTarget.value);
            setTime(value);
            void settings.reminderTime.setValue(value);
          }}
        />
      </label>
      <p role="alert" class="error">
        {error}
      </p>
    </>
  );
}
