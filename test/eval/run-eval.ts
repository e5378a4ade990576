// npm run eval -- --manifest <path> [--json <out>] [--dump-dir <dir>]
// Runs every clip of a manifest through the real app (MediaPipe in headless Chromium, video-file
// source) and prints truth vs count per clip and the totals.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { analyseFileInApp } from '../helpers/app-driver';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser';
import { clipPath, DEFAULT_MANIFEST, loadManifest } from '../helpers/clips';
import { startDevServer } from '../helpers/dev-server';

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

const { url, server } = await startDevServer();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const clip of manifest.clips) {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const started = Date.now();
    const { trace } = await analyseFileInApp(page, url, clipPath(manifestPath, clip));
    console.log(
      `${clip.file}: ${trace.frames.length}/${trace.frameCount} frames in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
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
