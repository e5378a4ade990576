// npm run bench [-- --json <out>] [--seconds N] [--camera-clip F] [--file-clip F]
// In headless Chromium, side by side in one run: raw detectForVideo on the main thread vs the
// worker pipeline (frames from the camera track, as the app takes them, and from the <video>
// element's frame callback) on the same fake-camera clip, then file analysis of a real clip.
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, fakeCameraArgs, y4mFromClip } from '../helpers/browser';
import { clipPath, DEFAULT_MANIFEST, loadManifest } from '../helpers/clips';
import { startDevServer } from '../helpers/dev-server';
import { REPO_ROOT } from '../helpers/paths';
import type { LiveFigures } from './bench-page';

const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    seconds: { type: 'string', default: '20' },
    'camera-clip': { type: 'string', default: 'jumping-jack-front-01.webm' },
    'file-clip': { type: 'string', default: 'pushup-oblique-01.webm' },
  },
});
const manifest = loadManifest();
if (manifest === null) {
  console.error(`The benchmark needs the real clips at ${DEFAULT_MANIFEST}.`);
  process.exit(2);
}
const clip = (file: string) => {
  const entry = manifest.clips.find((c) => c.file === file);
  if (!entry) throw new Error(`${file} is not in the manifest`);
  return { entry, path: clipPath(DEFAULT_MANIFEST, entry) };
};
const seconds = Number(values.seconds);
const cameraClip = clip(values['camera-clip']);
const fileClip = clip(values['file-clip']);

const quantile = (sorted: number[], q: number): number =>
  sorted.length === 0
    ? NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);

interface Row {
  fps: number;
  p50_ms: number;
  p95_ms: number;
  main_ms_per_frame: number;
  long_tasks: number;
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
}

type LiveKind = 'runRaw' | 'runPipeline' | 'runPipelineVideo';

async function measureLive(page: Page, cdp: CDPSession, kind: LiveKind): Promise<Row> {
  let startTask = NaN;
  await page.exposeFunction(`benchMeasuring_${kind}`, async () => {
    startTask = await taskSeconds(cdp);
  });
  await page.evaluate((k) => {
    window.benchMeasuring = (window as unknown as Record<string, () => Promise<void>>)[
      `benchMeasuring_${k}`
    ];
  }, kind);
  const figures = (await page.evaluate(([k, s]) => window.bench[k as LiveKind](s as number), [
    kind,
    seconds,
  ] as const)) as LiveFigures;
  const endTask = await taskSeconds(cdp);
  const sorted = [...figures.latenciesMs].sort((a, b) => a - b);
  return {
    fps: figures.frames / figures.seconds,
    p50_ms: quantile(sorted, 0.5),
    p95_ms: quantile(sorted, 0.95),
    main_ms_per_frame: ((endTask - startTask) * 1000) / Math.max(1, figures.frames),
    long_tasks: figures.longTasks,
  };
}

const { url, server } = await startDevServer();
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, ...fakeCameraArgs(y4mFromClip(cameraClip.path))],
});
try {
  const open = async () => {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`page console: ${message.text()}`);
    });
    await page.goto(new URL('test/bench/bench.html', url).href);
    await page.locator('body[data-ready="true"]').waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    return { page, cdp };
  };
  console.log(
    `Camera: fake webcam playing ${cameraClip.entry.file} (${cameraClip.entry.fps} fps); ${seconds} s measured per path after 30 warm-up frames; lite model, CPU.`,
  );
  const a = await open();
  const raw = await measureLive(a.page, a.cdp, 'runRaw');
  await a.page.close();
  const b = await open();
  const pipeline = await measureLive(b.page, b.cdp, 'runPipeline');
  await b.page.close();
  const c = await open();
  const pipelineVideo = await measureLive(c.page, c.cdp, 'runPipelineVideo');
  // The clip is handed to the page from disk (it is not part of the app's origin content).
  const fileUrl = new URL('/bench-clip.webm', url).href;
  await c.page.route('**/bench-clip.webm', (route) => route.fulfill({ path: fileClip.path }));
  const file = await c.page.evaluate((u) => window.bench.runFile(u), fileUrl);
  await c.page.close();

  const result = {
    raw,
    pipeline,
    pipeline_video: pipelineVideo,
    throughput_ratio: pipeline.fps / raw.fps,
    file_realtime_factor: file.durationS / file.wallS,
  };
  const fmt = (n: number, d = 1) => n.toFixed(d).padStart(8);
  const row = (label: string, pick: (r: Row) => number, d = 1) =>
    console.log(
      `${label.padEnd(22)} ${fmt(pick(raw), d)}          ${fmt(pick(pipeline), d)}           ${fmt(pick(pipelineVideo), d)}`,
    );
  console.log('');
  console.log(
    '                       raw main thread   pipeline (track)   pipeline (video callback)',
  );
  row('throughput (frames/s)', (r) => r.fps);
  row('latency p50 (ms)', (r) => r.p50_ms);
  row('latency p95 (ms)', (r) => r.p95_ms);
  row('main thread ms/frame', (r) => r.main_ms_per_frame, 2);
  row('long tasks (> 50 ms)', (r) => r.long_tasks, 0);
  console.log(
    `latency p50 ratio (track / video callback): ${(pipeline.p50_ms / pipelineVideo.p50_ms).toFixed(3)}`,
  );
  console.log('');
  console.log(
    `throughput ratio (pipeline / raw): ${result.throughput_ratio.toFixed(3)}  (target ≥ 0.9)`,
  );
  console.log(
    `file analysis: ${fileClip.entry.file}, ${file.frames} frames, ${file.durationS.toFixed(2)} s of video in ${file.wallS.toFixed(2)} s → ${result.file_realtime_factor.toFixed(2)}× real time (target > 1)`,
  );
  if (values.json !== undefined) {
    const out = resolve(values.json);
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`wrote ${relative(REPO_ROOT, out)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
