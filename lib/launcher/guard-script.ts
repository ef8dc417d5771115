import type { PlainMessenger, RequestMessage } from '../messages';
import { guardTab, whenSettled } from './key-guard';

// The key guard script: registered for each enabled site at document_start, so it runs before
// any page script. It is built on its own as a plain script, with no polyfill and no framework
// wrapper (see wxt.config.ts), and touches as little as it can, because all it costs is paid
// before the page has loaded. Once the page has loaded and gone idle it asks the background for
// the launcher (entrypoints/launcher), which takes over its GuardedTab. It is only ever registered
// (top frame, document_start); where the launcher comes after the page's scripts, the launcher
// installs the guard itself.
guardTab(window as unknown as Record<string, unknown>, window, Date.now, true);
whenSettled(
  window,
  () => {
    const { browser, chrome } = globalThis as unknown as Record<
      'browser' | 'chrome',
      PlainMessenger | undefined
    >;
    const start: RequestMessage<'launcher/start'> = { channel: 'kindling', type: 'launcher/start', data: {} };
    (browser ?? chrome)?.runtime.sendMessage(start).catch(() => undefined);
  },
  false,
);
