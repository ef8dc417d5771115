import { expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/lib/background';

it('the background opens the welcome page when Kindling is installed', async () => {
  // The welcome listener is added first, synchronously; later wiring needs APIs the fake browser
  // does not implement (permissions.onAdded), which is not what this test is about.
  try {
    startBackground();
  } catch (error) {
    expect(String(error)).toContain('not implemented');
  }
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  const tabs = await fakeBrowser.tabs.query({});
  expect(tabs.map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL('/welcome.html'));
});
