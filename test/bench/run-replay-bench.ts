// npm run bench:replay [-- --clip F] [--seconds N] [--rounds N] [--json out.json]
// Replay speed of a stored one-minute set in headless Chromium: frames per second and × real
// time, the replay worker and the main thread side by side in one run (alternating, after one cold
// call each). The minute is a real clip's landmarks (the app's own file analysis, lite model)
// repeated with shifted times, stored the way the live session stores a set.
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser';
import { clipPath, DEFAULT_MANIFEST, loadManifest } from '../helpers/clips';
import { startDevServer } from '../helpers/dev-server';
import { REPO_ROOT } from '../helpers/paths';
import type { ReplayBenchFigures, ReplayRun } from './replay-bench-page';

const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    clip: { type: 'string', default: 'squat-side-02.webm' },
    seconds: { type: 'string', default: '60' },
    rounds: { type: 'string', default: '5' },
  },
});
const manifest = loadManifest();
if (manifest === null) {
  console.error(`The benchmark needs the real clips at ${DEFAULT_MANIFEST}.`);
  process.exit(2);
}
const entry = manifest.clips.find((c) => c.file === values.clip);
if (entry === undefined) throw new Error(`${values.clip} is not in the manifest`);
if (entry.exercise !== 'squat')
  throw new Error('the replay bench stores a squat set: pick a squat clip');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

const { url, server } = await startDevServer();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.route('**/bench-clip.webm', (route) =>
    route.fulfill({ path: clipPath(DEFAULT_MANIFEST, entry) }),
  );
  await page.goto(new URL('test/bench/replay-bench.html', url).href);
  await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  const figures: ReplayBenchFigures = await page.evaluate(
    ([u, s, r]) => window.replayBench.run(u, s, r),
    [new URL('/bench-clip.webm', url).href, Number(values.seconds), Number(values.rounds)] as const,
  );
  const fps = (r: ReplayRun, pick: 'callMs' | 'apiMs') => figures.frames / (r[pick] / 1000);
  const realtime = (r: ReplayRun, pick: 'callMs' | 'apiMs') => figures.mediaMs / r[pick];
  const side = (runtime: ReplayRun['runtime']) => {
    const runs = figures.runs.filter((r) => r.runtime === runtime);
    const pick = (f: (r: ReplayRun) => number) => median(runs.map(f));
    return {
      runs: runs.length,
      call_ms: pick((r) => r.callMs),
      api_ms: pick((r) => r.apiMs),
      fps: pick((r) => fps(r, 'callMs')),
      realtime_factor: pick((r) => realtime(r, 'callMs')),
      long_tasks: pick((r) => r.longTasks),
      long_task_ms: pick((r) => r.longTaskMs),
      cold_call_ms: figures.cold.find((r) => r.runtime === runtime)?.callMs ?? NaN,
    };
  };
  const worker = side('worker');
  const main = side('main-thread');
  console.log(
    `Stored set: ${entry.file} (${figures.clipFrames} frames, lite model) repeated to ${(figures.mediaMs / 1000).toFixed(1)} s: ${figures.frames} frames, ${figures.reps} reps, ${figures.chunks} chunks, ${(figures.traceBytes / 1024).toFixed(0)} KB. Medians of ${worker.runs} replays each, alternating.`,
  );
  const fmt = (n: number, d = 1) => n.toFixed(d).padStart(12);
  const row = (label: string, pick: (s: typeof worker) => number, d = 1) =>
    console.log(`${label.padEnd(30)}${fmt(pick(worker), d)}${fmt(pick(main), d)}`);
  console.log(`${''.padEnd(30)}${'worker'.padStart(12)}${'main thread'.padStart(12)}`);
  row('replay call (ms)', (s) => s.call_ms);
  row('  of which in the API (ms)', (s) => s.api_ms);
  row('frames per second', (s) => s.fps, 0);
  row('× real time', (s) => s.realtime_factor, 0);
  row('main-thread long tasks', (s) => s.long_tasks, 0);
  row('  their time (ms)', (s) => s.long_task_ms, 0);
  row('first call, cold (ms)', (s) => s.cold_call_ms);
  if (values.json !== undefined) {
    const out = resolve(values.json);
    writeFileSync(out, `${JSON.stringify({ figures, worker, main }, null, 2)}\n`);
    console.log(`wrote ${relative(REPO_ROOT, out)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
