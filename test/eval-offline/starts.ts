// Debug aid: the start-position measures of each clip at the first frames and over the clip.
// Run: npx tsx test/eval-offline/starts.ts <clip file>...
import { readFileSync } from 'node:fs';
import { getExercise, type PoseFrame } from '../../src/core/index';
import { OPEN_PROTOCOL, setRunCreate } from '../../src/core/set-run';

for (const file of process.argv.slice(2)) {
  const dump = JSON.parse(readFileSync(`.cache/landmarks/${file}.json`, 'utf8')) as {
    exercise: string;
    frames: PoseFrame[];
  };
  const def = getExercise(process.env['EX'] ?? dump.exercise);
  const run = setRunCreate(def, OPEN_PROTOCOL);
  const series = new Map<string, number[]>();
  for (const frame of dump.frames) {
    const update = run.push(frame);
    if (update === null) continue;
    for (const c of def.startPosition.conditions) {
      const list = series.get(c.measure) ?? [];
      list.push(update.measures[c.measure] ?? NaN);
      series.set(c.measure, list);
    }
  }
  for (const [id, values] of series) {
    const seen = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
    const q = (f: number) => seen[Math.floor(f * (seen.length - 1))]?.toFixed(2);
    console.log(
      `${file} ${id}: first ${values
        .slice(0, 4)
        .map((v) => v.toFixed(2))
        .join(' ')}  p5 ${q(0.05)} p50 ${q(0.5)} p95 ${q(0.95)}`,
    );
  }
}
