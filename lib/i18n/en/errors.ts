/** English messages for a file that cannot be imported: each says what is wrong and that nothing changed. */
export const errors = {
  'import.tooBig': 'This file is {size} MB; Kindling imports files of up to {max} MB. Nothing was imported.',
  'import.notJson': 'This file is not a Kindling export: it is not JSON. Nothing was imported.',
  'import.notExport': 'This file is not a Kindling export. Nothing was imported.',
  'import.newer':
    'This file comes from a newer version of Kindling. Update Kindling, then import it again. Nothing was imported.',
  'import.noLists': 'This export has no list of actions and check-ins. Nothing was imported.',
  'import.action': 'Action {number}',
  'import.checkin': 'Check-in {number}',
  'import.badRecord': '{which}: {why} Nothing was imported.',
  'import.badRecordWithId': '{which} (id {id}): {why} Nothing was imported.',
} as const;
