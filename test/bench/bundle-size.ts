// npm run bench:bundle [-- --dist <dir>] [--json <out>]
// The patient's first paint, in gzip bytes: the entry chunk of the production build and its static
// imports (JS + CSS), next to each lazily loaded chunk (what opening that area adds). Reads the
// build's Vite manifest: run `npm run build` first (or point --dist at another build, e.g. of an
// older commit built with `npx vite build --manifest`).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleReport } from '../helpers/bundle';
import { REPO_ROOT } from '../helpers/paths';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: resolve(REPO_ROOT, 'dist') },
    json: { type: 'string' },
  },
});
const dist = resolve(values.dist);
const report = bundleReport(dist);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

console.log(`Build: ${dist}`);
console.log(`First paint (entry + static imports, gzip): ${kb(report.entry.gzipBytes)}`);
for (const file of report.entry.files) console.log(`  ${file}`);
if (report.lazy.length === 0) console.log('Lazy chunks: none');
for (const chunk of report.lazy) {
  console.log(`Lazy: ${chunk.src}: +${kb(chunk.gzipBytes)} (${chunk.files.join(', ')})`);
}
if (values.json !== undefined) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
