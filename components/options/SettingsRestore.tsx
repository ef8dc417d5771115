import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { SettingsExport } from '@/lib/journal/settings-export';
import { request } from '@/lib/messages';
import { settings } from '@/lib/settings';
import { siteOf } from '@/lib/sites';

/** An imported file's settings, checked, with what restoring them would change. */
export interface SettingsOffer {
  /** The file without its records, sent again to the background, which checks it again. */
  file: unknown;
  settings: SettingsExport;
  changes: string[];
  waiting: string[];
}

const hostOf = (pattern: string) => siteOf(pattern.replace(/\*$/, ''))?.host ?? pattern;

/**
 * Asks before restoring an import's settings, saying in plain words what
 * changes. Restored sites never get permission here: each waits for the
 * user's own click, which asks the browser for that one site.
 */
export function SettingsRestore({
  offer,
  onDone,
  report,
  fail,
}: {
  offer: SettingsOffer;
  onDone: () => void;
  /** The section's one status line and one alert, so a screen reader hears each once. */
  report: (text: string) => void;
  fail: (reason: unknown) => void;
}) {
  const [stage, setStage] = useState<'asking' | 'applied' | 'kept'>('asking');
  const [waiting, setWaiting] = useState<string[]>([]);
  const [remindersWaiting, setRemindersWaiting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const apply = async () => {
    try {
      const result = await request('journal/settings', { file: offer.file, apply: true });
      const allowed = await browser.permissions.contains({ permissions: ['notifications'] });
      setWaiting(result.waiting);
      setRemindersWaiting(offer.settings.reminders && !allowed);
      setStage('applied');
      report(t('journal.restore.applied'));
    } catch (reason) {
      fail(reason);
    }
  };

  const switchOn = async (pattern: string) => {
    const host = hostOf(pattern);
    try {
      // The permission prompt must be the first thing this click does.
      const granted = await browser.permissions.request({ origins: [pattern] });
      if (!granted) {
        fail(t('journal.restore.notAllowed', { host }));
        return;
      }
      await request('sites/enable', { url: pattern.replace(/\*$/, '') });
      setWaiting((all) => all.filter((each) => each !== pattern));
      report(t('journal.restore.switchedOn', { host }));
    } catch (reason) {
      fail(reason);
    }
  };

  const allowReminders = async () => {
    try {
      const allowed = await browser.permissions.request({ permissions: ['notifications'] });
      if (!allowed) {
        fail(t('journal.settings.remindersDenied'));
        return;
      }
      await settings.reminders.setValue(true);
      setRemindersWaiting(false);
    } catch (reason) {
      fail(reason);
    }
  };

  return (
    <section class="restore" aria-labelledby="restore-heading">
      <h3 id="restore-heading" ref={heading} tabIndex={-1}>
        {t('journal.restore.heading')}
      </h3>
      {stage === 'asking' && (
        <>
          {offer.changes.length === 0 ? (
            <p>{t('journal.restore.same')}</p>
          ) : (
            <>
              <p>{t('journal.restore.intro')}</p>
              <ul class="restore-changes">
                {offer.changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            </>
          )}
          <div class="row">
            <button type="button" class="primary" onClick={() => void apply()}>
              {t('journal.restore.apply')}
            </button>
            <button
              type="button"
              class="quiet-text"
              onClick={() => {
                setStage('kept');
                report(t('journal.restore.kept'));
              }}
            >
              {t('journal.restore.keep')}
            </button>
          </div>
        </>
      )}
      {stage === 'applied' && (waiting.length > 0 || remindersWaiting) && (
        <>
          <p>{t('journal.restore.waiting')}</p>
          <div class="row">
            {waiting.map((pattern) => (
              <button key={pattern} type="button" class="secondary" onClick={() => void switchOn(pattern)}>
                {t('journal.restore.switchOn', { host: hostOf(pattern) })}
              </button>
            ))}
            {remindersWaiting && (
              <button type="button" class="secondary" onClick={() => void allowReminders()}>
                {t('journal.restore.allowReminders')}
              </button>
            )}
          </div>
        </>
      )}
      {stage !== 'asking' && (
        <button type="button" class="quiet-text" onClick={onDone}>
          {t('journal.restore.close')}
        </button>
      )}
    </section>
  );
}
