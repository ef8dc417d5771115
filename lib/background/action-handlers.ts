import { parseActionDraft } from '../db/actions';
import type { HandlerDeps, HandlersFor } from './handlers';

/** Saved actions: listing and saving, through the background's one action store. */
export function actionHandlers({
  actions,
  notifyPages,
}: HandlerDeps): HandlersFor<'actions/list' | 'actions/save'> {
  return {
    'actions/list': ({ limit }) => actions.list({ limit: typeof limit === 'number' ? limit : undefined }),
    'actions/save': async (draft) => {
      const saved = await actions.add(parseActionDraft(draft));
      notifyPages('actions/changed');
      return saved;
    },
  };
}
