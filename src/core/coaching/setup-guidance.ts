// Position guidance before an exercise, from the live pose: is the body in the posture the
// exercise starts in (seated, standing, lying…), the needed part of it in frame, at a usable
// distance, in a camera view the exercise can be analysed from, and has that held long enough to
// call it "ready". Pure: time comes in as a parameter.
import type { TrackingState } from '../analysis-types';
import type { CameraView, ExerciseDefinition, Framing } from '../exercises/types';
import { Landmark, type PoseLandmark } from '../landmarks';
import { postureMatches, type ObservedPosture } from '../posture';

export type SetupIssue =
  | 'no-person'
  | 'not-in-frame'
  | 'step-back'
  | 'step-closer'
  | 'turn-sideways'
  | 'face-camera'
  | 'wrong-posture'
  | 'hold-still';

export interface SetupObservation {
  readonly landmarks: readonly PoseLandmark[] | null;
  readonly tracking: TrackingState | null;
  readonly view: CameraView | null;
  /** The analyzer's settled posture (null = not readable: no verdict). */
  readonly posture: ObservedPosture | null;
}

const MIN_VISIBILITY = 0.5;
const EDGE = 0.02;
/** Vertical span of the needed landmarks (fraction of the frame) below which we ask to come closer. */
const MIN_SPAN: Record<Framing, number> = { full_body: 0.4, upper_body: 0.3, lower_body: 0.25 };
/** Above this span a body part out of frame means "too close" rather than "move into view". */
const CLOSE_SPAN = 0.8;

type Pair = readonly [number, number];
const PARTS: Record<Framing, readonly Pair[]> = {
  full_body: [
    [Landmark.leftShoulder, Landmark.rightShoulder],
    [Landmark.leftHip, Landmark.rightHip],
    [Landmark.leftKnee, Landmark.rightKnee],
    [Landmark.leftAnkle, Landmark.rightAnkle],
    [Landmark.nose, Landmark.nose],
  ],
  upper_body: [
    [Landmark.nose, Landmark.nose],
    [Landmark.leftShoulder, Landmark.rightShoulder],
    [Landmark.leftElbow, Landmark.rightElbow],
    [Landmark.leftWrist, Landmark.rightWrist],
    [Landmark.leftHip, Landmark.rightHip],
  ],
  lower_body: [
    [Landmark.leftHip, Landmark.rightHip],
    [Landmark.leftKnee, Landmark.rightKnee],
    [Landmark.leftAnkle, Landmark.rightAnkle],
  ],
};

const isSeenInside = (p: PoseLandmark | undefined): p is PoseLandmark =>
  p !== undefined &&
  p.visibility >= MIN_VISIBILITY &&
  p.x >= EDGE &&
  p.x <= 1 - EDGE &&
  p.y >= EDGE &&
  p.y <= 1 - EDGE;

/** The first thing the person should fix, or null when the position is good. */
export function setupIssue(
  definition: Pick<ExerciseDefinition, 'framing' | 'views' | 'posture'>,
  observation: SetupObservation,
): SetupIssue | null {
  const { landmarks } = observation;
  if (landmarks === null) return 'no-person';
  // The posture first: a person standing for a seated exercise (or lying for a standing one) is
  // often cut off at the edge as well, and changing posture changes the framing anyway.
  if (observation.posture !== null && !postureMatches(definition.posture, observation.posture)) {
    return 'wrong-posture';
  }
  const ys = landmarks.filter((p) => p.visibility >= MIN_VISIBILITY).map((p) => p.y);
  const span = ys.length === 0 ? 0 : Math.max(...ys) - Math.min(...ys);
  const missing = PARTS[definition.framing].some(
    ([a, b]) => !isSeenInside(landmarks[a]) && !isSeenInside(landmarks[b]),
  );
  if (missing) return span >= CLOSE_SPAN ? 'step-back' : 'not-in-frame';
  if (span < MIN_SPAN[definition.framing]) return 'step-closer';
  if (observation.view !== null && !definition.views.includes(observation.view)) {
    return definition.views.includes('side') ? 'turn-sideways' : 'face-camera';
  }
  if (observation.tracking !== null && observation.tracking !== 'tracking') return 'hold-still';
  return null;
}

export interface SetupReadiness {
  readonly issue: SetupIssue | null;
  readonly isReady: boolean;
  /** Since when the position has been good (ms on the caller's clock), null when it is not. */
  readonly goodSinceMs: number | null;
  /** Since when it has been bad, while still ready (hysteresis). */
  readonly badSinceMs: number | null;
}

export const SETUP_READY_AFTER_MS = 1000;
export const SETUP_UNREADY_AFTER_MS = 1500;

export const setupReadinessCreate = (): SetupReadiness => ({
  issue: 'no-person',
  isReady: false,
  goodSinceMs: null,
  badSinceMs: null,
});

/** "Ready" once the position has been good for a second; lost only after 1.5 s of trouble. */
export function setupReadinessStep(
  state: SetupReadiness,
  issue: SetupIssue | null,
  timestampMs: number,
): SetupReadiness {
  if (issue === null) {
    const goodSinceMs = state.goodSinceMs ?? timestampMs;
    return {
      issue,
      goodSinceMs,
      badSinceMs: null,
      isReady: state.isReady || timestampMs - goodSinceMs >= SETUP_READY_AFTER_MS,
    };
  }
  const badSinceMs = state.badSinceMs ?? timestampMs;
  const isReady = state.isReady && timestampMs - badSinceMs < SETUP_UNREADY_AFTER_MS;
  return { issue, goodSinceMs: null, badSinceMs: isReady ? badSinceMs : null, isReady };
}
