import { InvalidInput } from '../db/actions';
import type { ActionStore } from '../db/action-store';
import type { CheckinStore } from '../db/checkin-store';
import {
  LAUNCHER_REQUESTS,
  type LauncherCommand,
  type ImportProgress,
  type PageEvent,
  type Reply,
  type RequestMessage,
  type Requests,
  type RequestType,
} from '../messages';
import { actionHandlers } from './action-handlers';
import { checkinHandlers } from './checkin-handlers';
import { nudgeHandlers, type NudgeEnv } from './nudge-handlers';
import { siteHandlers } from './site-handlers';
import type { SiteManager } from './sites';

/** What the background knows about who sent a request. */
export interface Sender {
  /** The sender's page URL; requests are only taken from Kindling's own pages. */
  url?: string;
  tabId?: number;
  /** 0 for a tab's top frame, where the launcher runs. */
  frameId?: number;
}

export type Handler<K extends RequestType> = (
  data: Requests[K]['request'],
  sender: Sender,
) => Promise<Requests[K]['response']>;

/** Handlers for some of the contract's requests: each feature module returns one of these. */
export type HandlersFor<K extends RequestType> = { [P in K]: Handler<P> };

export type Handlers = HandlersFor<RequestType>;

/** Everything the handlers need from the background, passed in so tests can supply their own. */
export interface HandlerDeps {
  actions: ActionStore;
  checkins: CheckinStore;
  sites: SiteManager;
  notifyPages: (event: PageEvent) => void;
  /** Tells open pages how far a big import is; none by default. */
  notifyProgress?: (progress: ImportProgress) => void;
  tellLauncher: (tabId: number, command: LauncherCommand) => Promise<void>;
  /** The prompt schedule's clock; the real one when left out. */
  nudgeEnv?: NudgeEnv;
}

/** One handler for every request in the contract; the type fails to check if one is missing. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...actionHandlers(deps),
    ...siteHandlers(deps),
    ...checkinHandlers(deps),
    ...nudgeHandlers(deps, deps.nudgeEnv),
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
    const fromOurPage = sender.url?.startsWith(extensionBase) === true;
    // The launcher content script may ask its few questions, from a tab's top frame only.
    const fromLauncher =
      sender.tabId !== undefined &&
      sender.frameId === 0 &&
      (LAUNCHER_REQUESTS as readonly string[]).includes(message.type);
    if (!fromOurPage && !fromLauncher) throw new InvalidInput('Kindling only answers its own pages.');
    const handle = handlers[message.type] as (data: unknown, sender: Sender) => Promise<unknown>;
    return { ok: true, value: await handle(message.data ?? {}, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
