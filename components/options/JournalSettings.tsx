import { useEffect, useRef, useState } from 'preact/hooks';
import { DB_VERSION } from '@/lib/db/migrations';
import { userError } from '@/components/shared/userError';
import { t } from '@/lib/i18n';
import { exportFileName } from '@/lib/journal/export';
import { csvExportWriter, EXPORT_CHUNK, exportParts, jsonExportWriter } from '@/lib/journal/export-chunks';
import { checkImportSize, parseImport, readImportJson } from '@/lib/journal/import';
import { request } from '@/lib/messages';
import { settings } from '@/lib/settings';
import { reminderTime } from '@/lib/background/reminders';
import '@/components/journal/journal.css';
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

/** Settings for saved actions: badge, reminders, and the user's data (export, import, clear). */
export function JournalSettings() {
  const [badge, setBadge] = useState<boolean | null>(null);
  const [reminders, setReminders] = useState<boolean | null>(null);
  const [time, setTime] = useState('09:00');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [persisted, setPersisted] = useState(false);
  const [offer, setOffer] = useState<SettingsOffer | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);

  const load = () => {
    void settings.badge.getValue().then(setBadge);
    void settings.reminderTime.getValue().then((value) => setTime(reminderTime(value)));
    // Reminders count as on only while notifications are still allowed.
    void Promise.all([
      settings.reminders.getValue(),
      browser.permissions.contains({ permissions: ['notifications'] }),
    ]).then(([on, allowed]) => setReminders(on && allowed));
  };

  useEffect(() => {
    load();
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

  const toggleReminders = async (on: boolean) => {
    // The permission prompt must be the first thing this click does.
    const allowed = on ? await browser.permissions.request({ permissions: ['notifications'] }) : true;
    if (on && !allowed) {
      setReminders(false);
      fail(t('journal.settings.remindersDenied'));
      return;
    }
    await settings.reminders.setValue(on);
    setReminders(on);
    if (!on) await browser.permissions.remove({ permissions: ['notifications'] }).catch(() => false);
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
    <section class="journal-settings" aria-labelledby="journal-settings-heading">
      <h2 id="journal-settings-heading">{t('journal.settings.heading')}</h2>
      <label class="switch">
        <input
          type="checkbox"
          checked={badge ?? false}
          disabled={badge === null}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            setBadge(on);
            void settings.badge.setValue(on);
          }}
        />
        {t('journal.settings.badge')}
      </label>
      <label class="switch">
        <input
          type="checkbox"
          checked={reminders ?? false}
          disabled={reminders === null}
          onChange={(event) => void toggleReminders(event.currentTarget.checked).catch(fail)}
        />
        {t('journal.settings.reminders')}
      </label>
      <label class="field">
        <span>{t('journal.settings.reminderTime')}</span>
        <input
          type="time"
          value={time}
          disabled={!reminders}
          onChange={(event) => {
            const value = reminderTime(event.currentTarget.value);
            setTime(value);
            void settings.reminderTime.setValue(value);
          }}
        />
      </label>

      <h3>{t('journal.settings.data')}</h3>
      <p class="muted">{t('journal.settings.dataIntro')}</p>
      {persisted && <p class="muted">{t('journal.settings.persisted')}</p>}
      <div class="row">
        <button type="button" onClick={() => void exportAs('json')}>
          {t('journal.settings.exportJson')}
        </button>
        <button type="button" class="quiet" onClick={() => void exportAs('csv')}>
          {t('journal.settings.exportCsv')}
        </button>
      </div>
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
      {offer && (
        <SettingsRestore
          offer={offer}
          onApplied={load}
          onDone={() => setOffer(null)}
          report={report}
          fail={fail}
        />
      )}
      <div class="row">
        {confirming ? (
          <div role="alertdialog" aria-labelledby="clear-question" class="card">
            <p id="clear-question">{t('journal.settings.clearConfirm')}</p>
            <div class="row">
              <button type="button" autoFocus onClick={() => void clearAll()}>
                {t('journal.settings.clearYes')}
              </button>
              <button
                type="button"
                class="quiet"
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
          <button type="button" class="quiet" ref={clearButton} onClick={() => setConfirming(true)}>
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
    </section>
  );
}
