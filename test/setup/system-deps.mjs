// @ts-check
// Before the tests: Debian's Chromium (driven by Playwright), ffmpeg (fake webcam clips, frame
// counts) and redis-server (the signaling scale-out test) must be installed. Installs them with apt
// where missing, or says exactly what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const has = (/** @type {string} */ command) =>
  spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (!has('ffmpeg') || !has('ffprobe')) missing.push('ffmpeg');
if (!has('redis-server')) missing.push('redis-server');
if (missing.length === 0) process.exit(0);

const fix = `sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`;
if (!has('apt-get')) {
  console.error(
    `Tests need ${missing.join(', ')} (Debian's Chromium at ${chromium}). Install them: ${fix}`,
  );
  process.exit(1);
}
console.log(
  `Installing ${missing.join(', ')} with apt-get (needed by the browser and server tests)…`,
);
const asRoot = process.getuid?.() === 0;
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const apt = (/** @type {string[]} */ args) =>
  execFileSync(asRoot ? 'apt-get' : 'sudo', asRoot ? args : ['apt-get', ...args], {
    stdio: 'inherit',
    env,
  });
try {
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', ...missing]);
} catch {
  console.error(`Could not install ${missing.join(', ')}. Install them by hand: ${fix}`);
  process.exit(1);
}
