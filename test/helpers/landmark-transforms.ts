// Landmark-level transformations of a recorded frame stream, for metamorphic tests: each one is a
// change to the recording whose effect on the true count and hold time is known from the manifest
// (a clip trimmed, mirrored, or with a still pose added at one end). Pure functions of the frames.
import {
  Landmark,
  type LandmarkName,
  type PoseFrame,
  type PoseLandmark,
} from '../../src/core/landmarks';
import { traceFrameMs } from '../../src/core/set-run';
import { ms } from '../../src/core/units';

const otherName = (name: string): string =>
  name.startsWith('left')
    ? `right${name.slice(4)}`
    : name.startsWith('right')
      ? `left${name.slice(5)}`
      : name.endsWith('Left')
        ? `${name.slice(0, -4)}Right`
        : name.endsWith('Right')
          ? `${name.slice(0, -5)}Left`
          : name;

/** For each landmark index, the index of its mirror image (left ↔ right; the nose is its own). */
export const MIRROR_INDEX: readonly number[] = (Object.keys(Landmark) as LandmarkName[])
  .sort((a, b) => Landmark[a] - Landmark[b])
  .map((name) => {
    const other = otherName(name);
    if (!(other in Landmark)) throw new Error(`no mirror landmark for ${name}`);
    return Landmark[other as LandmarkName];
  });

function mirroredPoints(
  points: readonly PoseLandmark[] | null,
  flipX: (x: number) => number,
): PoseLandmark[] | null {
  if (points === null) return null;
  return MIRROR_INDEX.map((from) => {
    const p = points[from];
    if (p === undefined) throw new Error(`a frame without landmark ${from}`);
    return { ...p, x: flipX(p.x) };
  });
}

/**
 * The recording mirrored left–right, as if the video were flipped: image x → 1 − x, world x
 * negated, and each left landmark becomes the right one (the person's left side is now seen
 * where their right was, and the model would name it so).
 */
export const framesMirrored = (frames: readonly PoseFrame[]): PoseFrame[] =>
  frames.map((f) => ({
    ...f,
    landmarks: mirroredPoints(f.landmarks, (x) => 1 - x),
    worldLandmarks: mirroredPoints(f.worldLandmarks, (x) => -x),
  }));

/** The frames from `fromMs` (inclusive) up to `toMs` (inclusive): the recording cut at both ends. */
export const framesTrimmed = (
  frames: readonly PoseFrame[],
  fromMs: number,
  toMs: number,
): PoseFrame[] => frames.filter((f) => f.timestampMs >= fromMs && f.timestampMs <= toMs);

/** The recording's frame interval (ms), for the frames a still pose adds. */
function frameStepMs(frames: readonly PoseFrame[]): number {
  const step = traceFrameMs(frames);
  if (step === null || step <= 0) throw new Error('a still pose needs at least two frames');
  return step;
}

/**
 * `stillMs` of the first frame's pose, held perfectly still, before the recording: the recording
 * itself starts `stillMs` later (its times shift by that much).
 */
export function framesStillBefore(frames: readonly PoseFrame[], stillMs: number): PoseFrame[] {
  const first = frames[0];
  if (first === undefined) return [];
  const step = frameStepMs(frames);
  const still: PoseFrame[] = [];
  for (let t = 0; t < stillMs; t += step)
    still.push({ ...first, timestampMs: ms(first.timestampMs + t) });
  return [...still, ...frames.map((f) => ({ ...f, timestampMs: ms(f.timestampMs + stillMs) }))];
}

/** `stillMs` of the last frame's pose, held perfectly still, after the recording. */
export function framesStillAfter(frames: readonly PoseFrame[], stillMs: number): PoseFrame[] {
  const last = frames.at(-1);
  if (last === undefined) return [];
  const step = frameStepMs(frames);
  const still: PoseFrame[] = [];
  for (let t = step; t <= stillMs; t += step)
    still.push({ ...last, timestampMs: ms(last.timestampMs + t) });
  return [...frames, ...still];
}
