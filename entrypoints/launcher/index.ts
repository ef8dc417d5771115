import { request } from '@/lib/messages';
import { createLauncher } from '@/lib/launcher/launcher';
import { guardTab, pageSettled } from '@/lib/launcher/key-guard';
import { startLauncher } from '@/lib/launcher/start';

const MOUNTED = '__kindlingLauncher';

/** Whether this content script's extension is still there; Firefox throws on a dead one's objects. */
function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

// An unlisted script, not a WXT content script: the background injects it when an enabled
// site's key guard asks (after the page's load and an idle moment), or with the guard for a
// visit; and WXT's content-script context would tell the page's document that it started.
export default defineUnlistedScript({
  main() {
    // Content-script globals live in the extension's isolated world, not the page's.
    const world = window as unknown as Record<string, unknown>;
    if (window.top !== window || world[MOUNTED]) return;
    world[MOUNTED] = true;

    // The guard script's, from document_start; brought by the toolbar or shortcut to a
    // site not enabled (after the page's scripts), one installed now.
    const guard = guardTab(world, window, Date.now);
    startLauncher({
      guard,
      settled: pageSettled(window),
      build: (sidebarUrl) =>
        createLauncher({
          document,
          host: (guard.host ??= document.createElement('kindling-root')),
          guardedEarly: guard.early,
          sidebarUrl,
          // Only the test build, only on a page asking for it: an open root that axe can check.
          open: import.meta.env.MODE === 'e2e' && location.hash === '#kindling-axe',
        }),
      request,
      // With use_dynamic_url (Chrome), getURL gives this session's dynamic URL, not the static one.
      sidebarPage: (token) =>
        browser.runtime.getURL(`/sidepanel.html?embedded=1&token=${encodeURIComponent(token)}`),
      listen: (heard) => {
        browser.runtime.onMessage.addListener(heard);
        return () => {
          if (extensionAlive()) browser.runtime.onMessage.removeListener(heard);
        };
      },
      alive: extensionAlive,
      now: Date.now,
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (timer) => clearTimeout(timer as number),
      removed: () => (world[MOUNTED] = false),
    });
  },
});
