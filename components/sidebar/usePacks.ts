import { useMemo } from 'preact/hooks';
import { parseInstalled, type InstalledPack } from '@/lib/packs/installed';
import { settings } from '@/lib/settings';
import { useSetting } from './useSetting';

/** The installed content packs (null until read), kept live as settings or policy change them. */
export function usePacks(): InstalledPack[] | null {
  const stored = useSetting(settings.packs);
  return useMemo(() => (stored === null ? null : parseInstalled(stored)), [stored]);
}
