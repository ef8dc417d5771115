/** The parts of the extension API the welcome wiring uses, so tests can pass their own. */
export interface WelcomeApi {
  runtime: Pick<typeof browser.runtime, 'onInstalled' | 'getURL'>;
  tabs: Pick<typeof browser.tabs, 'create'>;
}

/**
 * Opens the welcome page once, when Kindling is first installed (not on
 * updates or browser restarts). Call it synchronously at background start,
 * like every other listener, so the install event is not missed.
 */
export function openWelcomeOnInstall(api: WelcomeApi = browser): void {
  api.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void api.tabs.create({ url: api.runtime.getURL('/welcome.html') });
  });
}
