// npx tsx test/eval/run-metamorphic.ts [--manifest <path>] [--landmarks <dir>]
// The metamorphic suite (test/helpers/metamorphic.ts) on the landmarks the clips e2e keeps in
// .cache/landmarks, without a browser: for trying a counter change on every variant in seconds.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findExercise } from '../../src/core/exercises/library';
import type { PoseTrace } from '../helpers/app-driver';
import { DEFAULT_MANIFEST, loadManifest } from '../helpers/clips';
import { planClip } from '../helpers/eval-metrics';
import { formatMetamorphicTable, metamorphicRun, type VariantResult } from '../helpers/metamorphic';
import { CACHE_DIR } from '../helpers/paths';

const { values } = parseArgs({
  options: {
    manifest: { type: 'string', default: DEFAULT_MANIFEST },
    landmarks: { type: 'string', default: join(CACHE_DIR, 'landmarks') },
  },
});
const manifest = loadManifest(resolve(values.manifest));
if (manifest === null) {
  console.error(`No manifest at ${values.manifest}.`);
  process.exit(2);
}
const results: VariantResult[] = [];
const missing: string[] = [];
for (const clip of manifest.clips) {
  const plan = planClip(clip, findExercise);
  if (plan.kind !== 'evaluate') continue;
  const path = join(values.landmarks, `${clip.file}.json`);
  if (!existsSync(path)) {
    missing.push(clip.file);
    continue;
  }
  const trace = JSON.parse(readFileSync(path, 'utf8')) as PoseTrace;
  results.push(...metamorphicRun(plan, trace.frames));
}
console.log(formatMetamorphicTable(results));
if (missing.length > 0) {
  console.error(`no landmarks for ${missing.join(', ')} in ${values.landmarks}: run the clips e2e`);
  process.exit(2);
}
