import { InvalidInput } from '../db/actions';
import { t, type MessageKey } from '../i18n';
import { timeOf } from '../nudges/quiet';
import { PACES, type NudgePrefs, type Pace } from '../nudges/schedule';
import { WORK_KINDS, type SitePrefs } from '../nudges/types';
import { isSitePattern, siteOf } from '../sites';

/**
 * The settings a user chose, as an export carries them. Internal state (the
 * prompt schedule, which actions were already reminded about) is left out.
 */
export interface SettingsExport {
  /** Enabled sites, as match patterns. */
  sites: string[];
  /** Launcher side, slim tab and kind of work, per site pattern. */
  sitePrefs: Record<string, SitePrefs>;
  nudges: NudgePrefs;
  badge: boolean;
  reminders: boolean;
  /** HH:MM, local time. */
  reminderTime: string;
}

/** Where each setting lives in browser.storage.local (the keys lib/settings.ts and the site manager use). */
export const SETTINGS_STORAGE = {
  sitePrefs: 'settings.sitePrefs',
  nudges: 'settings.nudges',
  badge: 'settings.badge',
  reminders: 'settings.reminders',
  reminderTime: 'settings.reminderTime',
} as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function refuse(key: string, why: string): never {
  throw new InvalidInput(`Settings, “${key}”: ${why} Nothing was imported.`);
}

function record(value: unknown, key: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    refuse(key, 'this is not a list of values.');
  return value as Record<string, unknown>;
}

function bool(value: unknown, key: string): boolean {
  if (typeof value !== 'boolean') refuse(key, 'must be true or false.');
  return value;
}

function parseQuiet(value: unknown): NudgePrefs['quiet'] {
  if (value === null) return null;
  const quiet = record(value, 'nudges.quiet');
  const minute = (edge: 'from' | 'to') => {
    const v = quiet[edge];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= 1440) {
      refuse(`nudges.quiet.${edge}`, 'must be a time of day in minutes after midnight (0 to 1439).');
    }
    return v;
  };
  const from = minute('from');
  const to = minute('to');
  if (from === to) refuse('nudges.quiet', 'quiet hours cannot start and end at the same time.');
  return { from, to };
}

function parsePrefs(value: unknown, pattern: string): SitePrefs {
  const prefs = record(value, `sitePrefs.${pattern}`);
  if (prefs.side !== 'left' && prefs.side !== 'right')
    refuse(`sitePrefs.${pattern}.side`, 'must be left or right.');
  const collapsed = bool(prefs.collapsed, `sitePrefs.${pattern}.collapsed`);
  const workKind = prefs.workKind ?? null;
  if (workKind !== null && !(WORK_KINDS as readonly unknown[]).includes(workKind)) {
    refuse(`sitePrefs.${pattern}.workKind`, `must be one of ${WORK_KINDS.join(', ')}, or empty.`);
  }
  // Exports made before issue 9 have no `prompts`: prompts stayed on there.
  const prompts = prefs.prompts === undefined ? true : bool(prefs.prompts, `sitePrefs.${pattern}.prompts`);
  return { side: prefs.side, collapsed, workKind: workKind as SitePrefs['workKind'], prompts };
}

/**
 * Checks an export's settings as a whole; throws InvalidInput naming the
 * first key that is wrong, so a file with one bad value changes nothing.
 */
export function parseSettingsExport(input: unknown): SettingsExport {
  const raw = record(input, 'settings');
  if (!Array.isArray(raw.sites)) refuse('sites', 'must be a list of sites.');
  const sites = raw.sites.map((pattern: unknown, index) => {
    if (!isSitePattern(pattern))
      refuse(`sites.${index + 1}`, 'is not a site address like https://ward.example.org/*.');
    return pattern;
  });
  const prefsIn = record(raw.sitePrefs, 'sitePrefs');
  const sitePrefs: Record<string, SitePrefs> = {};
  for (const [pattern, prefs] of Object.entries(prefsIn)) {
    if (!isSitePattern(pattern))
      refuse(`sitePrefs.${String(pattern).slice(0, 60)}`, 'is not a site address.');
    sitePrefs[pattern] = parsePrefs(prefs, pattern);
  }
  const nudges = record(raw.nudges, 'nudges');
  if (!(PACES as readonly unknown[]).includes(nudges.pace)) {
    refuse(
      'nudges.pace',
      `must be one of ${PACES.join(', ')} (minutes between prompts; 0 means only when asked).`,
    );
  }
  const quiet = parseQuiet(nudges.quiet ?? null);
  const badge = bool(raw.badge, 'badge');
  const reminders = bool(raw.reminders, 'reminders');
  if (typeof raw.reminderTime !== 'string' || !TIME.test(raw.reminderTime)) {
    refuse('reminderTime', 'must be a time like 09:00.');
  }
  return {
    sites: [...new Set(sites)],
    sitePrefs,
    nudges: { pace: nudges.pace as Pace, quiet },
    badge,
    reminders,
    reminderTime: raw.reminderTime,
  };
}

