import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { isImportProgress, type ImportProgress } from '@/lib/messages';

/**
 * How far the background is in storing an import, from its progress notices.
 * Shown only while an import runs and the background has said how big it is
 * (it says so only for imports of a thousand records or more).
 */
export function ImportProgressBar({ active }: { active: boolean }) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  useEffect(() => {
    setProgress(null);
    if (!active) return undefined;
    const listener = (message: unknown) => {
      if (isImportProgress(message)) setProgress(message.progress);
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [active]);

  if (!active || !progress) return null;
  const label = t('journal.settings.importProgress', {
    done: progress.done,
    total: progress.total,
  });
  return (
    <div class="import-progress" style={{ display: 'grid', gap: '4px' }}>
      <span id="import-progress-label">{label}</span>
      <progress
        aria-labelledby="import-progress-label"
        max={progress.total}
        value={progress.done}
        style={{ width: '100%' }}
      />
    </div>
  );
}
