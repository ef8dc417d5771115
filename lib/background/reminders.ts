import type { Action } from '../db/actions';

export const REMINDER_ALARM = 'kindling-reminders';
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A reminder time as HH:MM, or the default when it is not one. */
export function reminderTime(value: unknown): string {
  return typeof value === 'string' && TIME_PATTERN.test(value) ? value : '09:00';
}

/** The next moment, after `now`, that the local clock shows `time` (HH:MM). */
export function nextReminderAt(now: number, time: string): number {
  const [hours, minutes] = reminderTime(time).split(':').map(Number) as [number, number];
  const next = new Date(now);
  next.setHours(hours, minutes, 0, 0);
  if (next.getTime() <= now) next.setDate(next.getDate() + 1);
  return next.getTime();
}

/** The local calendar day of `now`, YYYY-MM-DD, as due dates are written. */
export function localDay(now: number): string {
  const date = new Date(now);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface Reminded {
  day: string;
  ids: string[];
}

/** The due actions not yet reminded about today, and the record to keep afterwards. */
export function remindersToRaise(
  due: readonly Action[],
  today: string,
  reminded: Reminded,
): { raise: Action[]; reminded: Reminded } {
  const already = new Set(reminded.day === today ? reminded.ids : []);
  const raise = due.filter((action) => !already.has(action.id));
  return { raise, reminded: { day: today, ids: [...already, ...raise.map((action) => action.id)] } };
}

export interface ReminderDeps {
  alarms: {
    create(name: string, info: { when: number; periodInMinutes: number }): void | Promise<void>;
    clear(name: string): Promise<boolean>;
    onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
  };
  /** The notifications API, present only once the optional permission is granted. */
  notifications: () =>
    | {
        create(
          id: string,
          options: { type: 'basic'; iconUrl: string; title: string; message: string },
        ): Promise<string>;
      }
    | undefined;
  hasPermission: () => Promise<boolean>;
  enabled: () => Promise<boolean>;
  time: () => Promise<string>;
  reminded: { get(): Promise<Reminded>; set(value: Reminded): Promise<void> };
  dueBy: (day: string) => Promise<Action[]>;
  now: () => number;
  iconUrl: string;
  /** The notification's title, asked at each reminder so it is in the language of that moment. */
  title: () => string;
}

/**
 * Opt-in reminders: one daily alarm at the chosen time raises one
 * notification per due open action. `listen` must run synchronously at
 * service-worker start; `schedule` re-creates the alarm from the settings.
 */
export function createReminders(deps: ReminderDeps) {
  async function active(): Promise<boolean> {
    return (await deps.enabled()) && (await deps.hasPermission());
  }

  return {
    listen(): void {
      deps.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === REMINDER_ALARM) void this.raise();
      });
    },

    async schedule(): Promise<void> {
      await deps.alarms.clear(REMINDER_ALARM);
      if (!(await active())) return;
      const when = nextReminderAt(deps.now(), reminderTime(await deps.time()));
      await deps.alarms.create(REMINDER_ALARM, { when, periodInMinutes: 24 * 60 });
    },

    async raise(): Promise<number> {
      const notifications = deps.notifications();
      if (!notifications || !(await active())) return 0;
      const today = localDay(deps.now());
      const { raise, reminded } = remindersToRaise(await deps.dueBy(today), today, await deps.reminded.get());
      for (const action of raise) {
        await notifications.create(`kindling-due-${action.id}`, {
          type: 'basic',
          iconUrl: deps.iconUrl,
          title: deps.title(),
          message: action.text,
        });
      }
      await deps.reminded.set(reminded);
      return raise.length;
    },
  };
}
