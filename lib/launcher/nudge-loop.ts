import type { NudgeAnswer, NudgeOffer, NudgeReply } from '../nudges/types';

export interface NudgeLoopEnv {
  /** Asks the background whether a prompt is due (it alone decides, for every tab). */
  due(since: { sinceLoad: number; sinceTyped: number | null }): Promise<NudgeOffer>;
  answer(reply: NudgeReply): Promise<unknown>;
  /** Shows the prompt card's one sentence (the words its "Save" keeps as the action). */
  show(text: string, answered: (answer: NudgeAnswer) => void): void;
  /** Folds the card away unanswered; the card then calls `answered('fold')`. */
  fold(): void;
  /** Whether the sidebar is open, when no card should appear. */
  busy(): boolean;
  now(): number;
  loadedAt: number;
  typedAt(): number | null;
  /**
   * Whether the extension is still there. Disabling, updating or removing it
   * leaves this content script running with a dead extension context, whose
   * every request fails (Chrome: "Extension context invalidated"), so the
   * loop must stop instead of retrying for the life of the tab.
   */
  alive(): boolean;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

/** How long to wait before the first question: the background answers with the real wait. */
const FIRST_ASK = 1_000;
const AFTER_FAILURE = 5 * 60_000;
/** A card left unanswered this long folds into the launcher: it is no answer, so no dismissal. */
export const FOLD_AFTER = 3 * 60_000;

/**
 * Asks the background when it said to, shows the prompt it offers, and
 * reports the answer. Holds no schedule of its own, so a reload or a
 * second tab cannot make prompts come faster.
 */
export function runNudges(env: NudgeLoopEnv): () => void {
  let timer: unknown = null;
  let folding: unknown = null;
  let stopped = false;
  const stop = () => {
    stopped = true;
    env.clearTimeout(timer);
    env.clearTimeout(folding);
  };
  const later = (ms: number) => {
    if (!env.alive()) stop();
    if (!stopped) timer = env.setTimeout(() => void ask(), ms);
  };

  async function ask() {
    if (!env.alive()) stop();
    if (stopped) return;
    if (env.busy()) return later(FIRST_ASK * 30);
    const now = env.now();
    const typed = env.typedAt();
    let offer: NudgeOffer;
    try {
      offer = await env.due({
        sinceLoad: now - env.loadedAt,
        sinceTyped: typed === null ? null : now - typed,
      });
    } catch {
      return later(AFTER_FAILURE);
    }
    const { prompt, retryIn } = offer;
    if (!prompt || stopped) return later(retryIn);
    let answered = false;
    env.show(prompt.text, (answer) => {
      answered = true;
      env.answer({ id: prompt.id, answer }).then(
        () => later(FIRST_ASK),
        () => later(AFTER_FAILURE),
      );
    });
    folding = env.setTimeout(() => {
      if (!env.alive()) stop();
      if (!answered && !stopped) env.fold();
    }, FOLD_AFTER);
  }

  later(FIRST_ASK);
  return stop;
}
