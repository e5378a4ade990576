// Debian's Chromium, driven by Playwright, with the flags that work on this machine, and a fake
// webcam made from a real clip.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CACHE_DIR } from './paths';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Flags for a fake camera that plays `y4mPath` in a loop, with permission granted. */
export const fakeCameraArgs = (y4mPath: string): string[] => [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  `--use-file-for-fake-video-capture=${y4mPath}`,
];

/** Converts a clip to Y4M for Chromium's fake camera (cached in .cache/y4m). */
export function y4mFromClip(clip: string): string {
  const dir = resolve(CACHE_DIR, 'y4m');
  mkdirSync(dir, { recursive: true });
  const out = resolve(dir, basename(clip).replace(/\.[^.]+$/, '.y4m'));
  if (!existsSync(out)) {
    const tmp = `${out}.partial.y4m`;
    execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', clip, '-pix_fmt', 'yuv420p', tmp]);
    renameSync(tmp, out);
  }
  return out;
}

/** Number of video frames in a file, counted by decoding it with ffprobe (independent of the app). */
export function countFrames(file: string): number {
  const out = execFileSync('ffprobe', [
    '-v',
    'error',
    '-count_frames',
    '-select_streams',
    'v:0',
    '-show_entries',
    'stream=nb_read_frames',
    '-of',
    'csv=p=0',
    file,
  ]).toString();
  return Number.parseInt(out.trim(), 10);
}
