import { describe, expect, it, vi } from 'vitest';
import type { GuardedTab } from '@/lib/launcher/key-guard';
import type { Launcher } from '@/lib/launcher/launcher';
import { SPARE_LIFETIME } from '@/lib/background/sidebar-tokens';
import { FOLD_AFTER } from '@/lib/launcher/nudge-loop';
import { startLauncher, type LauncherStartEnv } from '@/lib/launcher/start';
import { notice, type LauncherCommand } from '@/lib/messages';
import type { LauncherHello, NudgeAnswer } from '@/lib/nudges/types';
import { fakeClock } from './support/fake-clock';
import { ENGLISH_LABELS } from './support/launcher-page';

const HELLO: LauncherHello = {
  side: 'right',
  collapsed: false,
  labels: ENGLISH_LABELS,
};

/** A launcher that records what it was asked to do, and a card that remembers who hears its answer. */
function fakeLauncher() {
  let answered: ((answer: NudgeAnswer) => void) | null = null;
  let open = false;
  const launcher = {
    host: {} as HTMLElement,
    attach: vi.fn(),
    applyPrefs: vi.fn(),
    open: vi.fn(() => (open = true)),
    close: vi.fn(() => (open = false)),
    isOpen: () => open,
    toggle: vi.fn(() => (open = !open)),
    ownKey: vi.fn(),
    showNudge: vi.fn((_text: string, onAnswer: (answer: NudgeAnswer) => void) => void (answered = onAnswer)),
    dismissNudge: vi.fn(() => answered?.('dismiss')),
    foldNudge: vi.fn(() => answered?.('fold')),
    unmount: vi.fn(),
  } satisfies Launcher;
  return launcher;
}

/**
 * A tab on an enabled site (or, with `early` false, one shown for a visit), its key guard
 * there since the page started, with the background answering; `gone()` is the add-on
 * being disabled, updated or removed.
 */
function tab({ early = true } = {}) {
  const clock = fakeClock(1_000_000);
  const launcher = fakeLauncher();
  let heard: ((message: unknown) => void) | null = null;
  let pageSettles = () => undefined as void;
  let alive = true;
  const guard: GuardedTab = {
    host: {} as HTMLElement,
    early,
    startedAt: clock.now(),
    typedAt: null,
    ownKey: () => undefined,
    pageEscape: () => undefined,
    stop: vi.fn(),
  };
  let tokens = 0;
  const offers = [{ prompt: { id: 'p1', text: 'Ask one patient what matters to them' }, retryIn: 7_200_000 }];
  const request = vi.fn(async (type: string, _data: unknown): Promise<unknown> => {
    if (!alive) throw new Error('Extension context invalidated.');
    if (type === 'launcher/hello') return HELLO;
    if (type === 'sidebar/token') return `token-${++tokens}`;
    if (type === 'nudges/due') return offers.shift() ?? { prompt: null, retryIn: 60_000 };
    return null;
  });
  const env: LauncherStartEnv = {
    guard,
    settled: new Promise((resolve) => (pageSettles = resolve)),
    build: vi.fn((sidebarUrl: () => Promise<string>) => {
      built.sidebarUrl = sidebarUrl;
      return launcher;
    }),
    request: request as unknown as LauncherStartEnv['request'],
    sidebarPage: (token) => `chrome-extension://kindling/sidepanel.html?token=${token}`,
    listen: (given) => {
      heard = given;
      return () => (heard = null);
    },
    alive: () => alive,
    now: clock.now,
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    removed: vi.fn(),
  };
  const built = { sidebarUrl: null as (() => Promise<string>) | null };
  startLauncher(env);
  const settle = async () => {
    pageSettles();
    await clock.advance(0);
  };
  return {
    env,
    launcher,
    guard,
    request,
    built,
    clock,
    settle,
    tell: (type: LauncherCommand) => heard?.(notice(type)),
    listening: () => heard !== null,
    gone: () => (alive = false),
  };
}

