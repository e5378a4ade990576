// Offline accuracy check: replays per-frame landmark dumps of the shared clips (written by the real
// pipeline to .cache/landmarks/<file>.json by test/e2e/clips-eval.spec.ts) through the set run
// (the app's one analysis path) and compares with the
// manifest's truth: count, how many counted reps end inside a true rep window
// ([start − 0.5 s, end + 1.0 s] of a non-partial rep), and held seconds.
//
//   npx tsx test/eval-offline/check.ts [--manifest path] [--verbose]
//          [--assert --min-exact 0.9 --max-off 1 --max-hold-err 1]
// With --assert it exits 1 when a level is not met (exact share of rep clips, largest count
// error, largest hold error in seconds).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findExercise, getExercise, type PoseFrame } from '../../src/core/index';
import { OPEN_PROTOCOL, setRunReplay } from '../../src/core/set-run';
import { DEFAULT_MANIFEST, loadManifest, MISSING_CLIPS_MESSAGE } from '../helpers/clips';
import {
  holdTruthSeconds,
  inTrueRepWindow,
  planClip,
  targetHoldTruthSeconds,
} from '../helpers/eval-metrics';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const manifestPath = option('--manifest', DEFAULT_MANIFEST);
const verbose = args.includes('--verbose');
const dumpDir = join(process.cwd(), '.cache/landmarks');
const manifest = loadManifest(manifestPath);
if (manifest === null) throw new Error(MISSING_CLIPS_MESSAGE);

let repClips = 0;
let exact = 0;
let worstOff = 0;
let worstHoldErr = 0;
let missing = 0;
let unknown = 0;
for (const clip of manifest.clips) {
  const plan = planClip(clip, findExercise);
  if (plan.kind !== 'evaluate') {
    console.log(`${clip.file.padEnd(36)} ${plan.reason}`);
    if (plan.kind === 'unknown_exercise') unknown += 1;
    continue;
  }
  const path = join(dumpDir, `${clip.file}.json`);
  if (!existsSync(path)) {
    console.log(`${clip.file.padEnd(36)} (no landmark dump)`);
    missing += 1;
    continue;
  }
  const dump = JSON.parse(readFileSync(path, 'utf8')) as { frames: PoseFrame[] };
  const { summary } = setRunReplay(getExercise(clip.exercise), OPEN_PROTOCOL, dump.frames);
  if (plan.hold !== null) {
    const truth =
      plan.hold === 'total' ? (holdTruthSeconds(clip) ?? 0) : targetHoldTruthSeconds(clip);
    const held =
      plan.hold === 'total'
        ? (summary.holdSeconds ?? 0)
        : summary.reps.reduce((sum, r) => sum + (r.quality.targetHoldMs ?? 0), 0) / 1000;
    const err = Math.abs(held - truth);
    worstHoldErr = Math.max(worstHoldErr, err);
    console.log(
      `${clip.file.padEnd(36)} ${clip.exercise.padEnd(22)} hold truth ${truth.toFixed(2)} s  held ${held.toFixed(2)} s  err ${err.toFixed(2)} s`,
    );
    if (!plan.countsReps) continue;
  }
  repClips += 1;
  if (summary.repCount === clip.reps) exact += 1;
  worstOff = Math.max(worstOff, Math.abs(summary.repCount - clip.reps));
  const ends = summary.reps.map((r) => r.endTimestampMs / 1000);
  const inWindow = ends.filter((e) => inTrueRepWindow(clip, e));
  console.log(
    `${clip.file.padEnd(36)} ${clip.exercise.padEnd(22)} truth ${String(clip.reps).padStart(2)}  count ${String(summary.repCount).padStart(2)}  in-window ${inWindow.length}/${summary.repCount}`,
  );
  if (verbose) {
    console.log(`    rep ends ${ends.map((e) => e.toFixed(1)).join(' ')}`);
    const partials = summary.partials.map(
      (p) => `${p.reason}@${(p.endTimestampMs / 1000).toFixed(1)}`,
    );
    console.log(`    partials ${partials.join(' ')}`);
  }
}
const exactShare = repClips === 0 ? 0 : exact / repClips;
console.log(
  `\nrep clips: exact ${exact}/${repClips} (${(100 * exactShare).toFixed(0)}%), worst count error ${worstOff}; ` +
    `hold clips: worst error ${worstHoldErr.toFixed(2)} s; clips without a dump: ${missing}`,
);
if (args.includes('--assert')) {
  const failures = [
    exactShare < Number(option('--min-exact', '0.9')) ? 'exact share' : null,
    worstOff > Number(option('--max-off', '1')) ? 'count error' : null,
    worstHoldErr > Number(option('--max-hold-err', '1')) ? 'hold error' : null,
    missing > 0 ? 'missing dumps' : null,
    unknown > 0 ? 'unknown exercises' : null,
  ].filter((f) => f !== null);
  if (failures.length > 0) {
    console.error(`FAILED: ${failures.join(', ')}`);
    process.exit(1);
  }
}
