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
  /** What happened, what mattered: added when the action is done. */
  reflection?: string;
}

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

/** Bad input that must change nothing; its message is shown to the user. */
export class InvalidInput extends Error {
  override name = 'InvalidInput';
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,80}$/;
const DUE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks a draft that arrived over messaging (from any page or the content
 * script) and returns a clean copy, or throws InvalidInput.
 */
export function parseActionDraft(input: unknown): ActionDraft {
  if (typeof input !== 'object' || input === null) throw new InvalidInput('An action must be an object.');
  const { text, source, due } = input as Record<string, unknown>;
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (trimmed === '' || trimmed.length > ACTION_TEXT_MAX) {
    throw new InvalidInput(`An action needs some text (up to ${ACTION_TEXT_MAX} characters).`);
  }
  const draft: ActionDraft = { text: trimmed, source: parseSource(source) };
  if (due !== undefined) {
    if (typeof due !== 'string' || !isCalendarDate(due)) {
      throw new InvalidInput('A due date must be a date like 2026-06-06.');
    }
    draft.due = due;
  }
  return draft;
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
      if (typeof source.promptId === 'string' && ID_PATTERN.test(source.promptId)) {
        return { kind: 'prompt', promptId: source.promptId };
      }
      throw bad;
    case 'conversation':
      if (typeof source.conversationId === 'string' && ID_PATTERN.test(source.conversationId)) {
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
