import { addContentTranslation } from '../content/localize';
import { fr as frenchContent } from '../content/translations/fr';
import { nl as dutchContent } from '../content/translations/nl';
import { sv as swedishContent } from '../content/translations/sv';
import type { ContentTranslation } from '../content/translations/types';
import type { Translation } from './catalogue';
import { en } from './en/index';
import { fr } from './fr/index';
import { addCatalogue } from './index';
import type { Language } from './languages';
import { nl } from './nl/index';
import { sv } from './sv/index';

/** Every catalogue Kindling ships, for checks over all of them (tests); pages load theirs with lib/i18n/load.ts. */
export const catalogues: Readonly<Record<Language, Translation>> = { en, fr, nl, sv };

/** Every language's words for the content; English is the data itself. */
export const contentTranslations: Readonly<Record<Exclude<Language, 'en'>, ContentTranslation>> = {
  fr: frenchContent,
  nl: dutchContent,
  sv: swedishContent,
};

/** Makes every language speakable at once, with no loading (unit tests). */
export function addAllLanguages(): void {
  for (const [code, catalogue] of Object.entries(catalogues)) addCatalogue(code as Language, catalogue);
  for (const [code, words] of Object.entries(contentTranslations))
    addContentTranslation(code as Exclude<Language, 'en'>, words);
}
