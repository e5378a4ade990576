// Generalisation probe: replays each rep clip from later start points (as if the recording began
// there) and compares the count with the manifest's reps that begin after that point. Start
// points within 0.4 s of a rep's start are skipped (whether that rep is "whole" is ambiguous).
// Run: npx tsx test/eval-offline/offsets.ts
import { existsSync, readFileSync } from 'node:fs';
import { getExercise, type PoseFrame } from '../../src/core/index';
import { OPEN_PROTOCOL, setRunReplay } from '../../src/core/set-run';
import { loadManifest, MISSING_CLIPS_MESSAGE } from '../helpers/clips';

const manifest = loadManifest();
if (manifest === null) throw new Error(MISSING_CLIPS_MESSAGE);
let trials = 0;
let right = 0;
for (const clip of manifest.clips) {
  const path = `.cache/landmarks/${clip.file}.json`;
  if ((clip.hold_times ?? []).length > 0 || !existsSync(path)) continue;
  const frames = (JSON.parse(readFileSync(path, 'utf8')) as { frames: PoseFrame[] }).frames;
  const whole = clip.rep_times.filter((r) => r.partial !== true);
  const misses: string[] = [];
  for (let offset = 0.5; offset < (frames.at(-1)?.timestampMs ?? 0) / 1000 - 1; offset += 0.5) {
    if (clip.rep_times.some((r) => Math.abs(r.start - offset) < 0.4)) continue;
    const truth = whole.filter((r) => r.start >= offset).length;
    const later = frames.filter((f) => f.timestampMs >= offset * 1000);
    const count = setRunReplay(getExercise(clip.exercise), OPEN_PROTOCOL, later).summary.repCount;
    trials += 1;
    if (count === truth) right += 1;
    else misses.push(`${offset.toFixed(1)}s: ${count} vs ${truth}`);
  }
  console.log(`${clip.file.padEnd(36)} ${misses.length === 0 ? 'all right' : misses.join(', ')}`);
}
console.log(`\n${right}/${trials} start points counted exactly`);
