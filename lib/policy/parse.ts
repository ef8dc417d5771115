import { languageOfTag, type Language } from '../i18n/languages';
import { minutesOf } from '../nudges/quiet';
import { PACES, type Pace } from '../nudges/schedule';
import { parseWmtyDay } from '../prompts/today';
import { isSitePattern, siteOf } from '../sites';

/** The settings an organisation may give a default for, and lock; names are the public policy keys. */
export const POLICY_SETTINGS = ['pace', 'quietHours', 'language', 'badge', 'reminders', 'wmtyDay'] as const;
export type PolicySetting = (typeof POLICY_SETTINGS)[number];

/** Features an organisation may switch off everywhere. */
export const FEATURES = ['nudges', 'checkin', 'conversations', 'reminders', 'export'] as const;
export type Feature = (typeof FEATURES)[number];

/** Quiet hours as minutes after local midnight, as the prompt schedule keeps them. */
export interface QuietHours {
  from: number;
  to: number;
}

/** Values of the settings a policy can set, in Kindling's own form. */
export interface SettingValues {
  pace: Pace;
  quietHours: QuietHours | null;
  language: Language;
  badge: boolean;
  reminders: boolean;
  wmtyDay: string;
}

/** An organisation's managed policy, every value checked. Absent keys mean "no say". */
export interface Policy {
  organization?: { name: string; supportUrl?: string };
  /** Recommended sites, as Kindling site patterns ("https://ehr.example.org/*"). */
  sites: string[];
  /** Patterns where Kindling never runs; a host may start with "*." and the scheme may be "*". */
  blockedSites: string[];
  settings: Partial<SettingValues>;
  locked: PolicySetting[];
  disabledFeatures: Feature[];
  showWelcome: boolean;
  /** Passed on unread: the content pack module checks it (lib/packs). */
  contentPack?: unknown;
}

/** Why a policy value could not be used; each has a sentence in the catalogue (policy.reason.*). */
export type ProblemReason =
  | 'notObject'
  | 'notName'
  | 'notHttps'
  | 'notList'
  | 'notPattern'
  | 'notPace'
  | 'notQuietHours'
  | 'notLanguage'
  | 'notYesNo'
  | 'notDay'
  | 'notSetting'
  | 'notFeature'
  | 'nothingToLock'
  | 'unknownKey';

/** A key (or one element, or sub-key) of the policy that was ignored, and why. */
export interface PolicyProblem {
  /** Where in the policy, as an administrator writes it: "settings.pace", "sites[2]". */
  key: string;
  reason: ProblemReason;
}

export const EMPTY_POLICY: Policy = {
  sites: [],
  blockedSites: [],
  settings: {},
  locked: [],
  disabledFeatures: [],
  showWelcome: true,
};

const TOP_KEYS = [
  'organization',
  'sites',
  'blockedSites',
  'settings',
  'locked',
  'disabledFeatures',
  'showWelcome',
  'contentPack',
] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An https URL an organisation may link to for support, or null. */
function httpsUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}

