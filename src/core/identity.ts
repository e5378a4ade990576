// Is the body the pose model reports still the patient? The model follows one person
// (numPoses = 1): when a caregiver or a child walks through the frame it may jump to them for a
// while. A person's body cannot move or change size from one frame to the next faster than a
// body can; a jump larger than that is another person. Counting and hold timing pause until the
// body matches the patient again (their size and where they were), or until the new body has
// stayed, steady, long enough to be the patient themselves (who moved the camera, say). Pure:
// landmarks and time in.
import { bodyPointsFrom, bodyTorsoLength, pointResolve, type BodyPoints } from './body';
import type { BodyPart } from './exercises/types';
import { pointDistance, type Vec3 } from './geometry';
import type { PoseFrame } from './landmarks';

/**
 * How far the hip centre may move between two frames, in torso lengths (≈ 0.5 m in an adult):
 * a fixed allowance for landmark noise and one frame of the fastest whole-body motion (a jump
 * squat's take-off, ≈ 2.5 m/s ≈ 5 torso lengths/s), plus that speed times the frame gap.
 */
export const IDENTITY_JUMP_TORSO = 0.75;
export const IDENTITY_MAX_SPEED_TORSO_PER_S = 6;
/**
 * The body's size in the image may change by this factor from one frame to the next: landmark
 * noise and arms lifting the shoulders reach 1.47× in single frames of the shared clips; a body
 * nearer the camera or a child's differs by more, and usually stands elsewhere too.
 */
export const IDENTITY_SIZE_RATIO = 1.5;
/**
 * Back to the patient: a body within this factor of the patient's running size (a mean over
 * frames, so one noisy frame moves it little; a child is ~0.7 × an adult, 1.43)…
 */
export const IDENTITY_MATCH_SIZE_RATIO = 1.25;
/** …within this many torso lengths of where the patient was (plus the speed allowance). */
export const IDENTITY_MATCH_DISTANCE_TORSO = 1.5;
/** A new body steady for this long is taken to be the patient (no one else stands still there
 * that long in front of a patient's camera); "steady" = no jump between its own frames. */
export const IDENTITY_ADOPT_AFTER_MS = 10_000;
/** The patient's size is a running mean over about this many frames. */
const SIZE_SMOOTHING_FRAMES = 15;

export interface IdentitySample {
  /** Hip centre in the image (pixels). */
  readonly hip: Vec3;
  /** Body size in the image: a torso length in pixels (see bodySize). */
  readonly size: number;
  readonly timestampMs: number;
}

export interface IdentityState {
  /** The patient's last frame and running size; null until someone is seen. */
  patient: IdentitySample | null;
  patientSize: number | null;
  /** The previous frame of whoever was seen, to tell a jump. */
  previous: IdentitySample | null;
  /** Since when another body has been seen (null: the patient is in view, or no one). */
  otherSinceMs: number | null;
  /** Since when that other body has been steady (no jump of its own). */
  otherSteadySinceMs: number | null;
}

export const identityCreate = (): IdentityState => ({
  patient: null,
  patientSize: null,
  previous: null,
  otherSinceMs: null,
  otherSteadySinceMs: null,
});

/** Segments whose lengths, with the torso's, give the body's size in the image. */
const SIZE_SEGMENTS: readonly (readonly [BodyPart, BodyPart])[] = [
  ['hip', 'knee'],
  ['knee', 'ankle'],
  ['shoulder', 'elbow'],
];

/**
 * The body's size in pixels: the median of the torso and the seen thighs, shanks and upper arms,
 * each divided by its share of an adult torso (Winter's proportions: thigh 0.245, leg 0.246,
 * upper arm 0.186 of height; torso ≈ 0.29), so one segment's foreshortening or a shoulder lifted
 * with the arm moves it little.
 */
