import type { Migration } from './index';

/**
 * Version 3: an action may carry `history`, the earlier times it was done
 * (with their reflections), kept when it is planned again. No store or index
 * changes and every version 2 record is already a valid version 3 record, so
 * nothing is rewritten. The version moves on so that an export holding
 * history says `dbVersion: 3`, which an older Kindling refuses to import
 * rather than dropping the history without a word.
 */
export const v3: Migration = () => undefined;
