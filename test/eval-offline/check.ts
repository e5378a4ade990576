// Offline accuracy check: replays per-frame landmark dumps of the shared clips (written by the real
// pipeline to .cache/landmarks/<file>.json) through the core analyzer and compares with the
// manifest's truth. Run: npx tsx test/eval-offline/check.ts [--manifest path] [--verbose]
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createExerciseAnalyzer, getExercise, type PoseFrame } from '../../src/core/index';

interface RepTime {
  start: number;
  end: number;
  peak: number | null;
  partial?: boolean;
}
interface Clip {
  file: string;
  exercise: string;
  view: string;
  reps: number;
  rep_times: RepTime[];
  hold_times?: { start: number; end: number }[] | null;
}
interface Dump {
  file: string;
  exercise: string;
  frames: PoseFrame[];
}

const args = process.argv.slice(2);
const manifestPath = args.includes('--manifest')
  ? (args[args.indexOf('--manifest') + 1] ?? '')
  : '/work/shared/media/manifest.json';
const verbose = args.includes('--verbose');
const dumpDir = join(process.cwd(), '.cache/landmarks');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { clips: Clip[] };
void dirname;

const rows: string[] = [];
let repClips = 0;
let exact = 0;
let withinOne = 0;
let holdClips = 0;
let holdOk = 0;
for (const clip of manifest.clips) {
  const path = join(dumpDir, `${clip.file}.json`);
  if (!existsSync(path)) {
    rows.push(`${clip.file.padEnd(36)} (no landmark dump)`);
    continue;
  }
  const dump = JSON.parse(readFileSync(path, 'utf8')) as Dump;
  const analyzer = createExerciseAnalyzer(getExercise(clip.exercise));
  for (const frame of dump.frames) analyzer.push(frame);
  const summary = analyzer.finish();
  const holdTruth = (clip.hold_times ?? []).reduce((sum, h) => sum + (h.end - h.start), 0);
  const isHold = (clip.hold_times ?? []).length > 0;
  const whole = clip.rep_times.filter((r) => r.partial !== true);
  const ends = summary.reps.map((r) => r.endTimestampMs / 1000);
  const matched = ends.filter((e) =>
    whole.some((r) => e >= r.start - 0.5 && e <= r.end + 1.0),
  ).length;
  const partials = summary.partials
    .map((p) => `${p.reason}@${(p.endTimestampMs / 1000).toFixed(1)}`)
    .join(' ');
  if (isHold) {
    holdClips += 1;
    const err = Math.abs((summary.holdSeconds ?? 0) - holdTruth);
    if (err <= 1) holdOk += 1;
    rows.push(
      `${clip.file.padEnd(36)} ${clip.exercise.padEnd(22)} hold truth ${holdTruth.toFixed(2)} s  held ${(summary.holdSeconds ?? 0).toFixed(2)} s  err ${err.toFixed(2)}`,
    );
  } else {
    repClips += 1;
    if (summary.repCount === clip.reps) exact += 1;
    if (Math.abs(summary.repCount - clip.reps) <= 1) withinOne += 1;
    rows.push(
      `${clip.file.padEnd(36)} ${clip.exercise.padEnd(22)} truth ${String(clip.reps).padStart(2)}  count ${String(summary.repCount).padStart(2)}  in-window ${matched}/${summary.repCount}` +
        (verbose
          ? `\n    ends ${ends.map((e) => e.toFixed(1)).join(' ')}\n    partials ${partials}`
          : ''),
    );
  }
}
console.log(rows.join('\n'));
console.log(
  `\nrep clips: exact ${exact}/${repClips}, within one ${withinOne}/${repClips}; hold clips within 1 s: ${holdOk}/${holdClips}`,
);
