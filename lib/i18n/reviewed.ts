import type { MessageKey } from './catalogue';
import type { Language } from './languages';

/**
 * Messages that may read the same as English, reviewed one by one: the
 * product's name, and words a language uses as English does. Any other
 * message identical to English is a sentence nobody translated, and
 * `npm run i18n:check` lists it.
 */
export const SAME_AS_ENGLISH: Readonly<Record<'*' | Language, readonly MessageKey[]>> = {
  '*': ['app.name'],
  en: [],
  // The same word in French: questions, date, notes, sources, conversations; "check-in" and "Action" as borrowed.
  fr: [
    'checkin.lens.questions',
    'checkin.summary.date',
    'checkin.summary.notes',
    'glance.tab.conversations',
    'glance.tab.checkin',
    'glance.why.sources',
    'import.action',
    'import.checkin',
  ],
  // "Check-in" is the word Flemish and Swedish teams use; "link" is Dutch as well.
  nl: ['glance.tab.checkin', 'import.checkin', 'packs.count.links'],
  sv: ['glance.tab.checkin', 'import.checkin'],
};
