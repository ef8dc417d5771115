import { isJournalTime } from './time';
import { ACTION_TEXT_MAX, HAT_LENSES, InvalidInput, type HatLens } from './actions';

/** The kinds of meeting a check-in can prepare. */
export const MEETING_TYPES = ['huddle', 'board', 'incident', 'planning', 'one-to-one'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/** How long a check-in runs, in minutes. */
export const CHECKIN_LENGTHS = [5, 10, 15] as const;
export type CheckinLength = (typeof CHECKIN_LENGTHS)[number];

/** Longest note kept for one lens, or for "whose voice is missing?". */
export const CHECKIN_NOTE_MAX = 2000;

/** A note that became a saved action during the check-in. */
export interface ChosenAction {
  /** The saved action's id in the actions store. */
  id: string;
  lens: HatLens;
  /** The action's text when it was chosen, so the summary stands on its own. */
  text: string;
}

/**
 * A leader's kindness check-in before a meeting, as stored in IndexedDB
 * (store `checkins`, from database version 2).
 */
export interface Checkin {
  id: string;
  /** Epoch milliseconds. */
  created: number;
  /** Epoch milliseconds; changes with every save, and the newer one wins when merging. */
  updated: number;
  meetingType: MeetingType;
  minutes: CheckinLength;
  /** Notes per lens; a lens without notes is absent. */
  notes: Partial<Record<HatLens, string>>;
  /** Notes on whose voice is missing from the meeting. */
  voiceNotes: string;
  /** Lenses talked through (not skipped), in the order of the hats. */
  covered: HatLens[];
  actions: ChosenAction[];
  /** Epoch milliseconds. */
  started: number;
  /** Epoch milliseconds; absent while the check-in is still open. */
  finished?: number;
}

/** What a page sends to begin a check-in. */
export interface CheckinStart {
  meetingType: MeetingType;
  minutes: CheckinLength;
}

/** A new, empty check-in. */
export function createCheckin(start: CheckinStart, now: number, id: string): Checkin {
  return {
    id,
    created: now,
    updated: now,
    meetingType: start.meetingType,
    minutes: start.minutes,
    notes: {},
    voiceNotes: '',
    covered: [],
    actions: [],
    started: now,
  };
}

/** Checks what a page sent to begin a check-in. */
export function parseCheckinStart(input: unknown): CheckinStart {
  if (typeof input !== 'object' || input === null) throw new InvalidInput('A check-in must be an object.');
  const { meetingType, minutes } = input as Record<string, unknown>;
  return { meetingType: parseMeetingType(meetingType), minutes: parseLength(minutes) };
}

/**
 * Checks a stored or imported check-in and returns a clean copy, or throws
 * InvalidInput saying what is wrong. Import uses it, so it must accept every
 * check-in Kindling itself has ever written.
 */
export function parseCheckin(input: unknown): Checkin {
  if (typeof input !== 'object' || input === null) throw new InvalidInput('A check-in must be an object.');
  const record = input as Record<string, unknown>;
  const { id, created, updated, started, finished } = record;
  if (typeof id !== 'string' || id === '') throw new InvalidInput('A check-in needs an id.');
  const years = 'between the years 2000 and 2100';
  if (!isJournalTime(created) || !isJournalTime(updated))
    throw new InvalidInput(`A check-in needs its created and updated times, ${years}.`);
  if (!isJournalTime(started)) throw new InvalidInput(`A check-in needs the time it started, ${years}.`);
  if (finished !== undefined && !isJournalTime(finished)) {
    throw new InvalidInput(`A check-in’s finishing time must be a date ${years}.`);
  }
  const checkin: Checkin = {
    id,
    created,
    updated,
    meetingType: parseMeetingType(record.meetingType),
    minutes: parseLength(record.minutes),
    notes: parseNotes(record.notes),
    voiceNotes: parseNote(record.voiceNotes, 'The notes on whose voice is missing'),
    covered: parseCovered(record.covered),
    actions: parseChosenActions(record.actions),
    started,
  };
  if (finished !== undefined) checkin.finished = finished;
  return checkin;
}

function parseMeetingType(value: unknown): MeetingType {
  if (MEETING_TYPES.includes(value as MeetingType)) return value as MeetingType;
  throw new InvalidInput(`A check-in’s meeting type must be one of: ${MEETING_TYPES.join(', ')}.`);
}

function parseLength(value: unknown): CheckinLength {
  if (CHECKIN_LENGTHS.includes(value as CheckinLength)) return value as CheckinLength;
  throw new InvalidInput(`A check-in lasts ${CHECKIN_LENGTHS.join(', ')} minutes, not ${String(value)}.`);
}

function parseNote(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length > CHECKIN_NOTE_MAX) {
    throw new InvalidInput(`${what} must be text of up to ${CHECKIN_NOTE_MAX} characters.`);
  }
  return value;
}

function isLens(value: unknown): value is HatLens {
  return HAT_LENSES.includes(value as HatLens);
}

function parseNotes(value: unknown): Partial<Record<HatLens, string>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidInput('A check-in’s notes must be kept per lens.');
  }
  const notes: Partial<Record<HatLens, string>> = {};
  for (const [lens, note] of Object.entries(value)) {
    if (!isLens(lens)) throw new InvalidInput(`A check-in has notes for an unknown lens: ${lens}.`);
    const text = parseNote(note, `The ${lens} lens notes`);
    if (text !== '') notes[lens] = text;
  }
  return notes;
}

function parseCovered(value: unknown): HatLens[] {
  if (!Array.isArray(value) || !value.every(isLens)) {
    throw new InvalidInput('A check-in’s covered lenses must be hat lenses.');
  }
  return HAT_LENSES.filter((lens) => value.includes(lens));
}

function parseChosenActions(value: unknown): ChosenAction[] {
  if (!Array.isArray(value)) throw new InvalidInput('A check-in’s chosen actions must be a list.');
  return value.map((item) => {
    const { id, lens, text } = (typeof item === 'object' && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    if (typeof id !== 'string' || id === '' || !isLens(lens)) {
      throw new InvalidInput('Each action chosen in a check-in needs its action id and its lens.');
    }
    if (typeof text !== 'string' || text.trim() === '' || text.length > ACTION_TEXT_MAX) {
      throw new InvalidInput(
        `Each action chosen in a check-in needs text (up to ${ACTION_TEXT_MAX} characters).`,
      );
    }
    return { id, lens, text };
  });
}
