import { readPolicy } from '../policy/read';

/** The parts of the extension API the welcome wiring uses, so tests can pass their own. */
export interface WelcomeApi {
  runtime: Pick<typeof browser.runtime, 'onInstalled' | 'getURL'>;
  tabs: Pick<typeof browser.tabs, 'create'>;
}

/**
 * Opens the welcome page once, when Kindling is first installed (not on
 * updates or browser restarts), unless the organisation's policy says
 * `showWelcome: false`. Call it synchronously at background start, like
 * every other listener, so the install event is not missed.
 */
export function openWelcomeOnInstall(
  api: WelcomeApi = browser,
  showWelcome: () => Promise<boolean> = async () => (await readPolicy()).policy.showWelcome,
): void {
  api.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    // A policy that cannot be read does not keep the welcome page from a new user.
    if (await showWelcome().catch(() => true))
      await api.tabs.create({ url: api.runtime.getURL('/welcome.html') });
  });
}