/**
 * The settings after a restore: every value from the file, and the file's
 * sites added to the ones already enabled (a restore never removes a site).
 */
export function restoredSettings(current: SettingsExport, file: SettingsExport): SettingsExport {
  return {
    ...file,
    sites: [...new Set([...current.sites, ...file.sites])],
    sitePrefs: { ...current.sitePrefs, ...file.sitePrefs },
  };
}

const host = (pattern: string) => siteOf(pattern.replace(/\*$/, ''))?.host ?? pattern;
const paceWords = (pace: Pace) => t(`options.nudges.pace.${pace}` as MessageKey);
const onOff = (on: boolean) => t(on ? 'journal.restore.on' : 'journal.restore.off');
const quietWords = (quiet: NudgePrefs['quiet']) =>
  quiet
    ? t('journal.restore.quietHours', { from: timeOf(quiet.from), until: timeOf(quiet.to) })
    : t('journal.restore.noQuiet');
const sideWords = (prefs: SitePrefs) =>
  [
    t(prefs.side === 'left' ? 'options.sites.side.left' : 'options.sites.side.right'),
    prefs.collapsed ? t('options.sites.collapsed') : null,
    prefs.workKind ? t(`options.sites.workKind.${prefs.workKind}` as MessageKey) : null,
  ]
    .filter(Boolean)
    .join(', ');

/** What a restore would change, one plain sentence per change; empty when nothing would. */
export function settingsChanges(current: SettingsExport, next: SettingsExport): string[] {
  const changes: string[] = [];
  for (const pattern of next.sites) {
    if (!current.sites.includes(pattern)) changes.push(t('journal.restore.addSite', { host: host(pattern) }));
  }
  for (const [pattern, prefs] of Object.entries(next.sitePrefs)) {
    const before = current.sitePrefs[pattern];
    if (!next.sites.includes(pattern)) continue;
    if (!before || JSON.stringify(before) !== JSON.stringify(prefs)) {
      changes.push(t('journal.restore.sitePrefs', { host: host(pattern), prefs: sideWords(prefs) }));
    }
  }
  if (current.nudges.pace !== next.nudges.pace) {
    changes.push(
      t('journal.restore.pace', { from: paceWords(current.nudges.pace), to: paceWords(next.nudges.pace) }),
    );
  }
  if (JSON.stringify(current.nudges.quiet) !== JSON.stringify(next.nudges.quiet)) {
    changes.push(
      t('journal.restore.quiet', {
        from: quietWords(current.nudges.quiet),
        to: quietWords(next.nudges.quiet),
      }),
    );
  }
  if (current.badge !== next.badge) {
    changes.push(t('journal.restore.badge', { from: onOff(current.badge), to: onOff(next.badge) }));
  }
  if (current.reminders !== next.reminders) {
    changes.push(
      t('journal.restore.reminders', { from: onOff(current.reminders), to: onOff(next.reminders) }),
    );
  }
  if (current.reminderTime !== next.reminderTime) {
    changes.push(t('journal.restore.reminderTime', { from: current.reminderTime, to: next.reminderTime }));
  }
  return changes;
}

/** The storage writes for a restore, as one object for one browser.storage.local.set. */
export function settingsStorage(next: SettingsExport): Record<string, unknown> {
  return {
    [SETTINGS_STORAGE.sitePrefs]: next.sitePrefs,
    [SETTINGS_STORAGE.nudges]: next.nudges,
    [SETTINGS_STORAGE.badge]: next.badge,
    [SETTINGS_STORAGE.reminders]: next.reminders,
    [SETTINGS_STORAGE.reminderTime]: next.reminderTime,
  };
}
