/**
 * Kindling's one message contract. Extension pages and the launcher never
 * touch storage themselves: they ask the background, which owns IndexedDB,
 * so saved actions stay in the extension's origin.
 */
import type { Action, ActionDraft, ActionEdit, StatusChange } from './db/actions';
import type { ActionPage, ImportReport, PageQuery, StatusCounts } from './db/action-store';
import type { JournalExportPart } from './journal/export-chunks';
import type { WeekCount } from './journal/weekly';
import type { Checkin, CheckinStart } from './db/checkins';
import type { InstalledPack } from './packs/installed';
import type { LauncherHello, NudgeOffer, NudgeReply, SiteEntry, SitePrefsChange } from './nudges/types';

/** What a page knows about Kindling on one site. */
export interface SiteState {
  /** null where Kindling cannot run on this page at all. */
  host: string | null;
  pattern: string | null;
  enabled: boolean;
  /** Present where the organisation's policy blocks the site: the organisation's name ('' if it gave none). */
  blockedBy?: string;
}

/** One of the organisation's recommended sites, for the settings page. */
export interface RecommendedSite {
  pattern: string;
  host: string;
  enabled: boolean;
}

/** Requests to the background, each answered by exactly one handler. */
export interface Requests {
  'actions/list': { request: { limit?: number }; response: Action[] };
  'actions/save': { request: ActionDraft; response: Action };
  /** One page of the journal: one status or all (open first), optionally matching words. */
  'actions/page': { request: PageQuery; response: ActionPage };
  /** How many actions there are in each status. */
  'actions/counts': { request: Record<string, never>; response: StatusCounts };
  'actions/edit': { request: ActionEdit; response: Action };
  /** Mark done (with an optional reflection), let go, or plan again. */
  'actions/status': { request: StatusChange; response: Action };
  /** Deletes an action and answers with it, so the page can offer Undo. */
  'actions/delete': { request: { id: string }; response: Action };
  /** Undo: puts a deleted action back exactly as it was. */
  'actions/restore': { request: Action; response: Action };
  /** Actions done per week over the last 12 weeks, in the page's time zone. */
  'actions/weekly': { request: { timeZone: string }; response: WeekCount[] };
  /**
   * Everything Kindling keeps, as a versioned export; with a `limit`, one part
   * of it (actions by id after `after`, check-ins in the first part, `next` while more remain).
   */
  'journal/export': { request: { after?: string; limit?: number }; response: JournalExportPart };
  /** Merges an export (checked again here) by id; the newer `updated` wins. */
  'journal/import': { request: unknown; response: ImportReport };
  /** Deletes every action and check-in (sites and settings stay). */
  'journal/clear': { request: Record<string, never>; response: null };
  /**
   * The settings in an export (checked again here): with `apply` false, what
   * restoring them would change; with `apply` true, restores them all at once.
   * `waiting` lists the file's sites that still need the user to grant permission.
   */
  'journal/settings': {
    request: { file: unknown; apply: boolean };
    response: { changes: string[]; waiting: string[] };
  };
  'sites/state': { request: { url: string }; response: SiteState };
  'sites/enable': { request: { url: string; tabId?: number }; response: SiteState };
  'sites/disable': { request: { url: string; tabId?: number }; response: SiteState };
  /**
   * From the key guard on an enabled site, once the page has loaded and gone idle: bring the
   * launcher into its tab (so its bundle is never evaluated while the page loads).
   */
  'launcher/start': { request: Record<string, never>; response: null };
  /**
   * From the launcher: a single-use token for the sidebar frame it is about to open in its tab;
   * `spare`, one asked for ahead, once the page has loaded (see SPARE_LIFETIME).
   */
  'sidebar/token': { request: { spare?: boolean }; response: string };
  /** The embedded sidebar presents its token; only a granted frame is shown the user's data. */
  'sidebar/claim': { request: { token: string }; response: boolean };
  /** The embedded sidebar asks for itself to be closed in its tab. */
  'sidebar/close': { request: Record<string, never>; response: null };
  /** The toolbar popup shows or hides the sidebar in a tab, even where the site is not enabled. */
  'sidebar/toggle': { request: { tabId: number }; response: null };
  /** Every enabled site with its launcher placement and kind of work (settings page). */
  'sites/list': { request: Record<string, never>; response: SiteEntry[] };
  'sites/prefs': { request: SitePrefsChange; response: SiteEntry };
  /** Removes an enabled site: gives back its permission and unregisters the launcher there. */
  'sites/remove': { request: { pattern: string }; response: null };
  /** The organisation's recommended sites, each with whether it is on (settings page). */
  'sites/recommended': { request: Record<string, never>; response: RecommendedSite[] };
  /**
   * Switches on recommended sites whose permission the page was just granted;
   * answers the patterns still waiting for it.
   */
  'sites/enableRecommended': { request: { patterns: string[] }; response: string[] };
  /** From the launcher (a content script): its placement and words on this site. */
  'launcher/hello': { request: Record<string, never>; response: LauncherHello };
  /** From the launcher: whether a prompt is due now, decided by the background for every tab at once. */
  'nudges/due': { request: { sinceLoad: number; sinceTyped: number | null }; response: NudgeOffer };
  /** From the launcher: the user's answer to the prompt on screen. */
  'nudges/answer': { request: NudgeReply; response: null };
  'checkins/list': { request: { limit?: number }; response: Checkin[] };
  'checkins/get': { request: { id: string }; response: Checkin | null };
  'checkins/start': { request: CheckinStart; response: Checkin };
  /** Saves a page's copy of an existing check-in; the background sets `updated`. */
  'checkins/save': { request: Checkin; response: Checkin };
  'checkins/delete': { request: { id: string }; response: null };
  /** Adds a content pack from a file (checked again here); a newer version of one kept replaces it. */
  'packs/add': {
    request: { pack: unknown };
    response: { installed: InstalledPack; replaced: InstalledPack | null };
  };
  /** Removes a pack someone imported and answers with it, so the page can offer Undo. */
  'packs/remove': { request: { id: string }; response: InstalledPack };
}

