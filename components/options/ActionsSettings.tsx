import { useEffect, useState } from 'preact/hooks';
import { userError } from '@/components/shared/userError';
import { t } from '@/lib/i18n';
import { settings } from '@/lib/settings';
import { reminderTime } from '@/lib/background/reminders';
import { featureOn, setByOf, usePolicy } from '@/components/shared/usePolicy';

/** The toolbar badge and reminders of due actions. */
export function ActionsSettings() {
  const inForce = usePolicy();
  const [allowed, setAllowed] = useState<boolean | null>(null);
  const [time, setTime] = useState('09:00');
  const [error, setError] = useState('');

  useEffect(() => {
    const load = () => {
      void settings.reminderTime.getValue().then((value) => setTime(reminderTime(value)));
      void browser.permissions.contains({ permissions: ['notifications'] }).then(setAllowed);
    };
    load();
    // A restored export (in "Your data") changes them from another section of the page; the
    // badge and reminders themselves come live from usePolicy.
    const unwatch = [settings.reminders.watch(load), settings.reminderTime.watch(load)];
    return () => unwatch.forEach((stop) => stop());
  }, []);

  const toggleReminders = async (on: boolean) => {
    setError('');
    // The permission prompt must be the first thing this click does.
    const allowed = on ? await browser.permissions.request({ permissions: ['notifications'] }) : true;
    if (on && !allowed) {
      setError(t('journal.settings.remindersDenied'));
      return;
    }
    await settings.reminders.setValue(on);
    setAllowed(on);
    if (!on) await browser.permissions.remove({ permissions: ['notifications'] }).catch(() => false);
  };

  const badge = inForce?.values.badge ?? null;
  // Reminders count as on only while notifications are still allowed.
  const reminders = inForce && allowed !== null ? inForce.values.reminders && allowed : null;
  const badgeSetBy = setByOf(inForce, 'badge');
  const remindersSetBy = setByOf(inForce, 'reminders');

  return (
    <>
      <label class="switch">
        <input
          type="checkbox"
          checked={badge ?? false}
          disabled={badge === null || badgeSetBy !== null}
          aria-describedby={badgeSetBy ? 'badge-set-by' : undefined}
          onChange={(event) => void inForce?.write('settings.badge', event.currentTarget.checked)}
        />
        <span>{t('journal.settings.badge')}</span>
      </label>
      {badgeSetBy && (
        <p id="badge-set-by" class="set-by">
          {badgeSetBy}
        </p>
      )}
      {featureOn(inForce, 'reminders') && (
        <RemindersFields
          reminders={reminders}
          setBy={remindersSetBy}
          time={time}
          onToggle={(on) => void toggleReminders(on).catch((reason: unknown) => setError(userError(reason)))}
          onTime={(value) => {
            setTime(value);
            void settings.reminderTime.setValue(value);
          }}
        />
      )}
      <p role="alert" class="error">
        {error}
      </p>
    </>
  );
}

/** The reminders switch and time; gone when the organisation switched reminders off. */
function RemindersFields({
  reminders,
  setBy,
  time,
  onToggle,
  onTime,
}: {
  reminders: boolean | null;
  setBy: string | null;
  time: string;
  onToggle: (on: boolean) => void;
  onTime: (value: string) => void;
}) {
  return (
    <>
      <label class="switch">
        <input
          type="checkbox"
          checked={reminders ?? false}
          disabled={reminders === null || setBy !== null}
          aria-describedby={setBy ? 'reminders-set-by' : undefined}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        <span>{t('journal.settings.reminders')}</span>
      </label>
      {setBy && (
        <p id="reminders-set-by" class="set-by">
          {setBy}
        </p>
      )}
      <label class="field">
        <span>{t('journal.settings.reminderTime')}</span>
        <input
          type="time"
          value={time}
          disabled={!reminders}
          onChange={(event) => onTime(reminderTime(event.currentTarget.value))}
        />
      </label>
    </>
  );
}
