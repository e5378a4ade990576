// Ready-made synthetic sets: an exercise's start and target poses driven through a rep schedule.
import type { PoseFrame } from '../../src/core/landmarks';
import {
  frameStream,
  groundedHipDrop,
  poseBlend,
  repSchedule,
  type RepPlan,
  type Schedule,
  type StreamOptions,
} from './motion';
import { seededRandom, STANDING, VIEW_YAW, type Pose } from './stick-body';

export type ViewName = keyof typeof VIEW_YAW;

export const SQUAT_BOTTOM: Pose = {
  ...STANDING,
  hipFlexL: 95,
  hipFlexR: 95,
  kneeFlexL: 105,
  kneeFlexR: 105,
  trunkLean: 35,
  shoulderFlexL: 80,
  shoulderFlexR: 80,
};
/** Prone (roll −90° after the view's yaw), arms straight down to the floor. */
export const PUSH_UP_TOP: Pose = { ...STANDING, roll: -90, shoulderFlexL: 90, shoulderFlexR: 90 };
/** Elbows bent 100°, upper arms swung back towards the body. */
export const PUSH_UP_BOTTOM: Pose = {
  ...PUSH_UP_TOP,
  shoulderFlexL: 30,
  shoulderFlexR: 30,
  elbowFlexL: 100,
  elbowFlexR: 100,
};
export const CURL_TOP: Pose = { ...STANDING, elbowFlexL: 130, elbowFlexR: 130 };
export const ABDUCTION_TOP: Pose = { ...STANDING, shoulderAbdL: 160, shoulderAbdR: 160 };
export const KNEE_RAISE_LEFT: Pose = { ...STANDING, hipFlexL: 90, kneeFlexL: 90 };
export const KNEE_RAISE_RIGHT: Pose = { ...STANDING, hipFlexR: 90, kneeFlexR: 90 };
export const HIP_ABD_LEFT: Pose = { ...STANDING, hipAbdL: 35 };
export const HIP_ABD_RIGHT: Pose = { ...STANDING, hipAbdR: 35 };
export const JACK_OUT: Pose = {
  ...STANDING,
  shoulderAbdL: 165,
  shoulderAbdR: 165,
  hipAbdL: 15,
  hipAbdR: 15,
};

export interface SetOptions extends Partial<StreamOptions> {
  readonly view?: ViewName;
  readonly seed?: number;
}

/** A set of reps from `start` to `target` (or alternating targets), rendered as frames. */
export function repSet(
  start: Pose,
  targets: readonly Pose[],
  plan: RepPlan,
  options: SetOptions = {},
): { frames: PoseFrame[]; schedule: Schedule; poseAt: (t: number) => Pose } {
  const schedule = repSchedule(plan);
  const yaw = VIEW_YAW[options.view ?? 'front'];
  const repIndexAt = (t: number): number => {
    const i = schedule.reps.findIndex((r) => t <= r.endMs);
    return i < 0 ? schedule.reps.length - 1 : i;
  };
  const poseAt = (t: number): Pose => {
    const target = targets[repIndexAt(t) % targets.length] ?? start;
    const p = poseBlend(start, target, schedule.fraction(t));
    return { ...p, yaw: yaw + start.yaw, hipDrop: groundedHipDrop(p) };
  };
  const frames = frameStream(poseAt, {
    fps: 30,
    durationMs: schedule.durationMs,
    noisePx: 1,
    random: seededRandom(options.seed ?? 1),
    ...options,
  });
  return { frames, schedule, poseAt };
}
