import { isJournalDay, isJournalTime } from './time';

/** A kindness action someone chose, as stored in IndexedDB. */
export interface Action {
  id: string;
  text: string;
  source: ActionSource;
  status: ActionStatus;
  /** Epoch milliseconds. */
  created: number;
  /** Epoch milliseconds; the newer `updated` wins when merging. */
  updated: number;
  /** Optional due date, YYYY-MM-DD. */
  due?: string;
  /** What happened, so what, now what: added when the action is done (three parts since database version 4). */
  reflection?: Reflection;
  /** Epoch milliseconds when it was marked done; the weekly chart counts these. */
  doneAt?: number;
  /** Earlier times it was done, oldest first: planning it again keeps them here (database version 3). */
  history?: PastDone[];
}

/** A time an action was done before it was planned again, with what was written then. */
export interface PastDone {
  /** Epoch milliseconds. */
  doneAt: number;
  reflection?: Reflection;
}

/**
 * A reflection in three parts, after the "What? So what? Now what?" model of
 * Rolfe, Freshwater and Jasper (2001). Every part is optional, but a stored
 * reflection has at least one that is not empty.
 */
export interface Reflection {
  /** What happened? */
  what?: string;
  /** So what? What did I learn? */
  soWhat?: string;
  /** Now what? What will I do next? */
  nowWhat?: string;
}

export const REFLECTION_PARTS = [
  'what',
  'soWhat',
  'nowWhat',
] as const satisfies readonly (keyof Reflection)[];

export type ActionStatus = 'planned' | 'done' | 'let-go';

export const HAT_LENSES = ['white', 'red', 'black', 'yellow', 'green', 'blue'] as const;
export type HatLens = (typeof HAT_LENSES)[number];

/** Where an action came from. */
export type ActionSource =
  | { kind: 'prompt'; promptId: string }
  | { kind: 'conversation'; conversationId: string }
  | { kind: 'hats'; lens: HatLens }
  | { kind: 'own' };

/** What a page sends to save a new action. */
export interface ActionDraft {
  text: string;
  source: ActionSource;
  due?: string;
}

export const ACTION_TEXT_MAX = 500;
/** The most characters in each part of a reflection. */
export const REFLECTION_MAX = 2000;
/** Past times done kept per action; the oldest go first beyond this. */
export const HISTORY_MAX = 50;
export const ACTION_STATUSES = ['planned', 'done', 'let-go'] as const satisfies readonly ActionStatus[];

/** A change to an action's own words or due date; `due: null` removes the due date. */
export interface ActionEdit {
  id: string;
  text?: string;
  due?: string | null;
  /** The `updated` time of the copy the page edited: a newer stored copy refuses the edit. */
  basedOn?: number;
}

/** A move to another status, with an optional reflection when it is done. */
export interface StatusChange {
  id: string;
  status: ActionStatus;
  reflection?: Reflection;
  /** The `updated` time of the copy the page changed: a newer stored copy refuses the change. */
  basedOn?: number;
}

/** Bad input that must change nothing; its message is shown to the user. */
export class InvalidInput extends Error {
  override name = 'InvalidInput';
}

/** Said when a page changes an action from a copy older than the one saved. */
export const STALE_ACTION =
  'This action was changed in another Kindling window. Its newest version is shown above; what you typed is still here. Check it, then save again.';
/** Said when a page changes an action that has been deleted. */
export const GONE_ACTION = 'That action is no longer saved.';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,80}$/;
/** A content pack's item, namespaced by its pack (lib/packs/items.ts): pack:<packId>/<itemId>. */
const PACK_ITEM_PATTERN = /^pack:[a-z0-9][a-z0-9.-]{0,63}\/[a-z0-9][a-z0-9-]{0,63}$/;
const isContentId = (value: unknown): value is string =>
  typeof value === 'string' && (ID_PATTERN.test(value) || PACK_ITEM_PATTERN.test(value));
const DUE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks a draft that arrived over messaging (from any page or the content
 * script) and returns a clean copy, or throws InvalidInput.
 */
export function parseActionDraft(input: unknown): ActionDraft {
  if (typeof input !== 'object' || input === null) throw new InvalidInput('An action must be an object.');
  const { text, source, due } = input as Record<string, unknown>;
  const draft: ActionDraft = { text: parseText(text), source: parseSource(source) };
  if (due !== undefined) draft.due = parseDue(due);
  return draft;
}

