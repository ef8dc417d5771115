import type { TranslationOf } from '../catalogue';
import type { errors as english } from '../en/errors';

/** French (Belgium): a file that cannot be imported. */
export const errors = {
  'import.tooBig':
    'Ce fichier fait {size} Mo ; Kindling importe des fichiers de {max} Mo au plus. Rien n’a été importé.',
  'import.notJson':
    'Ce fichier n’est pas un export de Kindling : ce n’est pas du JSON. Rien n’a été importé.',
  'import.notExport': 'Ce fichier n’est pas un export de Kindling. Rien n’a été importé.',
  'import.newer':
    'Ce fichier vient d’une version plus récente de Kindling. Mettez Kindling à jour, puis importez-le à nouveau. Rien n’a été importé.',
  'import.noLists': 'Cet export ne contient pas de liste d’actions et de check-ins. Rien n’a été importé.',
  'import.action': 'Action {number}',
  'import.checkin': 'Check-in {number}',
  'import.badRecord': '{which} : {why} Rien n’a été importé.',
  'import.badRecordWithId': '{which} (id {id}) : {why} Rien n’a été importé.',
} as const satisfies TranslationOf<typeof english>;
