// Shared pieces for the e2e specs: the real clips (skipped with a message where ../shared is
// absent, a failure under CI=true) and a browser with a fake webcam playing a real clip.
import { test as base, chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, fakeCameraArgs, y4mFromClip } from '../helpers/browser';
import {
  clipPath,
  DEFAULT_MANIFEST,
  loadManifest,
  MISSING_CLIPS_MESSAGE,
  type ClipEntry,
} from '../helpers/clips';

export const manifest = loadManifest();

/** The manifest entry for `file`, or a skip (outside CI) when the shared clips are absent. */
export function requireClip(file: string): { clip: ClipEntry; path: string } {
  base.skip(manifest === null, MISSING_CLIPS_MESSAGE);
  const clip = manifest?.clips.find((entry) => entry.file === file);
  if (clip === undefined) throw new Error(`${file} is not in ${DEFAULT_MANIFEST}`);
  return { clip, path: clipPath(DEFAULT_MANIFEST, clip) };
}

/** Chromium's flags for a fake webcam playing `clipFile` (a skip outside CI without the clips). */
function cameraArgs(clipFile: string): string[] {
  const { path } = requireClip(clipFile);
  return [...CHROMIUM_ARGS, ...fakeCameraArgs(y4mFromClip(path))];
}

export async function launchWithCamera(
  clipFile: string,
  extraArgs: string[] = [],
): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...cameraArgs(clipFile), ...extraArgs],
  });
}

/**
 * A browser profile kept in `userDataDir` with a fake webcam playing `clipFile`: launched again
 * with another clip, the app finds the same IndexedDB, as a person's browser would.
 */
export function launchProfileWithCamera(
  clipFile: string,
  userDataDir: string,
  options: { baseURL: string | undefined; viewport: { width: number; height: number } },
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: cameraArgs(clipFile),
    acceptDownloads: true,
    ...(options.baseURL === undefined ? {} : { baseURL: options.baseURL }),
    viewport: options.viewport,
  });
}

export const test = base;
export { expect } from '@playwright/test';
