/** English UI strings for saved actions: the journal in the popup, export and import (issue 3). */
export const journal = {} as const;
