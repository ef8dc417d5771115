import { SPARE_LIFETIME } from '../background/sidebar-tokens';
import { isNotice, type Requests } from '../messages';
import type { GuardedTab } from './key-guard';
import type { Launcher } from './launcher';
import { runNudges } from './nudge-loop';

type Ask = <K extends 'launcher/hello' | 'nudges/due' | 'nudges/answer' | 'sidebar/token'>(
  type: K,
  data: Requests[K]['request'],
) => Promise<Requests[K]['response']>;

/** What the launcher needs from the browser and the page; the content script passes the real ones. */
export interface LauncherStartEnv {
  /** The tab's key guard: installed at document_start on an enabled site, or just now (see key-guard.ts). */
  guard: GuardedTab;
  /** Settles once the page has loaded and gone idle. */
  settled: Promise<void>;
  /** Builds the launcher (not yet in the page) around a sidebar URL maker. */
  build(sidebarUrl: () => Promise<string>): Launcher;
  request: Ask;
  /** The sidebar page's URL for a single-use token. */
  sidebarPage(token: string): string;
  /** Hears the background's notices to this tab; answers the unsubscribe. */
  listen(heard: (message: unknown) => void): () => void;
  /**
   * Whether the extension is still there (see NudgeLoopEnv.alive). Once it is
   * gone, the launcher leaves the tab as if the site had been switched off.
   */
  alive(): boolean;
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
  /** The launcher was removed from this tab (the site was switched off). */
  removed(): void;
}

/**
 * Runs Kindling's launcher in a tab whose key guard is already there: after
 * the page has loaded and gone idle, the launcher (from the background's
 * hello) and, on an enabled site, the prompt loop; the background's notices
 * throughout. Building, asking the background (which wakes its worker) and
 * adding our element all wait for the page, so Kindling adds nothing to its load.
 */
export function startLauncher(env: LauncherStartEnv): void {
  const { guard } = env;
  let launcher: Launcher | null = null;
  let gone = false;
  // A toggle (toolbar or shortcut) that arrives before the launcher is built.
  let openWhenBuilt = false;
  let stopNudges = () => undefined as void;
  let unlisten = () => undefined as void;
  guard.ownKey = (event) => {
    if (alive()) launcher?.ownKey(event);
  };
  guard.pageEscape = () => launcher?.dismissNudge();

  /** Leaves the tab: no listener, timer or element of ours stays behind. */
  function leave() {
    if (gone) return;
    gone = true;
    stopNudges();
    guard.stop();
    launcher?.unmount();
    unlisten();
    env.removed();
  }
  /** Whether the extension is still there; when it is not, leaves. */
  function alive() {
    if (!gone && !env.alive()) leave();
    return !gone;
  }

  // A token asked for once the page has settled, so that a click opens the sidebar without a
  // round trip to the background first; used once, while it lasts, then each frame asks afresh.
  let spare: { token: Promise<string>; askedAt: number } | null = null;
  async function sidebarUrl() {
    if (!alive()) throw new Error('Kindling was switched off or removed.');
    const ahead = spare && env.now() - spare.askedAt < SPARE_LIFETIME - 60_000 ? spare.token : null;
    spare = null;
    const token = (await ahead?.catch(() => null)) ?? (await env.request('sidebar/token', {}));
    return env.sidebarPage(token);
  }

  void env.settled
    .then(() => (alive() ? env.request('launcher/hello', {}) : null))
    .then((hello) => {
      if (!hello || !alive()) return;
      if (!openWhenBuilt) {
        const token = env.request('sidebar/token', { spare: true });
        token.catch(() => undefined);
        spare = { token, askedAt: env.now() };
      }
      const built = env.build(sidebarUrl);
      launcher = built;
      built.attach(hello);
      if (openWhenBuilt) built.open();
      // Prompts belong to sites the user enabled, where the guard runs from the start.
      if (!guard.early) return;
      stopNudges = runNudges({
        ...env,
        alive,
        due: (since) => env.request('nudges/due', since),
        answer: (reply) => env.request('nudges/answer', reply),
        show: built.showNudge,
        fold: built.foldNudge,
        busy: built.isOpen,
        loadedAt: guard.startedAt,
        typedAt: () => guard.typedAt,
      });
    })
    .catch(() => void alive());

  unlisten = env.listen((message) => {
    if (!alive()) return;
    if (isNotice(message, 'launcher/close')) launcher?.close();
    // The site's side or slim tab, or the language, changed: ask for them again (the notice carries nothing).
    if (isNotice(message, 'launcher/prefs') && launcher) {
      const built = launcher;
      void env.request('launcher/hello', {}).then(
        (hello) => built.applyPrefs(hello),
        () => void alive(),
      );
    }
    if (isNotice(message, 'launcher/toggle')) {
      if (launcher) launcher.toggle();
      else openWhenBuilt = !openWhenBuilt;
    }
    if (isNotice(message, 'launcher/remove')) leave();
  });
}
