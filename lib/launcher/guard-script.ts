import { guardTab } from './key-guard';

// The key guard script: registered for each enabled site at document_start, so it
// runs before any page script. It is built on its own as a plain script, with no
// polyfill and no framework wrapper (see wxt.config.ts), because everything it
// costs is paid before the page has loaded. The launcher arrives after load and
// an idle moment (entrypoints/launcher) and takes over its GuardedTab.
if (window.top === window) guardTab(window as unknown as Record<string, unknown>, window, Date.now);
