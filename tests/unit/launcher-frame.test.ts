import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLauncher } from '@/lib/launcher/launcher';
import { ENGLISH_LABELS, stubPageWatcher } from './support/launcher-page';

/** A ward page with the launcher on it (its root open, so the test can look inside). */
function wardPage() {
  const { document } = parseHTML('<!doctype html><html><body><main>Ward 7B</main></body></html>');
  const launcher = createLauncher({
    document: document as unknown as Document,
    // The spare token is ready: the URL comes at once.
    sidebarUrl: () => Promise.resolve('chrome-extension://kindling/sidepanel.html?token=spare'),
    guardedEarly: true,
    open: true,
  });
  launcher.attach({
    side: 'right',
    collapsed: false,
    labels: ENGLISH_LABELS,
  });
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
      expect(frame()?.getAttribute('src')).toBe('chrome-extension://kindling/sidepanel.html?token=spare');
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
