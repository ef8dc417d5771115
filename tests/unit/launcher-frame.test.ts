import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { launcherOnWardPage, SIDEBAR_URL, stubPageWatcher } from './support/launcher-page';

/** The launcher on a ward page, and the sidebar frame in its shadow root, if made. */
function wardPage() {
  const launcher = launcherOnWardPage();
  const frame = () => launcher.host.shadowRoot!.querySelector('iframe');
  return { launcher, frame };
}

/** A pointer or focus reaching the launcher's button, as the user's own (trusted) event unless said otherwise. */
function reach(host: HTMLElement, type: 'pointerenter' | 'focus', isTrusted = true) {
  const event = new host.ownerDocument.defaultView!.Event(type);
  Object.defineProperty(event, 'isTrusted', { value: isTrusted });
  host.shadowRoot!.querySelector('.launcher')!.dispatchEvent(event);
}

/** Everything the task would still run: its promise callbacks. */
async function endOfTask() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe('the sidebar frame', () => {
  beforeEach(() => {
    stubPageWatcher();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is made as soon as a pointer or focus reaches the launcher, so it is ready by the click', async () => {
    for (const intent of ['pointerenter', 'focus'] as const) {
      const { launcher, frame } = wardPage();
      reach(launcher.host, intent);
      await endOfTask();
      expect(frame()?.getAttribute('src')).toBe(SIDEBAR_URL);
      expect(frame()?.title).toBe('Kindling sidebar');
      expect(launcher.isOpen()).toBe(false);
    }
  });

  it('is made once, however often the sidebar is opened and closed before it comes', async () => {
    const { launcher } = wardPage();
    reach(launcher.host, 'focus');
    launcher.open();
    launcher.close();
    launcher.open();
    await endOfTask();
    expect(launcher.host.shadowRoot!.querySelectorAll('iframe')).toHaveLength(1);
  });

  it('is not made for a pointer event a page script made', async () => {
    const { launcher, frame } = wardPage();
    reach(launcher.host, 'pointerenter', false);
    await endOfTask();
    expect(frame()).toBeNull();
  });
});