/** Checks an edit from a page; throws InvalidInput naming what is wrong. */
export function parseActionEdit(input: unknown): ActionEdit {
  if (typeof input !== 'object' || input === null) throw new InvalidInput('An edit must be an object.');
  const { id, text, due } = input as Record<string, unknown>;
  const edit: ActionEdit = { id: parseId(id) };
  if (text !== undefined) edit.text = parseText(text);
  if (due === null) edit.due = null;
  else if (due !== undefined) edit.due = parseDue(due);
  const basedOn = parseBasedOn(input);
  if (basedOn !== undefined) edit.basedOn = basedOn;
  return edit;
}

/** Checks a status change from a page; throws InvalidInput naming what is wrong. */
export function parseStatusChange(input: unknown): StatusChange {
  if (typeof input !== 'object' || input === null)
    throw new InvalidInput('A status change must be an object.');
  const { id, status, reflection } = input as Record<string, unknown>;
  if (!ACTION_STATUSES.includes(status as ActionStatus)) {
    throw new InvalidInput('An action’s status is planned, done or let go.');
  }
  const change: StatusChange = { id: parseId(id), status: status as ActionStatus };
  const parsed = parseReflection(reflection);
  if (parsed !== undefined) {
    if (status !== 'done') throw new InvalidInput('A reflection can only be added to a done action.');
    change.reflection = parsed;
  }
  const basedOn = parseBasedOn(input);
  if (basedOn !== undefined) change.basedOn = basedOn;
  return change;
}

function parseBasedOn(input: object): number | undefined {
  const { basedOn } = input as Record<string, unknown>;
  if (basedOn === undefined) return undefined;
  if (!isJournalTime(basedOn))
    throw new InvalidInput('A change must say which version of the action it edits.');
  return basedOn;
}

/**
 * Checks a whole stored action (from an import, or handed back for undo) and
 * returns a clean copy, or throws InvalidInput naming the field that is wrong.
 */
