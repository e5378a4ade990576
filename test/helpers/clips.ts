// The real exercise clips beside the repo (../shared/media) and their manifest. Tests that need
// them skip with a clear message where they are absent, except under CI=true, where that fails.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { IS_CI, SHARED_DIR } from './paths';

export interface RepWindow {
  readonly start: number;
  readonly end: number;
  readonly peak: number | null;
  readonly partial?: boolean;
  readonly leg?: string;
}
export interface ClipEntry {
  readonly file: string;
  readonly exercise: string;
  readonly view: string;
  readonly reps: number;
  readonly rep_times: readonly RepWindow[];
  readonly hold_times?: readonly { start: number; end: number }[];
  /** Timed Up and Go clips: the test's true time in seconds. */
  readonly tug_s?: number;
  readonly fps: number;
  readonly duration_s: number;
  readonly width: number;
  readonly height: number;
}
export interface ClipManifest {
  readonly clips: readonly ClipEntry[];
}

export const DEFAULT_MANIFEST = resolve(SHARED_DIR, 'media', 'manifest.json');

export const MISSING_CLIPS_MESSAGE = `Real clips not found at ${DEFAULT_MANIFEST}: tests that need them are skipped. Put the shared data folder beside the repo (../shared) to run them; under CI=true this is a failure.`;

/** The manifest, or null (with the reason printed) where the shared clips are not available. */
export function loadManifest(path: string = DEFAULT_MANIFEST): ClipManifest | null {
  if (!existsSync(path)) {
    if (IS_CI) throw new Error(`CI=true but ${MISSING_CLIPS_MESSAGE}`);
    return null;
  }
  return JSON.parse(readFileSync(path, 'utf8')) as ClipManifest;
}

export const clipPath = (manifestPath: string, clip: ClipEntry): string =>
  resolve(dirname(manifestPath), clip.file);

/** How close to the clip's first or last second a partial rep's edge must be to be cut by it. */
const CUT_EDGE_S = 0.05;

/**
 * Whether the manifest has a rep cut by the recording's start / end: a partial rep beginning at
 * its first frame (`firstS`) or ending at its last (`lastS`; by default the clip's own bounds).
 */
export function clipCutEnds(
  clip: ClipEntry,
  firstS = 0,
  lastS: number = clip.duration_s,
): { readonly atStart: boolean; readonly atEnd: boolean } {
  const partial = clip.rep_times.filter((r) => r.partial === true);
  return {
    atStart: partial.some((r) => r.start <= firstS + CUT_EDGE_S),
    atEnd: partial.some((r) => r.end >= lastS - CUT_EDGE_S),
  };
}
