import { isNotice, request } from '@/lib/messages';
import { createLauncher, type Launcher } from '@/lib/launcher/launcher';
import { guardKeys } from '@/lib/launcher/key-guard';
import { runNudges } from '@/lib/launcher/nudge-loop';

const MOUNTED = '__kindlingLauncher';

export default defineContentScript({
  // Registered per enabled site by the background, never in the manifest.
  registration: 'runtime',
  // WXT's default also posts a "script started" message to the page's own window; the page must not hear from us.
  noScriptStartedPostMessage: true,
  main() {
    // Content-script globals live in the extension's isolated world, not the page's.
    const world = window as unknown as Record<string, unknown>;
    if (window.top !== window || world[MOUNTED]) return;
    world[MOUNTED] = true;

    const loadedAt = Date.now();
    // Registered for an enabled site, we run at document_start, before any page
    // script; injected by the toolbar or shortcut elsewhere, after them.
    const guardedEarly = document.readyState === 'loading';
    let typedAt: number | null = null;
    // Only the key guard runs before the page has loaded; it needs nothing but
    // our (still empty) host element. Building the launcher, asking the
    // background (which wakes its worker) and adding our element all wait
    // until the page is loaded and idle, so Kindling adds nothing to its load.
    const host = document.createElement('kindling-root');
    let launcher: Launcher | null = null;
    // A toggle (toolbar or shortcut) that arrives before the launcher is built.
    let openWhenBuilt = false;
    const unguard = guardKeys({
      window,
      host,
      ownKey: (event) => launcher?.ownKey(event),
      pageTyped: () => (typedAt = Date.now()),
      pageEscape: () => launcher?.dismissNudge(),
    });
    let stopNudges = () => undefined as void;

    const settled = new Promise<void>((resolve) => {
      const whenIdle = () => requestIdleCallback(() => resolve(), { timeout: 2_000 });
      if (document.readyState === 'complete') whenIdle();
      else window.addEventListener('load', whenIdle, { once: true });
    });
    void settled
      .then(() => request('launcher/hello', {}))
      .then((hello) => {
        const built = createLauncher({
          document,
          host,
          guardedEarly,
          // With use_dynamic_url (Chrome), getURL gives this session's dynamic URL, not the static one.
          sidebarUrl: async () =>
            browser.runtime.getURL(
              `/sidepanel.html?embedded=1&token=${encodeURIComponent(await request('sidebar/token', {}))}`,
            ),
        });
        launcher = built;
        built.attach(hello);
        if (openWhenBuilt) built.open();
        // Prompts belong to sites the user enabled, where the launcher runs from the start.
        if (!guardedEarly) return;
        stopNudges = runNudges({
          due: (since) => request('nudges/due', since),
          answer: (reply) => request('nudges/answer', reply),
          show: built.showNudge,
          busy: built.isOpen,
          now: Date.now,
          loadedAt,
          typedAt: () => typedAt,
          alive: () => Boolean(browser.runtime?.id),
          setTimeout: (run, ms) => setTimeout(run, ms),
          clearTimeout: (timer) => clearTimeout(timer as number),
        });
      });

    const onCommand = (message: unknown) => {
      if (isNotice(message, 'launcher/close')) launcher?.close();
      // The site's side or slim tab changed in settings: ask for them again (the notice carries nothing).
      if (isNotice(message, 'launcher/prefs') && launcher) {
        const built = launcher;
        void request('launcher/hello', {}).then((hello) => built.applyPrefs(hello));
      }
      if (isNotice(message, 'launcher/toggle')) {
        if (launcher) launcher.toggle();
        else openWhenBuilt = !openWhenBuilt;
      }
      if (isNotice(message, 'launcher/remove')) {
        stopNudges();
        unguard();
        launcher?.unmount();
        browser.runtime.onMessage.removeListener(onCommand);
        world[MOUNTED] = false;
      }
    };
    browser.runtime.onMessage.addListener(onCommand);
  },
});