export function parseStoredAction(input: unknown): Action {
  if (typeof input !== 'object' || input === null) throw new InvalidInput('it is not an object.');
  const record = input as Record<string, unknown>;
  const field = <T>(name: string, parse: (value: unknown) => T): T => {
    try {
      return parse(record[name]);
    } catch (error) {
      throw new InvalidInput(`field "${name}": ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const action: Action = {
    id: field('id', parseId),
    text: field('text', parseText),
    source: field('source', parseSource),
    status: field('status', (value) => {
      if (ACTION_STATUSES.includes(value as ActionStatus)) return value as ActionStatus;
      throw new InvalidInput('must be planned, done or let-go.');
    }),
    created: field('created', parseTime),
    updated: field('updated', parseTime),
  };
  if (record.due !== undefined) action.due = field('due', parseDue);
  const reflection = field('reflection', parseReflection);
  if (reflection !== undefined) action.reflection = reflection;
  if (record.doneAt !== undefined) action.doneAt = field('doneAt', parseTime);
  if (record.history !== undefined) action.history = field('history', parseHistory);
  return action;
}

/** The action after an edit, at time `now`. */
export function applyEdit(action: Action, edit: ActionEdit, now: number): Action {
  const next: Action = { ...action, updated: now };
  if (edit.text !== undefined) next.text = edit.text;
  if (edit.due === null) delete next.due;
  else if (edit.due !== undefined) next.due = edit.due;
  return next;
}

/**
 * The action in its new status, at time `now`. Leaving "done" moves the done
 * date and reflection into the action's history, so nothing written is lost.
 */
export function applyStatus(action: Action, change: StatusChange, now: number): Action {
  const next: Action = { ...action, status: change.status, updated: now };
  if (change.status === 'done') {
    next.doneAt = action.status === 'done' ? (action.doneAt ?? now) : now;
    if (change.reflection !== undefined) next.reflection = change.reflection;
  } else {
    if (action.status === 'done') {
      const past: PastDone = { doneAt: action.doneAt ?? action.updated };
      if (action.reflection !== undefined) past.reflection = action.reflection;
      next.history = [...(action.history ?? []), past].slice(-HISTORY_MAX);
    }
    delete next.doneAt;
    delete next.reflection;
  }
  return next;
}

function parseId(value: unknown): string {
  if (typeof value !== 'string' || value === '' || value.length > 100) {
    throw new InvalidInput('An action needs its id.');
  }
  return value;
}

function parseText(value: unknown): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed === '')
    throw new InvalidInput(`An action needs some text (up to ${ACTION_TEXT_MAX} characters).`);
  if (trimmed.length > ACTION_TEXT_MAX) throw new InvalidInput(tooLong(trimmed.length));
  return trimmed;
}

/** Said of text too long for an action, so a long note is never told it "needs some text". */
export function tooLong(length: number): string {
  return `An action can be up to ${ACTION_TEXT_MAX} characters; this text has ${length}. Shorten it, then save again.`;
}

function parseHistory(value: unknown): PastDone[] {
  if (!Array.isArray(value) || value.length > HISTORY_MAX) {
    throw new InvalidInput(`must be a list of up to ${HISTORY_MAX} past times done.`);
  }
  return value.map((item) => {
    const { doneAt, reflection } = (typeof item === 'object' && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    const past: PastDone = { doneAt: parseTime(doneAt) };
    const parsed = parseReflection(reflection);
    if (parsed !== undefined) past.reflection = parsed;
    return past;
  });
}

/**
 * A clean reflection, or undefined when there is none (absent, or every part
 * empty). A one-part reflection from before database version 4 (a string)
 * becomes the "What happened" part, so nothing written is lost.
 */
export function parseReflection(value: unknown): Reflection | undefined {
  if (value === undefined || value === null) return undefined;
  const parts: Record<string, unknown> = typeof value === 'string' ? { what: value } : toRecord(value);
  const unknownPart = Object.keys(parts).find(
    (key) => !(REFLECTION_PARTS as readonly string[]).includes(key),
  );
  if (unknownPart !== undefined) throw new InvalidInput(`A reflection has no part called "${unknownPart}".`);
  const reflection: Reflection = {};
  for (const part of REFLECTION_PARTS) {
    const text = parts[part];
    if (text === undefined) continue;
    if (typeof text !== 'string' || text.trim().length > REFLECTION_MAX) {
      throw new InvalidInput(`Each part of a reflection is text of up to ${REFLECTION_MAX} characters.`);
    }
    if (text.trim() !== '') reflection[part] = text.trim();
  }
  return Object.keys(reflection).length === 0 ? undefined : reflection;
}

function toRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    throw new InvalidInput('A reflection must have the parts what happened, so what and now what.');
  }
  return value as Record<string, unknown>;
}

/** The parts of a reflection that have words in them, in reading order. */
export function reflectionParts(reflection: Reflection | undefined): string[] {
  if (reflection === undefined) return [];
  return REFLECTION_PARTS.map((part) => reflection[part]).filter((text): text is string => !!text);
}

function parseDue(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new InvalidInput('A due date must be a date like 2026-06-06.');
  }
  if (!isJournalDay(value)) throw new InvalidInput('A due date must be between the years 2000 and 2100.');
  return value;
}

function parseTime(value: unknown): number {
  if (!isJournalTime(value)) {
    throw new InvalidInput('must be a date between the years 2000 and 2100, in epoch milliseconds.');
  }
  return value;
}

/** A real YYYY-MM-DD date: Date.parse would roll 2026-02-31 over into March. */
function isCalendarDate(value: string): boolean {
  if (!DUE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function parseSource(input: unknown): ActionSource {
  const bad = new InvalidInput('An action needs to say where it came from.');
  if (typeof input !== 'object' || input === null) throw bad;
  const source = input as Record<string, unknown>;
  switch (source.kind) {
    case 'own':
      return { kind: 'own' };
    case 'prompt':
      if (isContentId(source.promptId)) {
        return { kind: 'prompt', promptId: source.promptId };
      }
      throw bad;
    case 'conversation':
      if (isContentId(source.conversationId)) {
        return { kind: 'conversation', conversationId: source.conversationId };
      }
      throw bad;
    case 'hats':
      if (HAT_LENSES.includes(source.lens as HatLens)) return { kind: 'hats', lens: source.lens as HatLens };
      throw bad;
    default:
      throw bad;
  }
}

/** A new planned action from a checked draft. */
export function createAction(draft: ActionDraft, now: number, id: string): Action {
  return { id, ...draft, status: 'planned', created: now, updated: now };
}
