// Is the body the pose model reports still the patient? The model follows one person
// (numPoses = 1): when a caregiver or a child walks through the frame it may jump to them for a
// while. A person's body cannot move or change size from one frame to the next faster than a
// body can; a jump larger than that is another person. Counting and hold timing pause until the
// body matches the patient again (their size and where they were), or until the new body has
// stayed, steady, long enough to be the patient themselves (who moved the camera, say). Pure:
// landmarks and time in.
import { bodyPointsFrom, bodyTorsoLength, pointResolve, type BodyPoints } from './body';
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
 * The image torso length may change by this factor between frames, or from the patient's running
 * size: raising the arms lifts the shoulder landmarks (up to 1.4× in one frame on the shared
 * clips); a different body, nearer, farther or a child's, differs by more.
 */
export const IDENTITY_SIZE_RATIO = 1.5;
/** Back to the patient: a body of the patient's size within this many torso lengths of where the patient was (plus the speed allowance). */
export const IDENTITY_MATCH_DISTANCE_TORSO = 1.5;
/** A new body steady for this long is taken to be the patient (no one else stands still there
 * that long in front of a patient's camera); "steady" = no jump between its own frames. */
export const IDENTITY_ADOPT_AFTER_MS = 10_000;
/** The patient's size is a running mean over about this many frames. */
const SIZE_SMOOTHING_FRAMES = 15;

export interface IdentitySample {
  readonly hip: Vec3;
  readonly torso: number;
  readonly timestampMs: number;
}

export interface IdentityState {
  /** The patient's last frame and running size; null until someone is seen. */
  patient: IdentitySample | null;
  patientTorso: number | null;
  /** The previous frame of whoever was seen, to tell a jump. */
  previous: IdentitySample | null;
  /** Since when another body has been seen (null: the patient is in view, or no one). */
  otherSinceMs: number | null;
  /** Since when that other body has been steady (no jump of its own). */
  otherSteadySinceMs: number | null;
}

export const identityCreate = (): IdentityState => ({
  patient: null,
  patientTorso: null,
  previous: null,
  otherSinceMs: null,
  otherSteadySinceMs: null,
});

/** Hip centre and torso length in pixels, or null when the trunk is unseen. */
export function identitySampleOf(frame: PoseFrame, minVisibility: number): IdentitySample | null {
  if (frame.landmarks === null) return null;
  const image: BodyPoints = bodyPointsFrom(frame.landmarks, frame.imageWidth, frame.imageHeight);
  const torso = bodyTorsoLength(image, minVisibility);
  const hip = pointResolve('mid_hip', 'left', image, minVisibility);
  return torso === null || hip === null
    ? null
    : { hip: { x: hip.x, y: hip.y, z: 0 }, torso, timestampMs: frame.timestampMs };
}

const ratio = (a: number, b: number): number => Math.max(a, b) / Math.min(a, b);

/** Whether `b` can be the same body as `a`, `sizeRatio` and `distanceTorso` apart at most. */
function isSameBody(
  a: IdentitySample,
  aTorso: number,
  b: IdentitySample,
  sizeRatio: number,
  distanceTorso: number,
): boolean {
  if (ratio(aTorso, b.torso) > sizeRatio) return false;
  const seconds = Math.max(0, b.timestampMs - a.timestampMs) / 1000;
  const allowed = (distanceTorso + IDENTITY_MAX_SPEED_TORSO_PER_S * seconds) * aTorso;
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
  const { patient, patientTorso } = state;
  if (patient === null || patientTorso === null) return adopt(state, sample);
  let isPatient: boolean;
  if (state.otherSinceMs === null && previous !== null) {
    // Following the patient frame to frame: only a jump says someone else.
    isPatient = isSameBody(
      previous,
      previous.torso,
      sample,
      IDENTITY_SIZE_RATIO,
      IDENTITY_JUMP_TORSO,
    );
  } else {
    isPatient = isSameBody(
      patient,
      patientTorso,
      sample,
      IDENTITY_SIZE_RATIO,
      IDENTITY_MATCH_DISTANCE_TORSO,
    );
  }
  if (isPatient) return adopt(state, sample);
  if (state.otherSinceMs === null) {
    state.otherSinceMs = timestampMs;
    state.otherSteadySinceMs = timestampMs;
  } else if (
    previous === null ||
    !isSameBody(previous, previous.torso, sample, IDENTITY_SIZE_RATIO, IDENTITY_JUMP_TORSO)
  ) {
    state.otherSteadySinceMs = timestampMs;
  }
  if (timestampMs - (state.otherSteadySinceMs ?? timestampMs) >= IDENTITY_ADOPT_AFTER_MS) {
    state.patientTorso = sample.torso;
    return adopt(state, sample);
  }
  return 'other';
}

function adopt(state: IdentityState, sample: IdentitySample): IdentityVerdict {
  state.patient = sample;
  const k = 1 / SIZE_SMOOTHING_FRAMES;
  state.patientTorso =
    state.patientTorso === null ? sample.torso : state.patientTorso * (1 - k) + sample.torso * k;
  state.otherSinceMs = null;
  state.otherSteadySinceMs = null;
  return 'patient';
}
