import { readFileSync } from 'node:fs';
import { createExerciseAnalyzer, getExercise, type PoseFrame } from '/work/main/src/core/index';
for (const file of process.argv.slice(2)) {
  const dump = JSON.parse(readFileSync(`/work/main/.cache/landmarks/${file}.json`, 'utf8')) as {
    exercise: string;
    frames: PoseFrame[];
  };
  const def = getExercise(dump.exercise);
  const a = createExerciseAnalyzer(def);
  const hist: { t: number; m: Record<string, number | null> }[] = [];
  let prev = '';
  const out: string[] = [];
  for (const f of dump.frames) {
    const u = a.push(f);
    hist.push({ t: f.timestampMs, m: u.measures });
    if (prev === 'rest' && u.phase === 'out') {
      // find values 0.3 s before leaving
      const back = hist.filter((h) => h.t >= f.timestampMs - 400);
      const cond = def.startPosition.conditions.map(
        (c) =>
          `${c.measure}:${back
            .map((h) => h.m[c.measure]?.toFixed(2))
            .slice(0, 3)
            .join(',')}`,
      );
      out.push(`${(f.timestampMs / 1000).toFixed(1)} ${cond.join(' ')}`);
    }
    prev = u.phase;
  }
  console.log(file, out.join(' | '));
}
