import { useEffect, useRef, useState } from 'preact/hooks';
import { DB_VERSION } from '@/lib/db/migrations';
import { userError } from '@/components/shared/userError';
import { featureOn, usePolicy } from '@/components/shared/usePolicy';
import { t } from '@/lib/i18n';
import { exportFileName } from '@/lib/journal/export';
import { csvExportWriter, EXPORT_CHUNK, exportParts, jsonExportWriter } from '@/lib/journal/export-chunks';
import { checkImportSize, parseImport, readImportJson } from '@/lib/journal/import';
import { request } from '@/lib/messages';
import { ImportProgressBar } from './ImportProgressBar';
import { SettingsRestore, type SettingsOffer } from './SettingsRestore';

/** Saves text as a file through the browser's own download, without any network. */
function download(file: Blob, name: string) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const message = userError;

/** The user's data: export, import (with the settings it carries), and clear. */
export function JournalSettings() {
  const inForce = usePolicy();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [persisted, setPersisted] = useState(false);
  const [offer, setOffer] = useState<SettingsOffer | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void navigator.storage
      ?.persist?.()
      .then(setPersisted)
      .catch(() => undefined);
  }, []);

  const report = (text: string) => {
    setError('');
    setStatus(text);
  };
  const fail = (reason: unknown) => {
    setStatus('');
    setError(message(reason));
  };

  const exportAs = async (kind: 'json' | 'csv') => {
    try {
      // Part by part, so a journal of 100,000 actions never holds the page for long.
      // Each part joins the file's Blob as it comes: one Blob of the whole text at the end held the page.
      const writer = kind === 'json' ? jsonExportWriter() : csvExportWriter();
      const type = kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
      let file = new Blob([], { type });
      for await (const part of exportParts((after) =>
        request('journal/export', { after, limit: EXPORT_CHUNK }),
      )) {
        file = new Blob([file, writer.add(part)], { type });
      }
      download(new Blob([file, writer.finish()], { type }), exportFileName(Date.now(), kind));
      report(t('journal.settings.exported', { count: writer.count }));
    } catch (reason) {
      fail(reason);
    }
  };

  const importFile = async (file: File) => {
    setBusy(true);
    setOffer(null);
    report(t('journal.settings.importing'));
    try {
      checkImportSize(file.size);
      const raw = readImportJson(await file.text());
      // A quick check here for a fast answer; the background checks everything again.
      const checked = parseImport(raw, DB_VERSION);
      const result = await request('journal/import', raw);
      report(
        t('journal.settings.imported', {
          added: result.actions.added,
          updated: result.actions.updated,
          skipped: result.actions.skipped,
          checkinsAdded: result.checkins.added,
          checkinsUpdated: result.checkins.updated,
          checkinsSkipped: result.checkins.skipped,
        }),
      );
      if (checked.settings) {
        // Settings are applied only once the user has seen what changes and said yes.
        const settingsFile = { ...(raw as object), actions: [], checkins: [] };
        const preview = await request('journal/settings', { file: settingsFile, apply: false });
        setOffer({ file: settingsFile, settings: checked.settings, ...preview });
      }
    } catch (reason) {
      fail(reason);
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const clearAll = async () => {
    try {
      await request('journal/clear', {});
      setConfirming(false);
      report(t('journal.settings.cleared'));
      requestAnimationFrame(() => clearButton.current?.focus());
    } catch (reason) {
      fail(reason);
    }
  };

  return (
    <div class="journal-settings">
      <p class="muted">{t('journal.settings.dataIntro')}</p>
      {persisted && <p class="muted">{t('journal.settings.persisted')}</p>}
      {featureOn(inForce, 'export') && (
        <div class="row">
          <button type="button" class="secondary" onClick={() => void exportAs('json')}>
            {t('journal.settings.exportJson')}
          </button>
          <button type="button" class="secondary" onClick={() => void exportAs('csv')}>
            {t('journal.settings.exportCsv')}
          </button>
        </div>
      )}
      <label class="field">
        <span>{t('journal.settings.import')}</span>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </label>
      <ImportProgressBar active={busy} />
      {offer && <SettingsRestore offer={offer} onDone={() => setOffer(null)} report={report} fail={fail} />}
      <div class="row">
        {confirming ? (
          <div role="alertdialog" aria-labelledby="clear-question" class="confirm">
            <p id="clear-question">{t('journal.settings.clearConfirm')}</p>
            <div class="row">
              <button type="button" class="secondary" autoFocus onClick={() => void clearAll()}>
                {t('journal.settings.clearYes')}
              </button>
              <button
                type="button"
                class="quiet-text"
                onClick={() => {
                  setConfirming(false);
                  requestAnimationFrame(() => clearButton.current?.focus());
                }}
              >
                {t('journal.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="quiet-text" ref={clearButton} onClick={() => setConfirming(true)}>
            {t('journal.settings.clear')}
          </button>
        )}
      </div>
      <p role="status" class="status">
        {status}
      </p>
      <p role="alert" class="error">
        {error}
      </p>
    </div>
  );
}
