// Where builds land. KINDLING_OUT_DIR lets two checkouts (or two people) build
// and test side by side without overwriting each other's extension.
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const OUTPUT_DIR = path.resolve(ROOT, process.env.KINDLING_OUT_DIR ?? '.output');
/** The test build, loaded by `npm start` and the end-to-end tests. */
export const TEST_BUILD_DIR = path.join(OUTPUT_DIR, 'chrome-mv3-e2e');
