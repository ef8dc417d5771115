// Prints the launcher content script's size, raw and gzipped, for every build,
// and fails when the gzipped size is over its 8 KB budget.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { OUTPUT_DIR } from './paths.mjs';

const BUDGET = 8 * 1024;
const builds = ['chrome-mv3', 'firefox-mv2', 'chrome-mv3-e2e'];
let over = false;
let measured = 0;

for (const build of builds) {
  const file = path.join(OUTPUT_DIR, build, 'content-scripts', 'launcher.js');
  if (!existsSync(file)) continue;
  const raw = readFileSync(file);
  const gzipped = gzipSync(raw, { level: 9 }).length;
  measured++;
  over ||= gzipped > BUDGET;
  console.log(
    `${build.padEnd(16)} launcher.js ${(raw.length / 1024).toFixed(2)} KB raw, ${(gzipped / 1024).toFixed(2)} KB gzipped (budget ${BUDGET / 1024} KB)`,
  );
}

if (measured === 0) {
  console.error(`No build found in ${OUTPUT_DIR}: run \`npm run build:all\` first.`);
  process.exit(1);
}
if (over) {
  console.error('The launcher content script is over its size budget.');
  process.exit(1);
}
