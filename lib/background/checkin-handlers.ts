import { InvalidInput } from '../db/actions';
import { parseCheckin, parseCheckinStart } from '../db/checkins';
import type { HandlerDeps, HandlersFor } from './handlers';

type CheckinRequest =
  'checkins/list' | 'checkins/get' | 'checkins/start' | 'checkins/save' | 'checkins/delete';

/** Leaders' meeting check-ins: start, save, list, reopen and delete, through the one check-in store. */
export function checkinHandlers({ checkins, notifyPages }: HandlerDeps): HandlersFor<CheckinRequest> {
  const changed = <T>(value: T): T => {
    notifyPages('checkins/changed');
    return value;
  };
  return {
    'checkins/list': ({ limit }) => checkins.list({ limit: typeof limit === 'number' ? limit : undefined }),
    'checkins/get': async ({ id }) => (await checkins.get(parseId(id))) ?? null,
    'checkins/start': async (start) => changed(await checkins.start(parseCheckinStart(start))),
    'checkins/save': async (checkin) => changed(await checkins.save(parseCheckin(checkin))),
    'checkins/delete': async ({ id }) => changed(await checkins.remove(parseId(id)).then(() => null)),
  };
}

function parseId(id: unknown): string {
  if (typeof id !== 'string' || id === '') throw new InvalidInput('Which check-in? Its id is missing.');
  return id;
}
