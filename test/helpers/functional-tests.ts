// Stick-body streams of the functional tests: sit-to-stands with the arms crossed on the chest
// (seen side-on), and the four stances of the balance test (seen from the front).
import type { PoseFrame } from '../../src/core/landmarks';
import { repSet } from './exercise-sets';
import { frameStream, type RepPlan, type Schedule } from './motion';
import { SEATED } from './postures';
import { seededRandom, STANDING, type Pose } from './stick-body';

/** Arms crossed on the chest: the wrists 0.35–0.5 torso lengths from mid-shoulder. */
export const ARMS_CROSSED: Partial<Pose> = {
  shoulderFlexL: 25,
  shoulderFlexR: 25,
  shoulderAbdL: -30,
  shoulderAbdR: -30,
  elbowFlexL: 140,
  elbowFlexR: 140,
};
/** Seated on the chair's front, leaning forward to rise, arms crossed. */
export const SEATED_CROSSED: Pose = { ...SEATED, ...ARMS_CROSSED, trunkLean: 20 };
export const STANDING_CROSSED: Pose = { ...STANDING, ...ARMS_CROSSED };
/** Standing up with the arms straight down beside the thighs: the hands pushed off them. */
export const STANDING_ARMS_DOWN: Pose = { ...STANDING };

export const FPS = 30;

/**
 * Sit-to-stands seen side-on. `armsUsedOn`: 1-based reps risen with the arms (the arms leave
 * the chest on the way up). The frames start at 0; the person sits still until plan.leadMs.
 */
export function sitToStandFrames(
  plan: RepPlan,
  options: { seed?: number; armsUsedOn?: readonly number[] } = {},
): { frames: PoseFrame[]; schedule: Schedule } {
  const targets = Array.from({ length: plan.count }, (_, i) =>
    (options.armsUsedOn ?? []).includes(i + 1) ? STANDING_ARMS_DOWN : STANDING_CROSSED,
  );
  const { frames, schedule } = repSet(SEATED_CROSSED, targets, plan, {
    view: 'side',
    seed: options.seed ?? 1,
  });
  return { frames, schedule };
}

// The balance stances, facing the camera. The hip's adduction brings the ankles together (hip
// joints 0.2 m apart, legs 0.87 m long: 6.6° closes the gap); flexion puts a foot ahead.
export const FEET_TOGETHER: Pose = { ...STANDING, hipAbdL: -5, hipAbdR: -5 };
export const SEMI_TANDEM: Pose = { ...FEET_TOGETHER, hipFlexL: 6, hipFlexR: -6 };
export const TANDEM: Pose = {
  ...STANDING,
  hipAbdL: -6.6,
  hipAbdR: -6.6,
  hipFlexL: 12,
  hipFlexR: -12,
};
export const ONE_FOOT: Pose = { ...STANDING, hipFlexL: 30, kneeFlexL: 70 };
/** A foot stepped out of the tandem stance, to the side. */
export const TANDEM_STEPPED_OUT: Pose = { ...TANDEM, hipAbdL: 12 };
/** An arm out to the side at shoulder height: reaching for a chair back or a wall. */
export const reaching = (p: Pose): Pose => ({ ...p, shoulderAbdR: 85 });

/** The poses of a timeline: each from its time (ms) until the next's. */
export function timelineFrames(
  timeline: readonly { readonly fromMs: number; readonly pose: Pose }[],
  durationMs: number,
  seed: number,
): PoseFrame[] {
  const poseAt = (t: number): Pose => {
    let pose = timeline[0]?.pose ?? STANDING;
    for (const step of timeline) if (t >= step.fromMs) pose = step.pose;
    return pose;
  };
  return frameStream(poseAt, { fps: FPS, durationMs, noisePx: 1, random: seededRandom(seed) });
}