describe('the launcher in a tab', () => {
  it('builds nothing nor asks the background until the page has settled', async () => {
    const { env, request, launcher, settle } = tab();
    await Promise.resolve();
    expect(env.build).not.toHaveBeenCalled();
    expect(request).not.toHaveBeenCalled();
    await settle();
    expect(request).toHaveBeenCalledWith('launcher/hello', {});
    expect(launcher.attach).toHaveBeenCalledWith(HELLO);
  });

  it('has a token ready once the page has settled, so a click frames the sidebar without waiting', async () => {
    const { built, request, settle } = tab();
    await settle();
    expect(request).toHaveBeenCalledWith('sidebar/token', { spare: true });
    const asked = request.mock.calls.length;
    expect(await built.sidebarUrl!()).toBe('chrome-extension://kindling/sidepanel.html?token=token-1');
    expect(request.mock.calls.length).toBe(asked);
    // The spare is single-use: the next frame asks for its own.
    expect(await built.sidebarUrl!()).toBe('chrome-extension://kindling/sidepanel.html?token=token-2');
    expect(request).toHaveBeenLastCalledWith('sidebar/token', {});
  });

  it('asks afresh once the spare token is near the end of its life (a page left open all shift)', async () => {
    const { built, request, clock, settle } = tab();
    await settle();
    await clock.advance(SPARE_LIFETIME - 30_000);
    expect(await built.sidebarUrl!()).toBe('chrome-extension://kindling/sidepanel.html?token=token-2');
    expect(request).toHaveBeenLastCalledWith('sidebar/token', {});
  });

  it('asks for no spare when the toolbar opens it at once: the open itself asks', async () => {
    const { request, tell, settle } = tab({ early: false });
    tell('launcher/toggle');
    await settle();
    expect(request).not.toHaveBeenCalledWith('sidebar/token', { spare: true });
  });

  it('opens once built when the toolbar asked for it before', async () => {
    const { launcher, tell, settle } = tab();
    tell('launcher/toggle');
    expect(launcher.open).not.toHaveBeenCalled();
    await settle();
    expect(launcher.open).toHaveBeenCalledTimes(1);
  });

  it('shows a prompt after the page settled, folds it after a few minutes unanswered, and reports “fold”', async () => {
    const { launcher, request, clock, settle } = tab();
    await settle();
    await clock.advance(1_000);
    expect(launcher.showNudge).toHaveBeenCalledWith(
      'Ask one patient what matters to them',
      expect.any(Function),
    );
    await clock.advance(FOLD_AFTER);
    expect(launcher.foldNudge).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith('nudges/answer', { id: 'p1', answer: 'fold' });
    expect(request).not.toHaveBeenCalledWith('nudges/answer', { id: 'p1', answer: 'dismiss' });
  });

  it('takes over the key guard: typing the guard noted since the page started, Escape, and its own keys', async () => {
    const { launcher, guard, request, clock, settle } = tab();
    await clock.advance(200);
    guard.typedAt = clock.now();
    await settle();
    await clock.advance(1_000);
    expect(request).toHaveBeenCalledWith('nudges/due', { sinceLoad: 1_200, sinceTyped: 1_000 });
    guard.pageEscape();
    expect(launcher.dismissNudge).toHaveBeenCalled();
    const key = { key: 'Escape' } as KeyboardEvent;
    guard.ownKey(key);
    expect(launcher.ownKey).toHaveBeenCalledWith(key);
  });

  it('shows no prompts where it was brought for one visit (not an enabled site)', async () => {
    const { launcher, request, clock, settle } = tab({ early: false });
    await settle();
    await clock.advance(FOLD_AFTER);
    expect(launcher.attach).toHaveBeenCalled();
    expect(request).not.toHaveBeenCalledWith('nudges/due', expect.anything());
  });

  it('follows the background: close, new placement, and removal (which stops everything)', async () => {
    const { env, launcher, guard, request, clock, tell, settle, listening } = tab();
    await settle();
    tell('launcher/close');
    expect(launcher.close).toHaveBeenCalled();
    tell('launcher/prefs');
    await clock.advance(0);
    expect(launcher.applyPrefs).toHaveBeenCalledWith(HELLO);
    tell('launcher/remove');
    expect(guard.stop).toHaveBeenCalled();
    expect(launcher.unmount).toHaveBeenCalled();
    expect(env.removed).toHaveBeenCalled();
    expect(listening()).toBe(false);
    await clock.advance(10 * FOLD_AFTER);
    expect(request).not.toHaveBeenCalledWith('nudges/due', expect.anything());
  });
});

describe('the launcher when the add-on goes away (disabled, updated or removed)', () => {
  it('stops the prompt card’s timer, the prompt loop and the key guard, and leaves the page', async () => {
    const { env, launcher, guard, request, clock, settle, listening, gone } = tab();
    await settle();
    await clock.advance(1_000);
    expect(launcher.showNudge).toHaveBeenCalledTimes(1);

    gone();
    await clock.advance(FOLD_AFTER);
    await clock.advance(24 * 60 * 60_000);
    expect(launcher.foldNudge).not.toHaveBeenCalled();
    // hello, the spare sidebar token, the prompt due; nothing once it is gone.
    expect(request).toHaveBeenCalledTimes(3);
    expect(clock.timers).toHaveLength(0);
    expect(guard.stop).toHaveBeenCalled();
    expect(launcher.unmount).toHaveBeenCalled();
    expect(listening()).toBe(false);
    expect(env.removed).toHaveBeenCalled();
  });

  it('gone before the page settled: never asks the background nor builds, and leaves', async () => {
    const { env, guard, request, clock, settle, gone } = tab();
    gone();
    await settle();
    await clock.advance(24 * 60 * 60_000);
    expect(request).not.toHaveBeenCalled();
    expect(env.build).not.toHaveBeenCalled();
    expect(guard.stop).toHaveBeenCalled();
    expect(clock.timers).toHaveLength(0);
  });

  it('gone while the sidebar is closed: the next key or click in Kindling finds it gone, and it leaves', async () => {
    const { launcher, guard, built, settle, gone } = tab({ early: false });
    await settle();
    gone();
    guard.ownKey({ key: 'Enter' } as KeyboardEvent);
    expect(launcher.ownKey).not.toHaveBeenCalled();
    expect(launcher.unmount).toHaveBeenCalled();
    await expect(built.sidebarUrl!()).rejects.toThrow();
  });
});