export type RequestType = keyof Requests;

export const REQUEST_TYPES = [
  'actions/list',
  'actions/save',
  'actions/page',
  'actions/counts',
  'actions/edit',
  'actions/status',
  'actions/delete',
  'actions/restore',
  'actions/weekly',
  'journal/export',
  'journal/import',
  'journal/clear',
  'journal/settings',
  'sites/state',
  'sites/enable',
  'sites/disable',
  'sidebar/token',
  'sidebar/claim',
  'sidebar/close',
  'sidebar/toggle',
  'sites/list',
  'sites/prefs',
  'sites/remove',
  'sites/recommended',
  'sites/enableRecommended',
  'launcher/hello',
  'launcher/start',
  'nudges/due',
  'nudges/answer',
  'checkins/list',
  'checkins/get',
  'checkins/start',
  'checkins/save',
  'checkins/delete',
  'packs/add',
  'packs/remove',
] as const satisfies readonly RequestType[];

/**
 * The only requests the background takes from the launcher content script,
 * which runs inside the host page's renderer: each is checked again there
 * and none can read or change saved actions beyond saving the prompt on screen.
 */
export const LAUNCHER_REQUESTS = [
  'launcher/start',
  'launcher/hello',
  'nudges/due',
  'nudges/answer',
  'sidebar/token',
] as const satisfies readonly RequestType[];

/**
 * The only request a Kindling page in a frame of a web tab (the embedded
 * sidebar, or a Kindling URL some web page framed) may make before it has
 * claimed a token issued to that tab's launcher.
 */
export const UNCLAIMED_SIDEBAR_REQUESTS = ['sidebar/claim'] as const satisfies readonly RequestType[];

/** Sent by the background to the launcher in a tab. */
export type LauncherCommand = 'launcher/close' | 'launcher/remove' | 'launcher/toggle' | 'launcher/prefs';

/** Broadcast by the background to every open extension page. */
export type PageEvent = 'actions/changed' | 'checkins/changed';

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

/**
 * Messaging as the plain scripts see it (the key guard, the sidebar's early claim): no polyfill,
 * so Firefox's `browser` or Chrome's `chrome`, both answering with a promise (MV3).
 */
export interface PlainMessenger {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

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

/** How far the background is in storing an import: `done` of `total` records written. */
export interface ImportProgress {
  done: number;
  total: number;
}

/** Broadcast by the background to open pages while it stores a big import. */
export interface ImportProgressNotice extends NoticeMessage<'journal/import-progress'> {
  progress: ImportProgress;
}

export function importProgressNotice(progress: ImportProgress): ImportProgressNotice {
  return { ...notice('journal/import-progress'), progress: { done: progress.done, total: progress.total } };
}

export function isImportProgress(message: unknown): message is ImportProgressNotice {
  if (!isNotice(message, 'journal/import-progress')) return false;
  const progress = (message as { progress?: Partial<ImportProgress> }).progress;
  return (
    typeof progress === 'object' &&
    progress !== null &&
    Number.isInteger(progress.done) &&
    Number.isInteger(progress.total) &&
    progress.done! >= 0 &&
    progress.done! <= progress.total!
  );
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