function bodySize(image: BodyPoints, torso: number, minVisibility: number): number {
  const TO_TORSO: Readonly<Record<string, number>> = {
    'hip-knee': 0.29 / 0.245,
    'knee-ankle': 0.29 / 0.246,
    'shoulder-elbow': 0.29 / 0.186,
  };
  const sizes = [torso];
  for (const [a, b] of SIZE_SEGMENTS) {
    for (const side of ['left', 'right'] as const) {
      const p = pointResolve(a, side, image, minVisibility);
      const q = pointResolve(b, side, image, minVisibility);
      if (p !== null && q !== null) {
        sizes.push(pointDistance(p, q) * (TO_TORSO[`${a}-${b}`] ?? 1));
      }
    }
  }
  sizes.sort((x, y) => x - y);
  const mid = Math.floor(sizes.length / 2);
  return sizes.length % 2 === 1
    ? (sizes[mid] ?? torso)
    : ((sizes[mid - 1] ?? torso) + (sizes[mid] ?? torso)) / 2;
}

/** Hip centre and body size, or null when the trunk is unseen. */
export function identitySampleOf(frame: PoseFrame, minVisibility: number): IdentitySample | null {
  if (frame.landmarks === null) return null;
  const image: BodyPoints = bodyPointsFrom(frame.landmarks, frame.imageWidth, frame.imageHeight);
  const torso = bodyTorsoLength(image, minVisibility);
  const hip = pointResolve('mid_hip', 'left', image, minVisibility);
  return torso === null || hip === null
    ? null
    : {
        hip: { x: hip.x, y: hip.y, z: 0 },
        size: bodySize(image, torso, minVisibility),
        timestampMs: frame.timestampMs,
      };
}

const ratio = (a: number, b: number): number => Math.max(a, b) / Math.min(a, b);

/** Whether `b` can be the same body as `a`, `sizeRatio` and `distanceTorso` apart at most. */
function isSameBody(
  a: IdentitySample,
  aSize: number,
  b: IdentitySample,
  sizeRatio: number,
  distanceTorso: number,
): boolean {
  if (ratio(aSize, b.size) > sizeRatio) return false;
  const seconds = Math.max(0, b.timestampMs - a.timestampMs) / 1000;
  const allowed = (distanceTorso + IDENTITY_MAX_SPEED_TORSO_PER_S * seconds) * aSize;
  return pointDistance(a.hip, b.hip) <= allowed;
}

export type IdentityVerdict = 'patient' | 'other' | 'none';

/** Feeds one frame's sample (null = no body seen) and says whose body it is. */
export function identityStep(
  state: IdentityState,
  sample: IdentitySample | null,
  timestampMs: number,
): IdentityVerdict {
  if (sample === null) {
    // No one: the next body is judged against the patient, not against this gap.
    state.previous = null;
    return 'none';
  }
  const previous = state.previous;
  state.previous = sample;
  const { patient, patientSize } = state;
  if (patient === null || patientSize === null) return adopt(state, sample);
  let isPatient: boolean;
  if (state.otherSinceMs === null && previous !== null) {
    // Following the patient frame to frame: only a jump says someone else.
    isPatient = isSameBody(
      previous,
      previous.size,
      sample,
      IDENTITY_SIZE_RATIO,
      IDENTITY_JUMP_TORSO,
    );
  } else {
    isPatient = isSameBody(
      patient,
      patientSize,
      sample,
      IDENTITY_MATCH_SIZE_RATIO,
      IDENTITY_MATCH_DISTANCE_TORSO,
    );
  }
  if (isPatient) return adopt(state, sample);
  if (state.otherSinceMs === null) {
    state.otherSinceMs = timestampMs;
    state.otherSteadySinceMs = timestampMs;
  } else if (
    previous === null ||
    !isSameBody(previous, previous.size, sample, IDENTITY_SIZE_RATIO, IDENTITY_JUMP_TORSO)
  ) {
    state.otherSteadySinceMs = timestampMs;
  }
  if (timestampMs - (state.otherSteadySinceMs ?? timestampMs) >= IDENTITY_ADOPT_AFTER_MS) {
    state.patientSize = sample.size;
    return adopt(state, sample);
  }
  return 'other';
}

function adopt(state: IdentityState, sample: IdentitySample): IdentityVerdict {
  state.patient = sample;
  const k = 1 / SIZE_SMOOTHING_FRAMES;
  state.patientSize =
    state.patientSize === null ? sample.size : state.patientSize * (1 - k) + sample.size * k;
  state.otherSinceMs = null;
  state.otherSteadySinceMs = null;
  return 'patient';
}
