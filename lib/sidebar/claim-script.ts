import type { PlainMessenger } from '../messages';
import { EARLY_CLAIM, sendClaim } from './claim';

// The plain script in the sidebar page's head (/sidebar-claim.js, built alone like the key guard;
// see wxt.config.ts): only in a frame of a web tab does the sidebar claim its token.
if (new URLSearchParams(location.search).has('embedded')) {
  const { browser, chrome } = globalThis as unknown as Record<
    'browser' | 'chrome',
    PlainMessenger | undefined
  >;
  const messenger = browser ?? chrome;
  if (messenger) (globalThis as Record<string, unknown>)[EARLY_CLAIM] = sendClaim(location.search, messenger);
}
