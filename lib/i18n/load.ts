import { addContentTranslation } from '../content/localize';
import type { ContentTranslation } from '../content/translations/types';
import type { Translation } from './catalogue';
import { addCatalogue, hasCatalogue } from './index';
import type { Language } from './languages';

type Words = Promise<[Translation, ContentTranslation]>;

/** Each language's UI catalogue and content words, as chunks of their own: a page loads only what it speaks. */
const LOADERS: Record<Exclude<Language, 'en'>, () => Words> = {
  fr: () =>
    Promise.all([
      import('./fr/index').then((m) => m.fr),
      import('../content/translations/fr').then((m) => m.fr),
    ]),
  nl: () =>
    Promise.all([
      import('./nl/index').then((m) => m.nl),
      import('../content/translations/nl').then((m) => m.nl),
    ]),
  sv: () =>
    Promise.all([
      import('./sv/index').then((m) => m.sv),
      import('../content/translations/sv').then((m) => m.sv),
    ]),
};

const loading = new Map<Language, Promise<void>>();

/** Loads `code`'s words once, so `setLanguage(code)` finds them; English is always there. */
export function loadLanguage(code: Language): Promise<void> {
  if (code === 'en' || hasCatalogue(code)) return Promise.resolve();
  const asked = loading.get(code);
  if (asked) return asked;
  const loaded = LOADERS[code]().then(([catalogue, content]) => {
    addCatalogue(code, catalogue);
    addContentTranslation(code, content);
  });
  // A chunk that failed to load may load at the next try.
  loaded.catch(() => loading.delete(code));
  loading.set(code, loaded);
  return loaded;
}
