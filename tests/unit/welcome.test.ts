import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall } from '@/lib/background/welcome';

function wire() {
  const create = vi.fn(async () => ({}) as Browser.tabs.Tab);
  openWelcomeOnInstall({ runtime: fakeBrowser.runtime, tabs: { create } });
  return create;
}

describe('the welcome page', () => {
  it('opens once when Kindling is installed', async () => {
    const create = wire();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create.mock.calls).toEqual([[{ url: fakeBrowser.runtime.getURL('/welcome.html') }]]);
  });

  it('does not open on an update of Kindling or of the browser', async () => {
    const create = wire();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect(create).not.toHaveBeenCalled();
  });

  it('stays closed when the organisation’s policy says showWelcome: false', async () => {
    const create = wire();
    await fakeBrowser.storage.managed.set({ showWelcome: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).not.toHaveBeenCalled();
  });
});
