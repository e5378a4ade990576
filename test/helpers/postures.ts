// Stick-body postures for the posture tests (see src/core/posture.ts).
import type { PoseFrame } from '../../src/core/landmarks';
import { SQUAT_BOTTOM } from './exercise-sets';
import { frameStream, groundedHipDrop, poseBlend, repSchedule, type RepPlan } from './motion';
import { seededRandom, STANDING, VIEW_YAW, type Pose } from './stick-body';

/** On a chair: thighs level, shanks straight down, trunk upright. */
export const SEATED: Pose = {
  ...STANDING,
  hipFlexL: 90,
  hipFlexR: 90,
  kneeFlexL: 90,
  kneeFlexR: 90,
};
/**
 * The bottom of a squat that balances: SQUAT_BOTTOM leaned forward to 50° so that the centre of
 * mass is over the feet, as a real squatter's is (leaning 35°, the stick body would tip backwards:
 * only a seat could hold it there).
 */
export const BALANCED_SQUAT: Pose = { ...SQUAT_BOTTOM, trunkLean: 50 };

/**
 * A squat `f` (0..1) of the way down that stays balanced all the way: trunk and arms go forward
 * early (as the square root of the depth), as a squatter's do, where a linear blend of the joint
 * angles would sit back behind the heels half-way down.
 */
export function balancedSquatAt(f: number): Pose {
  const p = poseBlend(STANDING, BALANCED_SQUAT, f);
  const early = Math.sqrt(Math.max(0, f));
  const q: Pose = {
    ...p,
    trunkLean: BALANCED_SQUAT.trunkLean * early,
    shoulderFlexL: BALANCED_SQUAT.shoulderFlexL * early,
    shoulderFlexR: BALANCED_SQUAT.shoulderFlexR * early,
  };
  return { ...q, hipDrop: groundedHipDrop(q) };
}

/** A set of balanced squats seen side-on, as frames. */
export function balancedSquatSet(plan: RepPlan, seed: number): PoseFrame[] {
  const schedule = repSchedule(plan);
  return frameStream((t) => ({ ...balancedSquatAt(schedule.fraction(t)), yaw: VIEW_YAW.side }), {
    fps: 30,
    durationMs: schedule.durationMs,
    noisePx: 1,
    random: seededRandom(seed),
  });
}
/** Tall kneeling: thighs upright, shanks flat on the floor behind. */
export const KNEELING: Pose = { ...STANDING, kneeFlexL: 90, kneeFlexR: 90 };
/** Hands and knees: trunk level, thighs hanging, shanks flat, arms straight down. */
export const QUADRUPED: Pose = { ...KNEELING, trunkLean: 90, shoulderFlexL: 90, shoulderFlexR: 90 };
