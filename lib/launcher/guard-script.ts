import type { RequestMessage } from '../messages';
import { guardTab, pageSettled } from './key-guard';

// The key guard script: registered for each enabled site at document_start, so it runs before
// any page script. It is built on its own as a plain script, with no polyfill and no framework
// wrapper (see wxt.config.ts), and touches as little as it can, because all it costs is paid
// before the page has loaded. Once the page has loaded and gone idle it asks the background for
// the launcher (entrypoints/launcher), which takes over its GuardedTab. Brought by the toolbar or
// shortcut (after the page's scripts), it asks for nothing: the launcher is injected right after it.
interface Messenger {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

if (window.top === window) {
  const tab = guardTab(window as unknown as Record<string, unknown>, window, Date.now);
  if (tab.early) {
    void pageSettled(window)
      .then(() => {
        const start: RequestMessage<'launcher/start'> = {
          channel: 'kindling',
          type: 'launcher/start',
          data: {},
        };
        // Firefox has `browser`; Chrome's `chrome` answers with a promise too (MV3).
        const { browser, chrome } = globalThis as unknown as Record<
          'browser' | 'chrome',
          Messenger | undefined
        >;
        return (browser ?? chrome)?.runtime.sendMessage(start);
      })
      .catch(() => undefined);
  }
}
