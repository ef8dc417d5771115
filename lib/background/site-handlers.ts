import { InvalidInput } from '../db/actions';
import { siteOf } from '../sites';
import { settings } from '../settings';
import { parseSitePrefs, WORK_KINDS, type SiteEntry } from '../nudges/types';
import type { HandlerDeps, HandlersFor } from './handlers';
import { memorySidebarTokens } from './sidebar-tokens';
import { EMPTY_POLICY } from '../policy/parse';

/** Enabled sites, and the launcher's sidebar in a tab. */
export function siteHandlers({
  sites,
  policy = async () => EMPTY_POLICY,
  tellLauncher,
  sidebars = memorySidebarTokens(),
}: HandlerDeps): HandlersFor<
  | 'sites/state'
  | 'launcher/start'
  | 'sidebar/token'
  | 'sidebar/claim'
  | 'sites/enable'
  | 'sites/disable'
  | 'sidebar/close'
  | 'sidebar/toggle'
  | 'sites/list'
  | 'sites/prefs'
  | 'sites/remove'
  | 'sites/recommended'
  | 'sites/enableRecommended'
> {
  async function entry(pattern: string): Promise<SiteEntry> {
    const prefs = parseSitePrefs((await settings.sitePrefs.getValue())[pattern]);
    return { pattern, host: siteOf(pattern.replace('/*', '/'))?.host ?? pattern, ...prefs };
  }

  return {
    'sites/state': ({ url }) => sites.state(String(url)),
    'sites/enable': ({ url, tabId }) => sites.enable(String(url), tabId),
    'sites/disable': async ({ url, tabId }) => {
      const state = await sites.disable(String(url));
      if (tabId !== undefined) await tellLauncher(tabId, 'launcher/remove');
      return state;
    },
    'launcher/start': async (_data, sender) => {
      if (sender.tabId === undefined || sender.frameId !== 0) {
        throw new InvalidInput('Only the key guard in a tab can bring its launcher.');
      }
      await sites.startLauncher(sender.tabId);
      return null;
    },
    'sidebar/token': async (data, sender) => {
      if (sender.tabId === undefined || sender.frameId !== 0) {
        throw new InvalidInput('Only the launcher in a tab can open its sidebar.');
      }
      return sidebars.issue(sender.tabId, data?.spare === true);
    },
    'sidebar/claim': async ({ token }, sender) => {
      if (sender.tabId === undefined || sender.frameId === undefined || typeof token !== 'string')
        return false;
      return sidebars.claim(token, sender.tabId, sender.frameId);
    },
    'sidebar/close': async (_data, sender) => {
      if (sender.tabId === undefined) throw new InvalidInput('Only a sidebar inside a tab can close itself.');
      await tellLauncher(sender.tabId, 'launcher/close');
      return null;
    },
    'sidebar/toggle': async ({ tabId }) => {
      if (typeof tabId !== 'number') throw new InvalidInput('Which tab?');
      await sites.toggleSidebar(tabId);
      return null;
    },
    'sites/list': async () => Promise.all((await sites.list()).map(entry)),
    'sites/prefs': async ({ pattern, side, collapsed, workKind, prompts }) => {
      if (!(await sites.list()).includes(String(pattern))) {
        throw new InvalidInput('Kindling is not enabled on that site.');
      }
      const all = await settings.sitePrefs.getValue();
      const now = parseSitePrefs(all[pattern]);
      if (side !== undefined && side !== 'left' && side !== 'right') throw new InvalidInput('Left or right?');
      if (workKind != null && !(WORK_KINDS as readonly unknown[]).includes(workKind)) {
        throw new InvalidInput('Unknown kind of work.');
      }
      const next = {
        side: side ?? now.side,
        collapsed: typeof collapsed === 'boolean' ? collapsed : now.collapsed,
        workKind: workKind === undefined ? now.workKind : workKind,
        prompts: typeof prompts === 'boolean' ? prompts : now.prompts,
      };
      await settings.sitePrefs.setValue({ ...all, [pattern]: next });
      await sites.prefsChanged(String(pattern));
      return entry(pattern);
    },
    'sites/remove': async ({ pattern }) => {
      await sites.remove(String(pattern));
      const { [String(pattern)]: _gone, ...rest } = await settings.sitePrefs.getValue();
      await settings.sitePrefs.setValue(rest);
      return null;
    },
    'sites/recommended': async () => {
      const [{ sites: recommended }, enabled] = await Promise.all([policy(), sites.list()]);
      return recommended.map((pattern) => ({
        pattern,
        host: siteOf(pattern.replace('/*', '/'))?.host ?? pattern,
        enabled: enabled.includes(pattern),
      }));
    },
    'sites/enableRecommended': async ({ patterns }) => {
      if (!Array.isArray(patterns)) throw new InvalidInput('Which sites?');
      return sites.enableRecommended(patterns.filter((each): each is string => typeof each === 'string'));
    },
  };
}
