import type { ComponentType } from 'preact';
import { t } from '@/lib/i18n';
import { JournalSettings } from './JournalSettings';
import { NudgeSettings } from './NudgeSettings';
import { SitesSettings } from './SitesSettings';

/**
 * Each feature contributes one settings section, in the order people look for
 * them. A section is a component that renders its own <section> with a heading.
 */
const sections: readonly ComponentType[] = [SitesSettings, NudgeSettings, JournalSettings];

/** The options page: Kindling's settings, kept in browser.storage.local. */
export function Options() {
  return (
    <main class="options">
      <h1>{t('options.heading')}</h1>
      {sections.map((Section, index) => (
        <Section key={index} />
      ))}
    </main>
  );
}
