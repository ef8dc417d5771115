import { isNotice, type Requests } from '../messages';
import type { KeyGuardEnv } from './key-guard';
import type { Launcher } from './launcher';
import { runNudges } from './nudge-loop';

type Ask = <K extends 'launcher/hello' | 'nudges/due' | 'nudges/answer' | 'sidebar/token'>(
  type: K,
  data: Requests[K]['request'],
) => Promise<Requests[K]['response']>;

/** What the launcher needs from the browser and the page; the content script passes the real ones. */
export interface LauncherStartEnv {
  /** Whether we run before the page's scripts (registered at document_start on an enabled site). */
  early: boolean;
  /** Installs the key guard at once (see key-guard.ts); answers its uninstall. */
  guard(keys: Omit<KeyGuardEnv, 'window' | 'host'>): () => void;
  /** Settles once the page has loaded and gone idle. */
  settled: Promise<void>;
  /** Builds the launcher (not yet in the page) around a sidebar URL maker. */
  build(sidebarUrl: () => Promise<string>): Launcher;
  request: Ask;
  /** The sidebar page's URL for a single-use token. */
  sidebarPage(token: string): string;
  /** Hears the background's notices to this tab; answers the unsubscribe. */
  listen(heard: (message: unknown) => void): () => void;
  /** Whether the extension is still there (see NudgeLoopEnv.alive). */
  alive(): boolean;
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
  /** The launcher was removed from this tab (the site was switched off). */
  removed(): void;
}

/**
 * Runs Kindling's launcher in a tab: the key guard at once; after the page
 * has loaded and gone idle, the launcher (from the background's hello) and,
 * on an enabled site, the prompt loop; the background's notices throughout.
 * Building, asking the background (which wakes its worker) and adding our
 * element all wait for the page, so Kindling adds nothing to its load.
 */
export function startLauncher(env: LauncherStartEnv): void {
  const loadedAt = env.now();
  let typedAt: number | null = null;
  let launcher: Launcher | null = null;
  // A toggle (toolbar or shortcut) that arrives before the launcher is built.
  let openWhenBuilt = false;
  let stopNudges = () => undefined as void;
  const unguard = env.guard({
    ownKey: (event) => launcher?.ownKey(event),
    pageTyped: () => (typedAt = env.now()),
    pageEscape: () => launcher?.dismissNudge(),
  });

  void env.settled
    .then(() => env.request('launcher/hello', {}))
    .then((hello) => {
      const built = env.build(async () => env.sidebarPage(await env.request('sidebar/token', {})));
      launcher = built;
      built.attach(hello);
      if (openWhenBuilt) built.open();
      // Prompts belong to sites the user enabled, where the launcher runs from the start.
      if (!env.early) return;
      stopNudges = runNudges({
        ...env,
        due: (since) => env.request('nudges/due', since),
        answer: (reply) => env.request('nudges/answer', reply),
        show: built.showNudge,
        fold: built.foldNudge,
        busy: built.isOpen,
        loadedAt,
        typedAt: () => typedAt,
      });
    });

  const unlisten = env.listen((message) => {
    if (isNotice(message, 'launcher/close')) launcher?.close();
    // The site's side or slim tab changed in settings: ask for them again (the notice carries nothing).
    if (isNotice(message, 'launcher/prefs') && launcher) {
      const built = launcher;
      void env.request('launcher/hello', {}).then((hello) => built.applyPrefs(hello));
    }
    if (isNotice(message, 'launcher/toggle')) {
      if (launcher) launcher.toggle();
      else openWhenBuilt = !openWhenBuilt;
    }
    if (isNotice(message, 'launcher/remove')) {
      stopNudges();
      unguard();
      launcher?.unmount();
      unlisten();
      env.removed();
    }
  });
}

/** Settles once the page has loaded and then gone idle (or two seconds passed). */
export function pageSettled(window: Window, document: Document): Promise<void> {
  return new Promise((resolve) => {
    const whenIdle = () => window.requestIdleCallback(() => resolve(), { timeout: 2_000 });
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  });
}
