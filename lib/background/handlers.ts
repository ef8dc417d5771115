import { parseActionDraft, InvalidInput } from '../db/actions';
import type { ActionStore } from '../db/action-store';
import type { LauncherCommand, PageEvent, Reply, RequestMessage, Requests, RequestType } from '../messages';
import type { SiteManager } from './sites';

/** What the background knows about who sent a request. */
export interface Sender {
  /** The sender's page URL; requests are only taken from Kindling's own pages. */
  url?: string;
  tabId?: number;
}

export type Handlers = {
  [K in RequestType]: (data: Requests[K]['request'], sender: Sender) => Promise<Requests[K]['response']>;
};

export interface HandlerDeps {
  actions: ActionStore;
  sites: SiteManager;
  notifyPages: (event: PageEvent) => void;
  tellLauncher: (tabId: number, command: LauncherCommand) => Promise<void>;
}

/** One handler for every request in the contract. */
export function createHandlers({ actions, sites, notifyPages, tellLauncher }: HandlerDeps): Handlers {
  return {
    'actions/list': ({ limit }) => actions.list({ limit: typeof limit === 'number' ? limit : undefined }),
    'actions/save': async (draft) => {
      const saved = await actions.add(parseActionDraft(draft));
      notifyPages('actions/changed');
      return saved;
    },
    'sites/state': ({ url }) => sites.state(String(url)),
    'sites/enable': ({ url, tabId }) => sites.enable(String(url), tabId),
    'sites/disable': async ({ url, tabId }) => {
      const state = await sites.disable(String(url));
      if (tabId !== undefined) await tellLauncher(tabId, 'launcher/remove');
      return state;
    },
    'sidebar/close': async (_data, sender) => {
      if (sender.tabId === undefined) throw new InvalidInput('Only a sidebar inside a tab can close itself.');
      await tellLauncher(sender.tabId, 'launcher/close');
      return null;
    },
  };
}

/**
 * Runs the handler for a request from one of Kindling's own pages and wraps
 * the outcome, so the page sees the background's own error message.
 */
export async function dispatch(
  handlers: Handlers,
  message: RequestMessage,
  sender: Sender,
  extensionBase: string,
): Promise<Reply<unknown>> {
  try {
    if (!sender.url?.startsWith(extensionBase))
      throw new InvalidInput('Kindling only answers its own pages.');
    const handle = handlers[message.type] as (data: unknown, sender: Sender) => Promise<unknown>;
    return { ok: true, value: await handle(message.data ?? {}, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
