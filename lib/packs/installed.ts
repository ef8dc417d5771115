import { t } from '../i18n';
import { compareVersions, readPack, type Pack } from './format';

/** Where an installed pack came from: a file someone imported, or the organisation's policy. */
export type PackSource = 'file' | 'policy';

/** A pack as Kindling keeps it in browser.storage.local. */
export interface InstalledPack {
  pack: Pack;
  source: PackSource;
  /** Epoch milliseconds. */
  installedAt: number;
}

/** The most packs kept at once. */
export const PACKS_MAX = 20;

export type PackChange =
  | { ok: true; packs: InstalledPack[]; installed: InstalledPack; replaced: InstalledPack | null }
  | { ok: false; problem: string };

/**
 * Adds a pack from a file. A newer version of a pack replaces the one kept;
 * the same or an older version, or a pack the organisation manages, is
 * refused and nothing changes.
 */
export function addPackFromFile(packs: readonly InstalledPack[], pack: Pack, now: number): PackChange {
  const old = packs.find((each) => each.pack.id === pack.id) ?? null;
  if (old?.source === 'policy') {
    return { ok: false, problem: t('packs.problem.managed', { name: old.pack.name }) };
  }
  if (old && compareVersions(pack.version, old.pack.version) <= 0) {
    return {
      ok: false,
      problem: t('packs.problem.older', {
        installed: old.pack.version,
        name: old.pack.name,
        version: pack.version,
      }),
    };
  }
  if (!old && packs.length >= PACKS_MAX) {
    return { ok: false, problem: t('packs.problem.tooManyPacks', { max: PACKS_MAX }) };
  }
  const installed: InstalledPack = { pack, source: 'file', installedAt: now };
  return {
    ok: true,
    packs: old ? packs.map((each) => (each === old ? installed : each)) : [...packs, installed],
    installed,
    replaced: old,
  };
}

/** Removes a pack someone imported; the organisation's pack stays. */
export function removePack(
  packs: readonly InstalledPack[],
  id: string,
): { ok: true; packs: InstalledPack[]; removed: InstalledPack } | { ok: false; problem: string } {
  const found = packs.find((each) => each.pack.id === id);
  if (!found) return { ok: false, problem: t('packs.problem.unknown') };
  if (found.source === 'policy') {
    return { ok: false, problem: t('packs.problem.managed', { name: found.pack.name }) };
  }
  return { ok: true, packs: packs.filter((each) => each !== found), removed: found };
}

/**
 * The packs with the organisation's pack set to `pack` (none: null). The
 * organisation decides its version, so an older one is taken too, and it
 * takes the place of an imported pack with the same id.
 */
export function withPolicyPack(
  packs: readonly InstalledPack[],
  pack: Pack | null,
  now: number,
): InstalledPack[] {
  const current = packs.find((each) => each.source === 'policy');
  if (pack && current && JSON.stringify(current.pack) === JSON.stringify(pack)) return [...packs];
  const others = packs.filter((each) => each.source !== 'policy' && each.pack.id !== pack?.id);
  return pack ? [{ pack, source: 'policy', installedAt: now }, ...others] : others;
}

/** The packs kept in storage, each checked again; anything unreadable there is left out. */
export function parseInstalled(value: unknown): InstalledPack[] {
  if (!Array.isArray(value)) return [];
  const out: InstalledPack[] = [];
  for (const entry of value.slice(0, PACKS_MAX + 1)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { pack, source, installedAt } = entry as Record<string, unknown>;
    const read = readPack(pack);
    if (!read.ok || (source !== 'file' && source !== 'policy')) continue;
    out.push({ pack: read.pack, source, installedAt: typeof installedAt === 'number' ? installedAt : 0 });
  }
  return out;
}
