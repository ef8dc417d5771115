import { InvalidInput } from '../db/actions';
import type { ActionStore } from '../db/action-store';
import type { CheckinStore } from '../db/checkin-store';
import {
  LAUNCHER_REQUESTS,
  UNCLAIMED_SIDEBAR_REQUESTS,
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
import { packHandlers } from './pack-handlers';
import { createPackStore, type PackStore } from '../packs/store';
import { settings } from '../settings';
import { siteHandlers } from './site-handlers';
import type { SiteManager } from './sites';
import type { Policy } from '../policy/parse';
import { memorySidebarTokens, type SidebarTokens } from './sidebar-tokens';

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
  /** Tokens that let the launcher's own sidebar frame see the user's data; kept in memory when left out. */
  sidebars?: SidebarTokens;
  /** The organisation's policy in force; none when left out. */
  policy?: () => Promise<Policy>;
  /** The prompt schedule's clock; the real one when left out. */
  nudgeEnv?: NudgeEnv;
  /** The installed content packs; kept in settings, without any policy, when left out. */
  packs?: PackStore;
}

/** One handler for every request in the contract; the type fails to check if one is missing. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const sidebars = deps.sidebars ?? memorySidebarTokens();
  return {
    ...actionHandlers(deps),
    ...siteHandlers({ ...deps, sidebars }),
    ...checkinHandlers(deps),
    ...nudgeHandlers(deps, deps.nudgeEnv),
    ...packHandlers(
      deps.packs ??
        createPackStore({
          packs: settings.packs,
          policyProblem: settings.packPolicyProblem,
          managed: undefined,
          now: Date.now,
        }),
    ),
  };
}

/** Whether a frame of a tab has claimed its launcher's token (see sidebar-tokens.ts). */
export type EmbeddedGate = (tabId: number, frameId: number) => Promise<boolean>;

/**
 * Runs the handler for a request from one of Kindling's own pages and wraps
 * the outcome, so the page sees the background's own error message.
 *
 * A Kindling page inside a frame of a web tab is answered only once it has
 * claimed its tab's token (`embedded`), because any web page can frame a
 * Kindling URL it knows. Left out, such frames get nothing but their claim.
 */
export async function dispatch(
  handlers: Handlers,
  message: RequestMessage,
  sender: Sender,
  extensionBase: string,
  embedded: EmbeddedGate = async () => false,
): Promise<Reply<unknown>> {
  try {
    const fromOurPage = sender.url?.startsWith(extensionBase) === true;
    // The launcher content script may ask its few questions, from a tab's top frame only.
    const fromLauncher =
      sender.tabId !== undefined &&
      sender.frameId === 0 &&
      (LAUNCHER_REQUESTS as readonly string[]).includes(message.type);
    if (!fromOurPage && !fromLauncher) throw new InvalidInput('Kindling only answers its own pages.');
    // Popup, options, the browser's side panel (no tab) and our pages opened as a tab (top frame) pass.
    const inWebTab = fromOurPage && sender.tabId !== undefined && sender.frameId !== 0;
    if (
      inWebTab &&
      !(UNCLAIMED_SIDEBAR_REQUESTS as readonly string[]).includes(message.type) &&
      !(await embedded(sender.tabId!, sender.frameId ?? -1))
    ) {
      throw new InvalidInput('Kindling shows nothing in a frame its launcher did not open.');
    }
    const handle = handlers[message.type] as (data: unknown, sender: Sender) => Promise<unknown>;
    return { ok: true, value: await handle(message.data ?? {}, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
