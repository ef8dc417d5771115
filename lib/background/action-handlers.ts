import {
  InvalidInput,
  parseActionDraft,
  parseActionEdit,
  parseStatusChange,
  parseStoredAction,
} from '../db/actions';
import { PAGE_LIMIT_MAX } from '../db/action-store';
import { ACTION_STATUSES, type ActionStatus } from '../db/actions';
import { DB_VERSION } from '../db/migrations';
import { toExport } from '../journal/export';
import { EXPORT_CHUNK_MAX } from '../journal/export-chunks';
import { parseImport } from '../journal/import';
import {
  restoredSettings,
  settingsChanges,
  settingsStorage,
  type SettingsExport,
} from '../journal/settings-export';
import { weeklyDone } from '../journal/weekly';
import { parseNudgePrefs } from '../nudges/schedule';
import { parseSitePrefs } from '../nudges/types';
import { reminderTime } from './reminders';
import { settings } from '../settings';
import type { HandlerDeps, HandlersFor } from './handlers';
import { EMPTY_POLICY, isDisabled } from '../policy/parse';
import { t } from '../i18n';

type ActionRequest =
  | 'actions/list'
  | 'actions/save'
  | 'actions/page'
  | 'actions/counts'
  | 'actions/edit'
  | 'actions/status'
  | 'actions/delete'
  | 'actions/restore'
  | 'actions/weekly'
  | 'journal/export'
  | 'journal/import'
  | 'journal/clear'
  | 'journal/settings';

/** Saved actions and the journal around them, through the background's one action store. */
export function actionHandlers({
  policy = async () => EMPTY_POLICY,
  actions,
  sites,
  notifyPages,
  notifyProgress,
}: HandlerDeps): HandlersFor<ActionRequest> {
  /** The settings the user chose, as an export carries them. */
  async function currentSettings(): Promise<SettingsExport> {
    const enabled = await sites.list();
    const prefs = await settings.sitePrefs.getValue();
    return {
      sites: enabled,
      sitePrefs: Object.fromEntries(enabled.map((pattern) => [pattern, parseSitePrefs(prefs[pattern])])),
      nudges: parseNudgePrefs(await settings.nudges.getValue()),
      badge: await settings.badge.getValue(),
      reminders: await settings.reminders.getValue(),
      reminderTime: reminderTime(await settings.reminderTime.getValue()),
    };
  }

  const changed = <T>(result: T): T => {
    notifyPages('actions/changed');
    return result;
  };
  return {
    'actions/list': ({ limit }) => actions.list({ limit: typeof limit === 'number' ? limit : undefined }),
    'actions/save': async (draft) => changed(await actions.add(parseActionDraft(draft))),
    'actions/page': ({ status, query, offset, limit }) =>
      actions.page({
        status: ACTION_STATUSES.includes(status as ActionStatus) ? status : undefined,
        query: typeof query === 'string' ? query.slice(0, 200) : undefined,
        offset: count(offset, 0, Number.MAX_SAFE_INTEGER),
        limit: count(limit, 1, PAGE_LIMIT_MAX) ?? 20,
      }),
    'actions/counts': () => actions.counts(),
    'actions/edit': async (edit) => changed(await actions.edit(parseActionEdit(edit))),
    'actions/status': async (status) => changed(await actions.setStatus(parseStatusChange(status))),
    'actions/delete': async ({ id }) => {
      if (typeof id !== 'string') throw new InvalidInput('An action needs its id.');
      return changed(await actions.remove(id));
    },
    'actions/restore': async (action) => {
      let checked;
      try {
        checked = parseStoredAction(action);
      } catch (error) {
        throw new InvalidInput(`This action cannot be restored: ${(error as Error).message}`);
      }
      return changed(await actions.restore(checked));
    },
    'actions/weekly': async ({ timeZone }) =>
      weeklyDone(await actions.doneTimes(), actions.now(), checkTimeZone(timeZone)),
    'journal/export': async ({ after, limit }) => {
      // Gone from settings too; refused here so no other page can export what the organisation keeps in.
      if (isDisabled(await policy(), 'export')) throw new InvalidInput(t('policy.exportOff'));
      const part = await actions.exportAll({
        after: typeof after === 'string' ? after : undefined,
        limit: count(limit, 1, EXPORT_CHUNK_MAX),
      });
      // The settings travel in the first part, ahead of the actions.
      const chosen = after === undefined ? await currentSettings() : undefined;
      const whole = toExport(part, actions.now(), DB_VERSION, chosen);
      return part.next === undefined ? whole : { ...whole, next: part.next };
    },
    'journal/import': async (file) => {
      const report = await actions.importAll(parseImport(file, DB_VERSION), notifyProgress);
      notifyPages('checkins/changed');
      return changed(report);
    },
    'journal/clear': async () => {
      await actions.clearAll();
      notifyPages('checkins/changed');
      return changed(null);
    },
    'journal/settings': async ({ file, apply }) => {
      // The whole file is checked again, settings included; one bad value restores nothing.
      const { settings: chosen } = parseImport(file, DB_VERSION);
      if (!chosen) return { changes: [], waiting: [] };
      const current = await currentSettings();
      const next = restoredSettings(current, chosen);
      const changes = settingsChanges(current, next);
      if (!apply) return { changes, waiting: await sites.waiting(chosen.sites) };
      const waiting = await sites.restore(chosen.sites, settingsStorage(next));
      for (const pattern of chosen.sites) if (!waiting.includes(pattern)) await sites.prefsChanged(pattern);
      return { changes, waiting };
    },
  };
}

/** A whole number within bounds, or undefined when the page sent none. */
function count(value: unknown, min: number, max: number): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

function checkTimeZone(value: unknown): string {
  try {
    if (typeof value === 'string')
      return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    // Not a time zone this browser knows; the message below says so.
  }
  throw new InvalidInput('A time zone like Europe/London is needed.');
}
