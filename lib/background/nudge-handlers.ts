import { prompts } from '../content/prompts';
import type { Prompt } from '../content/types';
import { language } from '../i18n';
import { parseInstalled } from '../packs/installed';
import { packPrompts } from '../packs/items';
import { localPrompt } from '../content/localize';
import { InvalidInput } from '../db/actions';
import { t } from '../i18n';
import {
  answerNudge,
  CARD_SENTENCE_MAX,
  cardSentence,
  localClock,
  nextNudge,
  parseNudgeState,
  retryAfter,
  SETTLE_AFTER_LOAD,
  placeOf,
  snooze,
  type Answer,
} from '../nudges/schedule';
import { parseSitePrefs, type LauncherLabels, type NudgeAnswer } from '../nudges/types';
import { settings } from '../settings';
import { nudgePrefsOf } from '../policy/effective';
import { readEffectiveSettings } from '../policy/read';
import { siteOf } from '../sites';
import type { HandlerDeps, HandlersFor, Sender } from './handlers';

const ANSWERS = [
  'save',
  'not-now',
  'busy',
  'not-relevant',
  'dismiss',
  'fold',
  'snooze-hour',
  'snooze-day',
  'not-for-site',
] as const satisfies readonly NudgeAnswer[];

/** The clock and dice the prompt schedule runs on; tests and the test build pass their own. */
export interface NudgeEnv {
  now: () => number;
  random: () => number;
  settleAfterLoad: number;
}

/**
 * The launcher asks the background whether a prompt is due. The background
 * decides for every tab at once, from state kept in browser.storage.local, so
 * the pace holds across tabs, restarts and service-worker stops.
 */
export function nudgeHandlers(
  { actions, notifyPages, sites }: HandlerDeps,
  env: NudgeEnv = { now: Date.now, random: Math.random, settleAfterLoad: SETTLE_AFTER_LOAD },
): HandlersFor<'launcher/hello' | 'nudges/due' | 'nudges/answer'> {
  let writes: Promise<unknown> = Promise.resolve();
  /** One change to the schedule at a time, so two tabs asking together get one prompt. */
  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const next = writes.then(work);
    writes = next.catch(() => undefined);
    return next;
  };

  async function sitePrefsOf(sender: Sender) {
    const site = siteOf(sender.url);
    return parseSitePrefs(site ? (await settings.sitePrefs.getValue())[site.pattern] : undefined);
  }

  /** Kindling's prompts and the content packs' whose action fits on a card (one short line). */
  async function cardPrompts(): Promise<readonly Prompt[]> {
    const fromPacks = packPrompts(parseInstalled(await settings.packs.getValue()), language());
    return [...prompts, ...fromPacks.filter((prompt) => cardSentence(prompt).length <= CARD_SENTENCE_MAX)];
  }

  /** Where "not relevant here" applies for the sender's site (see placeOf). */
  async function placeOfSender(sender: Sender) {
    return placeOf({ workKind: (await sitePrefsOf(sender)).workKind, site: siteOf(sender.url)?.pattern });
  }

  return {
    'launcher/hello': async (_data, sender) => {
      const { side, collapsed } = await sitePrefsOf(sender);
      const labels: LauncherLabels = {
        open: t('launcher.open'),
        close: t('launcher.close'),
        frameTitle: t('launcher.frameTitle'),
        prompt: t('nudge.card'),
        save: t('nudge.save'),
        notNow: t('nudge.notNow'),
        menu: t('card.menu'),
        choices: [
          ['busy', t('card.busy')],
          ['not-relevant', t('card.notRelevant')],
          ['snooze-hour', t('card.snoozeHour')],
          ['snooze-day', t('card.snoozeDay')],
          ['not-for-site', t('card.notForSite')],
          ['open', t('nudge.more')],
        ],
      };
      // After a language change the card on screen is rewritten in the new language too.
      const { current } = parseNudgeState(await settings.nudgeState.getValue());
      const onScreen = (await cardPrompts()).find((each) => each.id === current);
      return {
        side,
        collapsed,
        labels,
        ...(onScreen && { promptText: cardSentence(localPrompt(onScreen)) }),
      };
    },

    'nudges/due': ({ sinceLoad, sinceTyped }, sender) =>
      queued(async () => {
        const now = env.now();
        // The organisation's locked pace, else the user's, else its default; none when it switched prompts off.
        const prefs = nudgePrefsOf(await readEffectiveSettings());
        const site = await sitePrefsOf(sender);
        // Shown for one visit from the toolbar or shortcut, or "No prompts on this site": none there.
        if (!sender.url || !site.prompts || !(await sites.state(sender.url)).enabled) {
          return { prompt: null, retryIn: retryAfter('manual', prefs, parseNudgeState(null), now) };
        }
        const state = parseNudgeState(await settings.nudgeState.getValue());
        const moment = {
          now,
          minuteOfDay: localClock(now).minuteOfDay,
          pageLoadedAt: now - duration(sinceLoad),
          typedAt: typeof sinceTyped === 'number' ? now - duration(sinceTyped) : null,
          workKind: site.workKind,
          site: siteOf(sender.url)?.pattern ?? null,
        };
        const result = nextNudge(await cardPrompts(), prefs, state, moment, env.random, env.settleAfterLoad);
        if ('wait' in result) {
          return {
            prompt: null,
            retryIn: retryAfter(result.wait, prefs, state, now, moment, env.settleAfterLoad),
          };
        }
        await settings.nudgeState.setValue(result.state);
        return {
          prompt: { id: result.prompt.id, text: cardSentence(localPrompt(result.prompt)) },
          retryIn: retryAfter('pace', prefs, result.state, now),
        };
      }),

    'nudges/answer': ({ id, answer }, sender) =>
      queued(async () => {
        if (!(ANSWERS as readonly unknown[]).includes(answer)) throw new InvalidInput('Unknown answer.');
        const state = parseNudgeState(await settings.nudgeState.getValue());
        // Only the prompt the background itself put on screen can be answered,
        // and only its own words are saved: nothing from the page is stored.
        if (state.current === null || state.current !== id) {
          throw new InvalidInput('That prompt is no longer on screen.');
        }
        const now = env.now();
        if (answer === 'snooze-hour' || answer === 'snooze-day') {
          await settings.nudgeState.setValue(
            snooze(state, answer === 'snooze-hour' ? 'hour' : 'day', now, localClock(now).endOfDay),
          );
          return null;
        }
        if (answer === 'not-for-site') {
          // The site's own prompt preference, the one the settings page shows and can turn back on.
          const site = siteOf(sender.url);
          if (site) {
            const all = await settings.sitePrefs.getValue();
            await settings.sitePrefs.setValue({
              ...all,
              [site.pattern]: { ...parseSitePrefs(all[site.pattern]), prompts: false },
            });
          }
          await settings.nudgeState.setValue(answerNudge(state, 'dismiss', now));
          return null;
        }
        const prompt = (await cardPrompts()).find((each) => each.id === id);
        if (answer === 'save' && prompt) {
          await actions.add({
            text: cardSentence(localPrompt(prompt)),
            source: { kind: 'prompt', promptId: prompt.id },
          });
          notifyPages('actions/changed');
        }
        await settings.nudgeState.setValue(
          answerNudge(state, answer as Answer, now, await placeOfSender(sender)),
        );
        return null;
      }),
  };
}

function duration(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}
