import type { TranslationOf } from '../catalogue';
import type { errors as english } from '../en/errors';

/** Dutch (Belgium): a file that cannot be imported. */
export const errors = {
  'import.tooBig':
    'Dit bestand is {size} MB; Kindling importeert bestanden tot {max} MB. Er is niets geïmporteerd.',
  'import.notJson': 'Dit bestand is geen Kindling-export: het is geen JSON. Er is niets geïmporteerd.',
  'import.notExport': 'Dit bestand is geen Kindling-export. Er is niets geïmporteerd.',
  'import.newer':
    'Dit bestand komt uit een nieuwere versie van Kindling. Werk Kindling bij en importeer het dan opnieuw. Er is niets geïmporteerd.',
  'import.noLists': 'Deze export bevat geen lijst met acties en check-ins. Er is niets geïmporteerd.',
  'import.action': 'Actie {number}',
  'import.checkin': 'Check-in {number}',
  'import.badRecord': '{which}: {why} Er is niets geïmporteerd.',
  'import.badRecordWithId': '{which} (id {id}): {why} Er is niets geïmporteerd.',
} as const satisfies TranslationOf<typeof english>;
