import * as v from 'valibot';
import { t } from '../i18n';
import { LANGUAGES, type Language } from '../i18n/languages';
import type { PromptAudience, PromptStep, WorkKind } from '../content/types';
import { WORK_KINDS } from '../nudges/types';

/**
 * A content pack, version 1: prompts, links and Conversations for Kindness an
 * organisation publishes for its staff (docs/packs/README.md describes every
 * field; docs/packs/kindling-pack.schema.json is the same format as JSON
 * Schema). Checked with valibot, which validates with plain functions, so it
 * runs under MV3's content security policy (no eval, no new Function).
 */

export const PACK_FORMAT = 'kindling-pack';
export const PACK_SCHEMA_VERSION = 1;
/** A bigger file is refused before it is parsed, so it cannot hold the page. */
export const PACK_BYTES_MAX = 1_000_000;
/** Prompts, links and conversations together. */
export const PACK_ITEMS_MAX = 500;
export const PROMPT_TEXT_MAX = 140;
/** The detail is what is saved as the action, so it fits an action (ACTION_TEXT_MAX). */
export const PROMPT_DETAIL_MAX = 500;
export const TITLE_MAX = 200;
export const SUMMARY_MAX = 1000;
export const NAME_MAX = 120;
export const SPEAKERS_MAX = 20;
export const URL_MAX = 2000;

export const AUDIENCES = ['patients', 'families', 'colleagues'] as const satisfies readonly PromptAudience[];
export const MODES = ['ask', 'listen', 'do'] as const satisfies readonly PromptStep[];
// The kinds of work a pack prompt may name are the ones a site can be set to.
export { WORK_KINDS };

/** A pack's own id: lower case, digits, hyphens and dots (a reversed domain name suits). */
export const PACK_ID_PATTERN = /^[a-z0-9][a-z0-9.-]{0,63}$/;
/** An item's id inside its pack. */
export const ITEM_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** One to four whole numbers with dots: "1", "1.2", "2026.12.1". */
export const VERSION_PATTERN = /^\d{1,9}(\.\d{1,9}){0,3}$/;
const MONTH_PATTERN = /^(20\d\d|2100)-(0[1-9]|1[0-2])$/;

/** Words in one or more of Kindling's languages; other language codes are ignored. */
export type Words = Partial<Record<Language, string>>;

export interface PackPrompt {
  id: string;
  audience: PromptAudience;
  mode: PromptStep;
  text: Words;
  /** The concrete action saved when someone chooses the prompt; the text itself when absent. */
  detail?: Words;
  /** Kinds of work the prompt fits best; empty means any. */
  kinds: WorkKind[];
}

export interface PackLink {
  id: string;
  title: Words;
  url: string;
}

export interface PackConversation {
  id: string;
  /** YYYY-MM: only the month is known. */
  date: string;
  /** As published (a fact), in its own language. */
  title: string;
  speakers: string[];
  summary: Words;
  link: string;
}

export interface Pack {
  format: typeof PACK_FORMAT;
  schemaVersion: typeof PACK_SCHEMA_VERSION;
  id: string;
  version: string;
  name: string;
  publisher: string;
  prompts: PackPrompt[];
  links: PackLink[];
  conversations: PackConversation[];
}

export type PackReading = { ok: true; pack: Pack } | { ok: false; problem: string };

// Messages are functions, so each is written in the language spoken when the pack is read.

/** An object's message: a missing field is reported at its own path as missing. */
const objectMessage = (issue: v.BaseIssue<unknown>) =>
  issue.received === 'undefined' ? t('packs.problem.missing') : t('packs.problem.object');

const text = (max: number) =>
  v.pipe(
    v.string(() => t('packs.problem.text', { max })),
    v.trim(),
    v.minLength(1, () => t('packs.problem.text', { max })),
    v.maxLength(max, () => t('packs.problem.text', { max })),
  );

const words = (max: number) =>
  v.pipe(
    v.object(
      Object.fromEntries(LANGUAGES.map((code) => [code, v.optional(text(max))])) as Record<
        Language,
        v.OptionalSchema<ReturnType<typeof text>, undefined>
      >,
      objectMessage,
    ),
    v.check(
      (value) => LANGUAGES.some((code) => value[code] !== undefined),
      () => t('packs.problem.words', { codes: LANGUAGES.join(', ') }),
    ),
    v.transform((value): Words => {
      const out: Words = {};
      for (const code of LANGUAGES) if (value[code] !== undefined) out[code] = value[code];
      return out;
    }),
  );

const httpsUrl = v.pipe(
  v.string(() => t('packs.problem.https')),
  v.trim(),
  v.maxLength(URL_MAX, () => t('packs.problem.https')),
  v.check(isHttpsUrl, () => t('packs.problem.https')),
);

const itemId = v.pipe(
  v.string(() => t('packs.problem.itemId')),
  v.regex(ITEM_ID_PATTERN, () => t('packs.problem.itemId')),
);

const list = <Item extends v.GenericSchema>(item: Item) =>
  v.optional(
    v.array(item, () => t('packs.problem.list')),
    [],
  );

