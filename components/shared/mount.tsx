import { render, type ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { language, onLanguageChange, type Language } from '@/lib/i18n';
import { followLanguage } from '@/lib/i18n/follow';
import { browserLanguage } from '@/lib/i18n/browser-source';

/**
 * Re-renders the whole page when the language changes, so every open Kindling
 * page switches at once without a reload; what people typed stays, because
 * the components stay mounted and only their words change.
 */
function Speaking({ page, title }: { page: () => ComponentChild; title?: () => string }) {
  const [spoken, setSpoken] = useState<Language>(language());
  useEffect(() => onLanguageChange(setSpoken), []);
  useEffect(() => {
    document.documentElement.lang = spoken;
    if (title) document.title = title();
  }, [spoken, title]);
  return <>{page()}</>;
}

export interface MountOptions {
  title?: () => string;
  root?: HTMLElement;
  /** What else the first paint must wait for, asked at the same time as the language. */
  after?: Promise<unknown>;
}

/**
 * Mounts a Kindling page in the user's language. The first paint waits for
 * the language (one storage read) so nobody sees English flash first, and
 * for `after` (what else the page must know first), asked at the same time.
 */
export async function mountPage(page: () => ComponentChild, options: MountOptions = {}): Promise<void> {
  await Promise.all([followLanguage(browserLanguage), options.after]);
  render(<Speaking page={page} title={options.title} />, options.root ?? document.getElementById('app')!);
}
