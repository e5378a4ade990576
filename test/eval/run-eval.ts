// npm run eval -- --manifest <path> [--json <out>] [--dump-dir <dir>]
// Runs every clip of a manifest (files relative to it) through the real app (MediaPipe in headless
// Chromium, video-file source, the clip's exercise) and prints truth vs count per clip, totals, and
// beside them the metamorphic suite on each clip's landmarks (test/helpers/metamorphic.ts): per
// transformation, how many variants kept the right count.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser';
import { DEFAULT_MANIFEST, loadManifest } from '../helpers/clips';
import { startDevServer } from '../helpers/dev-server';
import { findExercise } from '../../src/core/exercises/library';
import { evaluateClip } from '../helpers/eval-clip';
import { evalTotals, formatEvalTable, planClip, type ClipResult } from '../helpers/eval-metrics';
import {
  formatMetamorphicTable,
  metamorphicRun,
  metamorphicTotals,
  type VariantResult,
} from '../helpers/metamorphic';

const { values } = parseArgs({
  options: {
    manifest: { type: 'string', default: DEFAULT_MANIFEST },
    json: { type: 'string' },
    'dump-dir': { type: 'string' },
  },
});
const manifestPath = resolve(values.manifest);
const manifest = loadManifest(manifestPath);
if (manifest === null) {
  console.error(`No manifest at ${manifestPath}.`);
  process.exit(2);
}

const plans = manifest.clips.map((clip) => planClip(clip, findExercise));
const unknown = plans.filter((plan) => plan.kind === 'unknown_exercise');
if (unknown.length > 0) {
  for (const plan of unknown) console.error(plan.reason);
  process.exit(2);
}
const notEvaluated = plans.filter((plan) => plan.kind === 'not_evaluated');
for (const plan of notEvaluated) console.log(`${plan.clip.file}: ${plan.reason}`);

const { url, server } = await startDevServer();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const results: ClipResult[] = [];
const variants: VariantResult[] = [];
try {
  for (const plan of plans) {
    if (plan.kind !== 'evaluate') continue;
    const { clip } = plan;
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const { result, trace } = await evaluateClip(page, url, manifestPath, plan);
    results.push(result);
    variants.push(...metamorphicRun(plan, trace.frames));
    const figures = [
      result.counts_reps ? `truth ${result.truth}, count ${result.count}` : null,
      result.hold_truth_s === null
        ? null
        : `held ${(result.hold_s ?? 0).toFixed(2)} s of ${result.hold_truth_s.toFixed(2)} s`,
    ].filter((f) => f !== null);
    console.log(`${clip.file}: ${figures.join('; ')}`);
    if (values['dump-dir'] !== undefined) {
      mkdirSync(values['dump-dir'], { recursive: true });
      writeFileSync(
        resolve(values['dump-dir'], `${basename(clip.file)}.json`),
        JSON.stringify({
          file: clip.file,
          exercise: clip.exercise,
          fps: clip.fps,
          width: trace.width,
          height: trace.height,
          frames: trace.frames,
        }),
      );
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const totals = evalTotals(results);
console.log(`\n${formatEvalTable(results, totals, notEvaluated)}`);
console.log(`\n${formatMetamorphicTable(variants)}`);
if (values.json !== undefined) {
  const clips = results.map(
    ({ file, exercise, truth, count, rep_end_times_s, hold_truth_s, hold_s, reps_in_window }) => ({
      file,
      exercise,
      truth,
      count,
      rep_end_times_s,
      hold_truth_s,
      hold_s,
      reps_in_window,
    }),
  );
  const not_evaluated = notEvaluated.map(({ clip, reason }) => ({ file: clip.file, reason }));
  writeFileSync(
    resolve(values.json),
    `${JSON.stringify({ clips, not_evaluated, totals, metamorphic: metamorphicTotals(variants) }, null, 2)}\n`,
  );
}
