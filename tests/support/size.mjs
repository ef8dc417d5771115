// Prints what Kindling's content scripts weigh, raw and gzipped, for every build, and fails when
// one is over its budget: the key guard, which runs at document_start before the page has loaded
// (≤ 1.5 KB gzipped), and the launcher with its prompt card, which comes after load (≤ 8 KB).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { OUTPUT_DIR } from './paths.mjs';

export const SCRIPTS = [
  { name: 'key guard', file: 'key-guard.js', budget: 1.5 * 1024 },
  { name: 'launcher + card', file: 'launcher.js', budget: 8 * 1024 },
];
const BUILDS = ['chrome-mv3', 'firefox-mv2', 'chrome-mv3-e2e'];
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

/** Raw and gzipped sizes of one build's content scripts, or null when that build is missing. */
export function measure(buildDir) {
  if (!existsSync(path.join(buildDir, 'manifest.json'))) return null;
  return SCRIPTS.map(({ name, file, budget }) => {
    const where = path.join(buildDir, file);
    const raw = existsSync(where) ? readFileSync(where) : null;
    const gzipped = raw ? gzipSync(raw, { level: 9 }).length : Infinity;
    return { name, file, budget, raw: raw?.length ?? 0, gzipped, over: gzipped > budget };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let over = false;
  let measured = 0;
  for (const build of BUILDS) {
    const sizes = measure(path.join(OUTPUT_DIR, build));
    if (!sizes) continue;
    measured++;
    for (const size of sizes) {
      over ||= size.over;
      console.log(
        `${build.padEnd(16)} ${size.name.padEnd(16)} ${size.file.padEnd(27)} ${kb(size.raw).padStart(9)} raw, ${kb(size.gzipped).padStart(8)} gzipped (budget ${kb(size.budget)}, ${(size.gzipped / size.budget).toFixed(2)}×)${size.over ? '  OVER' : ''}`,
      );
    }
  }
  if (measured === 0) {
    console.error(`No build found in ${OUTPUT_DIR}: run \`npm run build:all\` first.`);
    process.exit(1);
  }
  if (over) {
    console.error('A content script is over its size budget (or missing).');
    process.exit(1);
  }
}
