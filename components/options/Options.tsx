import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/lib/i18n';
import { ActionsSettings } from './ActionsSettings';
import { AudienceSetting } from './AudienceSetting';
import { JournalSettings } from './JournalSettings';
import { KeyboardSettings } from './KeyboardSettings';
import { LanguageSetting } from './LanguageSetting';
import { NudgeSettings } from './NudgeSettings';
import { PacksSettings } from './PacksSettings';
import { PrivacySettings } from './PrivacySettings';
import { SitesSettings } from './SitesSettings';
import { WmtyDaySetting } from './WmtyDaySetting';
import { ManagedNote } from './ManagedNote';
import { usePolicy } from '@/components/shared/usePolicy';

interface Section {
  /** The in-page link's target: the section's heading. */
  id: string;
  heading: MessageKey;
  body: () => ComponentChildren;
}

/** The page's sections, in the order people look for them; the table of contents lists the same. */
export const SECTIONS: readonly Section[] = [
  { id: 'sites', heading: 'options.sites.heading', body: () => <SitesSettings /> },
  {
    id: 'prompts',
    heading: 'options.nudges.heading',
    body: () => (
      <>
        <NudgeSettings />
        <AudienceSetting />
        <WmtyDaySetting />
      </>
    ),
  },
  { id: 'packs', heading: 'packs.heading', body: () => <PacksSettings /> },
  { id: 'actions', heading: 'options.actions.heading', body: () => <ActionsSettings /> },
  { id: 'data', heading: 'options.data.heading', body: () => <JournalSettings /> },
  { id: 'language', heading: 'options.language.heading', body: () => <LanguageSetting /> },
  { id: 'keyboard', heading: 'options.keyboard.heading', body: () => <KeyboardSettings /> },
  { id: 'privacy', heading: 'options.privacy.heading', body: () => <PrivacySettings /> },
];

/** The options page: Kindling's settings, kept in browser.storage.local, in grouped sections. */
export function Options() {
  const inForce = usePolicy();
  return (
    <div class="options">
      <header class="options-header">
        <h1>{t('options.heading')}</h1>
        <p class="muted">{t('options.intro')}</p>
        <ManagedNote inForce={inForce} />
      </header>
      <nav class="toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading">{t('options.toc')}</h2>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{t(section.heading)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options-main">
        {SECTIONS.map((section) => (
          <section
            key={section.id}
            class={`settings-section ${section.id}-section`}
            aria-labelledby={section.id}
          >
            {/* Focusable, so following its link in the table of contents moves keyboard focus here too. */}
            <h2 id={section.id} tabIndex={-1}>
              {t(section.heading)}
            </h2>
            {section.body()}
          </section>
        ))}
      </main>
    </div>
  );
}
