import { InvalidInput } from '../db/actions';
import type { HandlerDeps, HandlersFor } from './handlers';

/** Enabled sites, and the launcher's sidebar in a tab. */
export function siteHandlers({
  sites,
  tellLauncher,
}: HandlerDeps): HandlersFor<'sites/state' | 'sites/enable' | 'sites/disable' | 'sidebar/close'> {
  return {
    'sites/state': ({ url }) => sites.state(String(url)),
    'sites/enable': ({ url, tabId }) => sites.enable(String(url), tabId),
    'sites/disable': async ({ url, tabId }) => {
      const state = await sites.disable(String(url));
      if (tabId !== undefined) await tellLauncher(tabId, 'launcher/remove');
      return state;
    },
    'sidebar/close': async (_data, sender) => {
      if (sender.tabId === undefined) throw new InvalidInput('Only a sidebar inside a tab can close itself.');
      await tellLauncher(sender.tabId, 'launcher/close');
      return null;
    },
  };
}