/** A pattern Kindling can block: a site pattern, or one whose scheme is "*" or host starts with "*.". */
export function isBlockPattern(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\*|https?):\/\/(\*\.)?([^/*]+)\/\*$/.exec(value);
  if (!match) return false;
  const host = siteOf(`https://${match[3]}/`)?.host;
  return host === match[3];
}

/** Whether a blocked pattern covers a site pattern ("https://ehr.example.org/*"). */
export function blocks(blocked: string, sitePattern: string): boolean {
  const block = /^(\*|https?):\/\/(\*\.)?([^/*]+)\/\*$/.exec(blocked);
  const site = /^(https?):\/\/([^/*]+)\/\*$/.exec(sitePattern);
  if (!block || !site) return false;
  const [, scheme, wildcard, host] = block;
  if (scheme !== '*' && scheme !== site[1]) return false;
  return wildcard ? site[2] === host || site[2]!.endsWith(`.${host}`) : site[2] === host;
}

type Checked = { value: SettingValues[PolicySetting] } | { reason: ProblemReason };

function parseSetting(name: PolicySetting, value: unknown): Checked {
  const either = (ok: boolean, reason: ProblemReason, kept: unknown = value): Checked =>
    ok ? { value: kept as SettingValues[PolicySetting] } : { reason };
  switch (name) {
    case 'pace':
      return either((PACES as readonly unknown[]).includes(value), 'notPace');
    case 'quietHours': {
      const hours = isRecord(value) ? value : {};
      const from = typeof hours.from === 'string' ? minutesOf(hours.from) : null;
      const to = typeof hours.until === 'string' ? minutesOf(hours.until) : null;
      return either(from !== null && to !== null && from !== to, 'notQuietHours', { from, to });
    }
    case 'language': {
      const language = typeof value === 'string' ? languageOfTag(value) : undefined;
      return either(language !== undefined, 'notLanguage', language);
    }
    case 'badge':
    case 'reminders':
      return either(typeof value === 'boolean', 'notYesNo');
    case 'wmtyDay':
      // parseWmtyDay answers the default for anything that is not a real MM-DD day.
      return either(typeof value === 'string' && parseWmtyDay(value) === value, 'notDay');
  }
}

/**
 * Checks an organisation's managed policy key by key. A bad value ignores
 * only that key (or that one element or sub-key): everything else applies,
 * and each ignored value is named in `problems` so settings can say why.
 */
export function parsePolicy(raw: Record<string, unknown> | null | undefined): {
  policy: Policy;
  problems: PolicyProblem[];
} {
  const policy: Policy = { ...EMPTY_POLICY, settings: {} };
  const problems: PolicyProblem[] = [];
  const problem = (key: string, reason: ProblemReason) => problems.push({ key, reason });
  const input = isRecord(raw) ? raw : {};

  for (const key of Object.keys(input)) {
    if (!(TOP_KEYS as readonly string[]).includes(key)) problem(key, 'unknownKey');
  }

  const { organization } = input;
  if (organization !== undefined) {
    const name =
      isRecord(organization) && typeof organization.name === 'string' ? organization.name.trim() : '';
    if (!isRecord(organization)) problem('organization', 'notObject');
    else if (!name || name.length > 100) problem('organization.name', 'notName');
    else {
      policy.organization = { name };
      if (organization.supportUrl !== undefined) {
        const url = httpsUrl(organization.supportUrl);
        if (url) policy.organization.supportUrl = url;
        else problem('organization.supportUrl', 'notHttps');
      }
    }
  }

  const list = <T extends string>(
    key: string,
    accept: (value: unknown) => value is T,
    reason: ProblemReason,
  ) => {
    const value = input[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      problem(key, 'notList');
      return [];
    }
    const kept: T[] = [];
    value.forEach((each: unknown, index) => {
      if (accept(each)) {
        if (!kept.includes(each)) kept.push(each);
      } else problem(`${key}[${index}]`, reason);
    });
    return kept;
  };

  policy.sites = list('sites', isSitePattern, 'notPattern');
  policy.blockedSites = list('blockedSites', isBlockPattern, 'notPattern');
  policy.disabledFeatures = list(
    'disabledFeatures',
    (value): value is Feature => (FEATURES as readonly unknown[]).includes(value),
    'notFeature',
  );

  if (input.settings !== undefined) {
    if (!isRecord(input.settings)) problem('settings', 'notObject');
    else {
      for (const [name, value] of Object.entries(input.settings)) {
        if (!(POLICY_SETTINGS as readonly string[]).includes(name)) {
          problem(`settings.${name}`, 'unknownKey');
          continue;
        }
        const checked = parseSetting(name as PolicySetting, value);
        if ('reason' in checked) problem(`settings.${name}`, checked.reason);
        else (policy.settings as Record<string, unknown>)[name] = checked.value;
      }
    }
  }

  const locked = list(
    'locked',
    (value): value is PolicySetting => (POLICY_SETTINGS as readonly unknown[]).includes(value),
    'notSetting',
  );
  // A lock needs a value to hold: a locked setting whose default was missing or bad stays the user's.
  policy.locked = locked.filter((name) => {
    if (policy.settings[name] !== undefined) return true;
    problem(`locked.${name}`, 'nothingToLock');
    return false;
  });

  if (input.showWelcome !== undefined) {
    if (typeof input.showWelcome === 'boolean') policy.showWelcome = input.showWelcome;
    else problem('showWelcome', 'notYesNo');
  }
  if (input.contentPack !== undefined) policy.contentPack = input.contentPack;

  return { policy, problems };
}

/** Whether the organisation switched a feature off. */
export const isDisabled = (policy: Policy, feature: Feature): boolean =>
  policy.disabledFeatures.includes(feature);

/** The first blocked pattern that covers a site, if any. */
export const blockedBy = (policy: Policy, sitePattern: string): string | undefined =>
  policy.blockedSites.find((blocked) => blocks(blocked, sitePattern));
