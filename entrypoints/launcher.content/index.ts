import { isNotice, request } from '@/lib/messages';
import { createLauncher } from '@/lib/launcher/launcher';
import { guardKeys } from '@/lib/launcher/key-guard';
import { runNudges } from '@/lib/launcher/nudge-loop';

const MOUNTED = '__kindlingLauncher';

export default defineContentScript({
  // Registered per enabled site by the background, never in the manifest.
  registration: 'runtime',
  main() {
    // Content-script globals live in the extension's isolated world, not the page's.
    const world = window as unknown as Record<string, unknown>;
    if (window.top !== window || world[MOUNTED]) return;
    world[MOUNTED] = true;

    const loadedAt = Date.now();
    let typedAt: number | null = null;
    const launcher = createLauncher({
      document,
      sidebarUrl: browser.runtime.getURL('/sidepanel.html?embedded=1'),
    });
    const unguard = guardKeys({
      window,
      host: launcher.host,
      ownKey: launcher.ownKey,
      pageTyped: () => (typedAt = Date.now()),
      pageEscape: launcher.dismissNudge,
    });
    let stopNudges = () => undefined as void;

    // Only the key guard runs before the page has loaded: asking the background
    // (which wakes its worker) and adding our element wait until the page is
    // loaded and idle, so Kindling adds nothing to the page's own load.
    const settled = new Promise<void>((resolve) => {
      const whenIdle = () => requestIdleCallback(() => resolve(), { timeout: 2_000 });
      if (document.readyState === 'complete') whenIdle();
      else window.addEventListener('load', whenIdle, { once: true });
    });
    void settled
      .then(() => request('launcher/hello', {}))
      .then((hello) => {
        launcher.attach(hello);
        stopNudges = runNudges({
          due: (since) => request('nudges/due', since),
          answer: (reply) => request('nudges/answer', reply),
          show: launcher.showNudge,
          busy: launcher.isOpen,
          now: Date.now,
          loadedAt,
          typedAt: () => typedAt,
          setTimeout: (run, ms) => setTimeout(run, ms),
          clearTimeout: (timer) => clearTimeout(timer as number),
        });
      });

    const onCommand = (message: unknown) => {
      if (isNotice(message, 'launcher/close')) launcher.close();
      if (isNotice(message, 'launcher/toggle')) launcher.toggle();
      if (isNotice(message, 'launcher/remove')) {
        stopNudges();
        unguard();
        launcher.unmount();
        browser.runtime.onMessage.removeListener(onCommand);
        world[MOUNTED] = false;
      }
    };
    browser.runtime.onMessage.addListener(onCommand);
  },
});
