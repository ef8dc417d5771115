import { isNotice } from '@/lib/messages';
import { mountLauncher } from '@/lib/launcher/launcher';
import { t } from '@/lib/i18n';

const MOUNTED = '__kindlingLauncher';

export default defineContentScript({
  // Registered per enabled site by the background, never in the manifest.
  registration: 'runtime',
  main() {
    // Content-script globals live in the extension's isolated world, not the page's.
    const world = window as unknown as Record<string, unknown>;
    if (window.top !== window || world[MOUNTED]) return;
    world[MOUNTED] = true;

    const launcher = mountLauncher({
      document,
      sidebarUrl: browser.runtime.getURL('/sidepanel.html?embedded=1'),
      labels: { open: t('launcher.open'), close: t('launcher.close'), frameTitle: t('launcher.frameTitle') },
    });
    const onCommand = (message: unknown) => {
      if (isNotice(message, 'launcher/close')) launcher.close();
      if (isNotice(message, 'launcher/remove')) {
        launcher.unmount();
        browser.runtime.onMessage.removeListener(onCommand);
        world[MOUNTED] = false;
      }
    };
    browser.runtime.onMessage.addListener(onCommand);
  },
});