const promptSchema = v.object(
  {
    id: itemId,
    audience: v.picklist(AUDIENCES, () => t('packs.problem.audience')),
    mode: v.picklist(MODES, () => t('packs.problem.mode')),
    text: words(PROMPT_TEXT_MAX),
    detail: v.optional(words(PROMPT_DETAIL_MAX)),
    kinds: list(v.picklist(WORK_KINDS, () => t('packs.problem.kind'))),
  },
  objectMessage,
);

const linkSchema = v.object({ id: itemId, title: words(TITLE_MAX), url: httpsUrl }, objectMessage);

const conversationSchema = v.object(
  {
    id: itemId,
    date: v.pipe(
      v.string(() => t('packs.problem.month')),
      v.regex(MONTH_PATTERN, () => t('packs.problem.month')),
    ),
    title: text(TITLE_MAX),
    speakers: v.pipe(
      list(text(NAME_MAX)),
      v.maxLength(SPEAKERS_MAX, () => t('packs.problem.speakers', { max: SPEAKERS_MAX })),
    ),
    summary: words(SUMMARY_MAX),
    link: httpsUrl,
  },
  objectMessage,
);

const packSchema = v.object(
  {
    format: v.literal(PACK_FORMAT, () => t('packs.problem.format')),
    schemaVersion: v.literal(PACK_SCHEMA_VERSION),
    id: v.pipe(
      v.string(() => t('packs.problem.packId')),
      v.regex(PACK_ID_PATTERN, () => t('packs.problem.packId')),
    ),
    version: v.pipe(
      v.string(() => t('packs.problem.version')),
      v.regex(VERSION_PATTERN, () => t('packs.problem.version')),
    ),
    name: text(NAME_MAX),
    publisher: text(NAME_MAX),
    prompts: list(promptSchema),
    links: list(linkSchema),
    conversations: list(conversationSchema),
  },
  objectMessage,
);

/**
 * Reads a content pack that has been parsed from JSON: a clean copy, or the
 * first problem with the item and field it is in named, as
 * `prompts[3].text: …` (items count from 0, as in a JSON path).
 */
export function readPack(json: unknown): PackReading {
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== PACK_FORMAT) {
    return { ok: false, problem: t('packs.problem.format') };
  }
  const { schemaVersion } = json as { schemaVersion?: unknown };
  if (schemaVersion !== PACK_SCHEMA_VERSION) {
    return {
      ok: false,
      problem: t('packs.problem.schemaVersion', { found: JSON.stringify(schemaVersion) ?? '—' }),
    };
  }
  const early = tooManyItems(json);
  if (early) return { ok: false, problem: early };
  const result = v.safeParse(packSchema, json, { abortEarly: true });
  if (!result.success) return { ok: false, problem: describe(result.issues[0]) };
  const pack = result.output;
  const count = pack.prompts.length + pack.links.length + pack.conversations.length;
  if (count === 0) return { ok: false, problem: t('packs.problem.empty') };
  for (const part of ['prompts', 'links', 'conversations'] as const) {
    const seen = new Set<string>();
    for (const [index, item] of pack[part].entries()) {
      if (seen.has(item.id)) {
        return {
          ok: false,
          problem: `${part}[${index}].id: ${t('packs.problem.duplicate', { id: item.id })}`,
        };
      }
      seen.add(item.id);
    }
  }
  return { ok: true, pack: pack as Pack };
}

/** Reads a pack file's text: refused unread when over 1 MB, or when it is not JSON. */
export function readPackText(content: string): PackReading {
  // UTF-16 length: at most the file's UTF-8 size for the ASCII most packs are, close enough as a guard.
  if (content.length > PACK_BYTES_MAX) return { ok: false, problem: tooBig(content.length) };
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return { ok: false, problem: t('packs.problem.notJson') };
  }
  return readPack(json);
}

/** Said of a file over the size limit, before reading it. */
export function tooBig(bytes: number): string {
  return t('packs.problem.tooBig', {
    size: Math.ceil(bytes / 100_000) / 10,
    max: PACK_BYTES_MAX / 1_000_000,
  });
}

/** Counted before any item is checked, so a pack of a million items is refused at once. */
function tooManyItems(json: object): string | null {
  const record = json as Record<string, unknown>;
  const count = ['prompts', 'links', 'conversations'].reduce(
    (sum, part) => sum + (Array.isArray(record[part]) ? (record[part] as unknown[]).length : 0),
    0,
  );
  return count > PACK_ITEMS_MAX ? t('packs.problem.tooMany', { max: PACK_ITEMS_MAX, count }) : null;
}

/** `prompts[3].text.fr: …`, or the message alone for the pack as a whole. */
function describe(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** A whole https:// address with a host, no user name or password in it. */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/**
 * Compares two versions part by part as whole numbers, a missing part
 * counting as 0: "1.10" is newer than "1.9", and "1.2" equals "1.2.0".
 */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

/** The format's objects, so a test keeps the published JSON Schema (docs/packs) in step with them. */
export const PACK_SCHEMAS = {
  pack: packSchema,
  prompt: promptSchema,
  link: linkSchema,
  conversation: conversationSchema,
} as const;
