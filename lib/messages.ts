/**
 * Kindling's one message contract. Extension pages and the launcher never
 * touch storage themselves: they ask the background, which owns IndexedDB,
 * so saved actions stay in the extension's origin.
 */
import type { Action, ActionDraft } from './db/actions';

/** What a page knows about Kindling on one site. */
export interface SiteState {
  /** null where Kindling cannot run on this page at all. */
  host: string | null;
  pattern: string | null;
  enabled: boolean;
}

/** Requests to the background, each answered by exactly one handler. */
export interface Requests {
  'actions/list': { request: { limit?: number }; response: Action[] };
  'actions/save': { request: ActionDraft; response: Action };
  'sites/state': { request: { url: string }; response: SiteState };
  'sites/enable': { request: { url: string; tabId?: number }; response: SiteState };
  'sites/disable': { request: { url: string; tabId?: number }; response: SiteState };
  /** The embedded sidebar asks for itself to be closed in its tab. */
  'sidebar/close': { request: Record<string, never>; response: null };
}

export type RequestType = keyof Requests;

export const REQUEST_TYPES = [
  'actions/list',
  'actions/save',
  'sites/state',
  'sites/enable',
  'sites/disable',
  'sidebar/close',
] as const satisfies readonly RequestType[];

/** Sent by the background to the launcher in a tab. */
export type LauncherCommand = 'launcher/close' | 'launcher/remove';

/** Broadcast by the background to every open extension page. */
export type PageEvent = 'actions/changed';

const CHANNEL = 'kindling';

export interface RequestMessage<K extends RequestType = RequestType> {
  channel: typeof CHANNEL;
  type: K;
  data: Requests[K]['request'];
}
export interface NoticeMessage<T extends string> {
  channel: typeof CHANNEL;
  type: T;
}
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export function isRequest(message: unknown): message is RequestMessage {
  return isOurs(message) && (REQUEST_TYPES as readonly string[]).includes((message as { type: string }).type);
}

export function isNotice<T extends string>(message: unknown, type: T): message is NoticeMessage<T> {
  return isOurs(message) && (message as { type: unknown }).type === type;
}

function isOurs(message: unknown): boolean {
  return (
    typeof message === 'object' && message !== null && (message as { channel?: unknown }).channel === CHANNEL
  );
}

export function notice<T extends string>(type: T): NoticeMessage<T> {
  return { channel: CHANNEL, type };
}

/** Asks the background; rejects with the background's own message on failure. */
export async function request<K extends RequestType>(
  type: K,
  data: Requests[K]['request'],
): Promise<Requests[K]['response']> {
  const message: RequestMessage<K> = { channel: CHANNEL, type, data };
  const reply = (await browser.runtime.sendMessage(message)) as Reply<Requests[K]['response']> | undefined;
  if (!reply) throw new Error('Kindling’s background did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
