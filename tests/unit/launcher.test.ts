import { describe, expect, it, vi } from 'vitest';
import { GUARDED, guardTab, isEditable } from '@/lib/launcher/key-guard';
import { FOLD_AFTER, runNudges, type NudgeLoopEnv } from '@/lib/launcher/nudge-loop';
import type { NudgeAnswer, NudgeOffer } from '@/lib/nudges/types';
import { fakeClock } from './support/fake-clock';

/** A window that only keeps its listeners, so keys can be sent to it. */
function fakeWindow() {
  const listeners = new Map<string, Array<(event: Event) => void>>();
  return {
    addEventListener: (type: string, listener: (event: Event) => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    removeEventListener: (type: string, listener: (event: Event) => void) =>
      listeners.set(
        type,
        (listeners.get(type) ?? []).filter((each) => each !== listener),
      ),
    send(type: string, target: unknown, key: string, isTrusted = true) {
      const event = { type, target, key, isTrusted, stopImmediatePropagation: vi.fn() };
      for (const listener of listeners.get(type) ?? []) listener(event as unknown as Event);
      return event;
    },
    count: () => [...listeners.values()].flat().length,
  };
}

describe('the key guard', () => {
  /** A guard at document_start on a fake window, its handling set as the launcher sets it. */
  function guarded() {
    const win = fakeWindow();
    const world: Record<string, unknown> = {};
    let now = 1;
    const tab = guardTab(world, win as unknown as Window, () => now, true);
    const ownKey = vi.fn();
    const pageEscape = vi.fn();
    tab.ownKey = ownKey;
    tab.pageEscape = pageEscape;
    return { win, world, tab, ownKey, pageEscape, later: (at: number) => (now = at) };
  }

  it('stops keys pressed in Kindling before the page’s own listeners, after handling them itself', () => {
    const { win, tab, ownKey } = guarded();
    const host = { tagName: 'KINDLING-ROOT' } as HTMLElement;
    tab.host = host;
    for (const type of ['keydown', 'keypress', 'keyup']) {
      expect(win.send(type, host, 'Enter').stopImmediatePropagation).toHaveBeenCalled();
    }
    expect(ownKey).toHaveBeenCalledTimes(3);
    expect(tab.typedAt).toBeNull();
    tab.stop();
    expect(win.count()).toBe(0);
  });

  it('treats keys a page script dispatched, even at <kindling-root>, as the page’s own', () => {
    const { win, tab, ownKey, pageEscape } = guarded();
    const host = { tagName: 'KINDLING-ROOT' } as HTMLElement;
    tab.host = host;
    for (const type of ['keydown', 'keypress', 'keyup']) {
      expect(win.send(type, host, 'Escape', false).stopImmediatePropagation).not.toHaveBeenCalled();
    }
    win.send('keydown', { tagName: 'BODY' }, 'Escape', false);
    win.send('keydown', { tagName: 'INPUT', type: 'text' }, 'a', false);
    expect(ownKey).not.toHaveBeenCalled();
    expect(pageEscape).not.toHaveBeenCalled();
    expect(tab.typedAt).toBeNull();
  });

  it('lets the page’s keys through, noting only when someone typed, or pressed Escape', () => {
    const { win, tab, pageEscape, later } = guarded();
    const input = { tagName: 'INPUT', type: 'text' };
    later(40);
    expect(win.send('keydown', input, 'a').stopImmediatePropagation).not.toHaveBeenCalled();
    expect(tab.typedAt).toBe(40);
    later(90);
    win.send('keydown', { tagName: 'DIV' }, 'j');
    expect(tab.typedAt).toBe(40);
    win.send('keydown', { tagName: 'BODY' }, 'Escape');
    expect(pageEscape).toHaveBeenCalledTimes(1);
  });

  it.each([
    [{ tagName: 'INPUT' }, true],
    [{ tagName: 'input', type: 'search' }, true],
    [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [{ tagName: 'INPUT', type: 'checkbox' }, false],
    [{ tagName: 'BUTTON' }, false],
    [{ tagName: 'SELECT' }, false],
    [null, false],
  ])('counts %o as editable: %s', (target, editable) => {
    expect(isEditable(target as never)).toBe(editable);
  });
});

describe('the key guard handing the tab to the launcher', () => {
  /** A page still loading (the guard at document_start) or already loaded (brought by the toolbar). */
  function page(readyState: DocumentReadyState) {
    const win = fakeWindow();
    const document = { readyState, createElement: (tag: string) => ({ tagName: tag.toUpperCase() }) };
    return { win, window: Object.assign(win, { document }) as unknown as Window };
  }

  it('guards from document_start, noting typing and stopping its own keys before the launcher has come', () => {
    const world: Record<string, unknown> = {};
    let now = 5;
    const { win, window } = page('loading');
    const tab = guardTab(world, window, () => now);
    expect(tab).toMatchObject({ early: true, startedAt: 5, typedAt: null, host: null });
    now = 9;
    win.send('keydown', { tagName: 'TEXTAREA' }, 'a');
    expect(tab.typedAt).toBe(9);
    // Keys with no target are never taken for ours while the launcher has not made its element.
    expect(win.send('keydown', null, 'Tab').stopImmediatePropagation).not.toHaveBeenCalled();
    tab.host = { tagName: 'KINDLING-ROOT' } as HTMLElement;
    expect(win.send('keydown', tab.host, 'Tab').stopImmediatePropagation).toHaveBeenCalled();
  });

  it('is installed once per tab: the launcher finds the guard’s, with its host, and takes over its keys', () => {
    const world: Record<string, unknown> = {};
    const { win, window } = page('loading');
    const first = guardTab(world, window, () => 0);
    const taken = guardTab(world, window, () => 0);
    expect(taken).toBe(first);
    expect(win.count()).toBe(3);
    const ownKey = vi.fn();
    taken.ownKey = ownKey;
    taken.host = { tagName: 'KINDLING-ROOT' } as HTMLElement;
    win.send('keydown', first.host, 'Escape');
    expect(ownKey).toHaveBeenCalledTimes(1);
  });

  it('arriving after the page’s scripts, says so; stopped, leaves no listener and no trace in the world', () => {
    const world: Record<string, unknown> = {};
    const { win, window } = page('complete');
    const tab = guardTab(world, window, () => 0);
    expect(tab.early).toBe(false);
    tab.stop();
    expect(win.count()).toBe(0);
    expect(world[GUARDED]).toBeUndefined();
  });
});

describe('the launcher’s prompt loop', () => {
  function loop(offers: NudgeOffer[]) {
    const clock = fakeClock(1_000_000);
    const shown: Array<(answer: NudgeAnswer) => void> = [];
    const env: NudgeLoopEnv = {
      due: vi.fn(async () => offers.shift() ?? { prompt: null, retryIn: 60_000 }),
      answer: vi.fn(async () => null),
      show: vi.fn((_text: string, answered: (answer: NudgeAnswer) => void) => void shown.push(answered)),
      // As the launcher does: folding the card answers it with "fold".
      fold: vi.fn(() => shown.at(-1)?.('fold')),
      busy: () => false,
      now: clock.now,
      loadedAt: clock.now(),
      typedAt: () => null,
      alive: () => true,
      setTimeout: clock.setTimeout,
      clearTimeout: vi.fn(),
    };
    return { env, advance: clock.advance, shown, stop: runNudges(env) };
  }

  it('asks when the background says to, shows its prompt and reports the answer', async () => {
    const { env, advance, shown } = loop([
      { prompt: null, retryIn: 59_000 },
      { prompt: { id: 'p1', text: 'Ask one patient what matters to them' }, retryIn: 7_200_000 },
    ]);
    await advance(1_000);
    expect(env.due).toHaveBeenCalledWith({ sinceLoad: 1_000, sinceTyped: null });
    await advance(58_000);
    expect(env.show).not.toHaveBeenCalled();
    await advance(1_000);
    expect(env.show).toHaveBeenCalledWith('Ask one patient what matters to them', expect.any(Function));
    shown[0]!('not-now');
    await advance(0);
    expect(env.answer).toHaveBeenCalledWith({ id: 'p1', answer: 'not-now' });
  });

  it('folds a card left unanswered for a few minutes, and tells the background it was no answer', async () => {
    const { env, advance } = loop([{ prompt: { id: 'p1', text: 'Ask one patient' }, retryIn: 7_200_000 }]);
    await advance(1_000);
    expect(env.show).toHaveBeenCalledTimes(1);
    await advance(FOLD_AFTER - 1);
    expect(env.fold).not.toHaveBeenCalled();
    await advance(1);
    expect(env.fold).toHaveBeenCalledTimes(1);
    expect(env.answer).toHaveBeenCalledWith({ id: 'p1', answer: 'fold' });
    expect(env.answer).toHaveBeenCalledTimes(1);
  });

  it('never folds a card the user already answered', async () => {
    const { env, advance, shown } = loop([
      { prompt: { id: 'p1', text: 'Ask one patient' }, retryIn: 7_200_000 },
    ]);
    await advance(1_000);
    shown[0]!('busy');
    await advance(FOLD_AFTER);
    expect(env.fold).not.toHaveBeenCalled();
    expect(env.answer).toHaveBeenCalledExactlyOnceWith({ id: 'p1', answer: 'busy' });
  });

  it('asks nothing more once stopped', async () => {
    const { env, advance, stop } = loop([]);
    stop();
    await advance(10_000);
    expect(env.due).not.toHaveBeenCalled();
  });
});
