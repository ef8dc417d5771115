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
import { weeklyDone } from '../journal/weekly';
import type { HandlerDeps, HandlersFor } from './handlers';

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
  | 'journal/clear';

/** Saved actions and the journal around them, through the background's one action store. */
export function actionHandlers({
  actions,
  notifyPages,
  notifyProgress,
}: HandlerDeps): HandlersFor<ActionRequest> {
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
      const part = await actions.exportAll({
        after: typeof after === 'string' ? after : undefined,
        limit: count(limit, 1, EXPORT_CHUNK_MAX),
      });
      const whole = toExport(part, actions.now(), DB_VERSION);
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
