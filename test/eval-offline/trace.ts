// Debug aid: per-frame phase, count, tracking, view and measures of one dump.
// Run: npx tsx test/eval-offline/trace.ts <clip file> [fromS] [toS] [everyNthFrame] [measure ids...]
import { readFileSync } from 'node:fs';
import { getExercise, type PoseFrame } from '../../src/core/index';
import { OPEN_PROTOCOL, setRunCreate } from '../../src/core/set-run';
import { cueText } from '../../src/ui/text';
const [file, from = '0', to = '999', step = '3', ...ids] = process.argv.slice(2);
const dump = JSON.parse(readFileSync(`.cache/landmarks/${file}.json`, 'utf8')) as {
  exercise: string;
  frames: PoseFrame[];
};
const ex = process.env.EX ?? dump.exercise;
const run = setRunCreate(getExercise(ex), OPEN_PROTOCOL);
let i = 0;
for (const f of dump.frames) {
  const u = run.push(f);
  if (u === null) continue;
  const t = f.timestampMs / 1000;
  if (t >= Number(from) && t <= Number(to) && i % Number(step) === 0) {
    const ms = (ids.length ? ids : Object.keys(u.measures))
      .map((k) => `${k}=${u.measures[k]?.toFixed(2) ?? 'null'}`)
      .join(' ');
    console.log(
      t.toFixed(2),
      u.phase,
      u.repCount,
      u.tracking,
      u.view,
      u.visibleSide,
      ms,
      u.reps.length ? 'REP' : '',
      u.partials.map((p) => p.reason).join(','),
      u.cues.map((c) => cueText(c.message)).join('|'),
    );
  }
  i++;
}
