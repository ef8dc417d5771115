import { request } from '@/lib/messages';
import { createLauncher } from '@/lib/launcher/launcher';
import { guardKeys } from '@/lib/launcher/key-guard';
import { pageSettled, startLauncher } from '@/lib/launcher/start';

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

    // Registered for an enabled site, we run at document_start, before any page
    // script; injected by the toolbar or shortcut elsewhere, after them.
    const early = document.readyState === 'loading';
    // The key guard needs our (still empty) host element before the launcher is built.
    const host = document.createElement('kindling-root');
    startLauncher({
      early,
      guard: (keys) => guardKeys({ window, host, ...keys }),
      settled: pageSettled(window, document),
      build: (sidebarUrl) =>
        createLauncher({
          document,
          host,
          guardedEarly: early,
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
        return () => browser.runtime.onMessage.removeListener(heard);
      },
      alive: () => Boolean(browser.runtime?.id),
      now: Date.now,
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (timer) => clearTimeout(timer as number),
      removed: () => (world[MOUNTED] = false),
    });
  },
});
