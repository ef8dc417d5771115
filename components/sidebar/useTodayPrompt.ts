import { useEffect, useState } from 'preact/hooks';
import { prompts } from '@/lib/content';
import { language } from '@/lib/i18n';
import { packPrompts, type ShownPrompt } from '@/lib/packs/items';
import { request } from '@/lib/messages';
import {
  anotherCount,
  localDay,
  parseAudience,
  todayPrompt,
  workKindOf,
  type AudienceChoice,
  type TodayPrompt,
} from '@/lib/prompts/today';
import { settings } from '@/lib/settings';
import type { WorkKind } from '@/lib/content';
import { useSetting } from './useSetting';
import { usePolicy } from '@/components/shared/usePolicy';
import { usePacks } from './usePacks';
import { localPrompt } from '@/lib/content/localize';

export interface TodayState extends TodayPrompt<ShownPrompt> {
  audience: AudienceChoice;
  setAudience(audience: AudienceChoice): void;
  another(): void;
  notForMe(): void;
}

/** Today's prompt for this user and this site, with the user's choices about it kept in settings. */
export function useTodayPrompt(embedded: boolean, now: () => Date = () => new Date()): TodayState | null {
  const audience = useSetting(settings.audience);
  // The organisation's locked day, else the user's, else its default, else 6 June.
  const wmtyDay = usePolicy()?.values.wmtyDay ?? null;
  const notForMe = useSetting(settings.notForMe);
  const progress = useSetting(settings.todayProgress);
  const seed = useSetting(settings.promptSeed);
  const workKind = useWorkKind(embedded);
  const packs = usePacks();

  useEffect(() => {
    if (seed === '') void settings.promptSeed.setValue(crypto.randomUUID());
  }, [seed]);

  if (audience === null || wmtyDay === null || notForMe === null || progress === null || !seed) return null;
  if (packs === null) return null;
  if (workKind === undefined) return null;
  const day = localDay(now());
  const another = anotherCount(progress, day);
  const choice = parseAudience(audience);
  const today = todayPrompt<ShownPrompt>({
    prompts: [...prompts, ...packPrompts(packs, language())],
    day,
    seed,
    audience: choice,
    workKind,
    notForMe,
    wmtyDay,
    another,
  });
  return {
    ...today,
    // Chosen from the catalogue and the content packs, shown and saved in the user's language.
    prompt: today.prompt && localPrompt(today.prompt),
    audience: choice,
    setAudience: (next) => {
      void settings.todayProgress.setValue({ day, another: 0 });
      void settings.audience.setValue(next);
    },
    another: () => void settings.todayProgress.setValue({ day, another: another + 1 }),
    notForMe: () => {
      if (today.prompt) void settings.notForMe.setValue([...notForMe, today.prompt.id]);
    },
  };
}

/**
 * The kind of work the user tagged this tab's site with (null if none);
 * undefined while it is being found. Only the tab's address is read.
 */
function useWorkKind(embedded: boolean): WorkKind | null | undefined {
  const [kind, setKind] = useState<WorkKind | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const find = async () => {
      const tab = embedded
        ? await browser.tabs.getCurrent()
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (!tab?.url?.startsWith('http')) return null;
      return workKindOf(tab.url, await request('sites/list', {}));
    };
    find().then(
      (found) => live && setKind(found),
      () => live && setKind(null),
    );
    return () => {
      live = false;
    };
  }, [embedded]);
  return kind;
}
