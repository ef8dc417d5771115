import { useEffect, useState } from 'preact/hooks';
import { userError } from '@/components/shared/userError';
import { t } from '@/lib/i18n';
import { shortcutPage, sidebarShortcut } from './shortcuts';

/** The shortcut that shows the sidebar, and the way to the browser's own page for changing it. */
export function KeyboardSettings() {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState('');
  const page = shortcutPage({
    openShortcutSettings: (browser.commands as { openShortcutSettings?: unknown }).openShortcutSettings,
    firefox: import.meta.env.FIREFOX,
  });

  useEffect(() => {
    const read = () =>
      void browser.commands.getAll().then(
        (commands) => setShortcut(sidebarShortcut(commands)),
        () => setShortcut(null),
      );
    read();
    // Back from the browser's shortcut page, the shortcut may have changed.
    const onVisible = () => {
      if (document.visibilityState === 'visible') read();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  const open = async () => {
    setError('');
    try {
      if (page.kind === 'api') {
        await (
          browser.commands as unknown as { openShortcutSettings(): Promise<void> }
        ).openShortcutSettings();
      } else if (page.kind === 'tab') {
        await browser.tabs.create({ url: page.url });
      }
    } catch (reason) {
      setError(t('options.keyboard.failed', { error: userError(reason) }));
    }
  };

  return (
    <>
      <dl class="shortcut">
        <dt>{t('options.keyboard.toggle')}</dt>
        <dd>
          {shortcut === undefined ? null : shortcut === null ? (
            <span class="muted">{t('options.keyboard.notSet')}</span>
          ) : (
            <kbd>{shortcut}</kbd>
          )}
        </dd>
      </dl>
      <p class="muted">{t('options.keyboard.help')}</p>
      {page.kind === 'words' ? (
        <p>{t('options.keyboard.firefoxSteps')}</p>
      ) : (
        <div class="row">
          <button type="button" class="secondary" onClick={() => void open()}>
            {t('options.keyboard.open')}
          </button>
        </div>
      )}
      <p role="alert" class="error">
        {error}
      </p>
    </>
  );
}
