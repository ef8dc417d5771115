import type { PackStore } from '../packs/store';
import type { HandlersFor } from './handlers';

/** Content packs: added from a file or removed on the settings page, through the one pack store. */
export function packHandlers(packs: PackStore): HandlersFor<'packs/add' | 'packs/remove'> {
  return {
    'packs/add': ({ pack }) => packs.add(pack),
    'packs/remove': ({ id }) => packs.remove(id),
  };
}
