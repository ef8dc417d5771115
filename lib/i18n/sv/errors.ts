import type { TranslationOf } from '../catalogue';
import type { errors as english } from '../en/errors';

/** Swedish: a file that cannot be imported. */
export const errors = {
  'import.tooBig': 'Filen är {size} MB; Kindling importerar filer på högst {max} MB. Inget importerades.',
  'import.notJson': 'Filen är ingen export från Kindling: den är inte JSON. Inget importerades.',
  'import.notExport': 'Filen är ingen export från Kindling. Inget importerades.',
  'import.newer':
    'Filen kommer från en nyare version av Kindling. Uppdatera Kindling och importera den sedan igen. Inget importerades.',
  'import.noLists': 'Exporten saknar listan över handlingar och check-ins. Inget importerades.',
  'import.action': 'Handling {number}',
  'import.checkin': 'Check-in {number}',
  'import.badRecord': '{which}: {why} Inget importerades.',
  'import.badRecordWithId': '{which} (id {id}): {why} Inget importerades.',
} as const satisfies TranslationOf<typeof english>;
