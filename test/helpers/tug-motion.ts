// A Timed Up and Go done by the stick body, seen side-on, with its true events: seated still, lean
// forward (the first movement to rise), stand, walk out, turn, walk back, turn to the chair, lean
// and sit down (the buttocks reach the seat 90% of the way down, the seat gives the rest), sit up,
// seated still.
// The stick body stays where the camera looks (world landmarks are hip-centred, as MediaPipe's):
// walking is the legs' swing, turning the body's yaw.
import type { PoseFrame } from '../../src/core/landmarks';
import { frameStream, groundedHipDrop, poseBlend, type StreamOptions } from './motion';
import { SEATED } from './postures';
import { STANDING, VIEW_YAW, type Pose } from './stick-body';

/** How long each part takes, ms (defaults: a brisk, unremarkable test of 8.5 s). */
export interface TugPlan {
  readonly seatedMs: number;
  readonly leanMs: number;
  readonly riseMs: number;
  readonly walkOutMs: number;
  readonly turnMs: number;
  readonly walkBackMs: number;
  readonly turnToSitMs: number;
  readonly leanToSitMs: number;
  /** From standing to the buttocks on the seat. */
  readonly descentMs: number;
  /** The seat's give after contact (the cushion, the pelvis settling). */
  readonly seatGiveMs: number;
  readonly sitUpMs: number;
  readonly tailMs: number;
}

export const TUG_PLAN: TugPlan = {
  seatedMs: 1000,
  leanMs: 600,
  riseMs: 900,
  walkOutMs: 2000,
  turnMs: 1000,
  walkBackMs: 2000,
  turnToSitMs: 500,
  leanToSitMs: 300,
  descentMs: 1200,
  seatGiveMs: 300,
  sitUpMs: 500,
  tailMs: 1500,
};

/** Forward lean of the trunk to rise and to sit, degrees. */
const RISE_LEAN = 40;
const SIT_LEAN = 30;
/** A step each second: thighs swing ±20°, the swinging knee bends up to 35°. */
const STEP_MS = 1000;
/** The buttocks reach the seat 90% of the way down (the thighs at 81° of 90°): the rest is the
 * seat's give. */
const SEAT_CONTACT = 0.9;

export interface TugTruth {
  /** The first movement to rise (the lean starts). */
  readonly startMs: number;
  /** The buttocks on the seat (the thighs level). */
  readonly endMs: number;
  readonly turnStartMs: number;
  readonly turnEndMs: number;
  readonly durationMs: number;
}

export function tugTruth(plan: TugPlan = TUG_PLAN): TugTruth {
  const startMs = plan.seatedMs;
  const turnStartMs = startMs + plan.leanMs + plan.riseMs + plan.walkOutMs;
  const turnEndMs = turnStartMs + plan.turnMs;
  const endMs = turnEndMs + plan.walkBackMs + plan.turnToSitMs + plan.leanToSitMs + plan.descentMs;
  return {
    startMs,
    endMs,
    turnStartMs,
    turnEndMs,
    durationMs: endMs + plan.seatGiveMs + plan.sitUpMs + plan.tailMs,
  };
}

const ease = (u: number): number => (1 - Math.cos(Math.PI * Math.min(1, Math.max(0, u)))) / 2;
const clamp01 = (u: number): number => Math.min(1, Math.max(0, u));

function walking(t: number, yaw: number): Pose {
  const swing = Math.sin((2 * Math.PI * t) / STEP_MS);
  return {
    ...STANDING,
    hipFlexL: 20 * swing,
    hipFlexR: -20 * swing,
    kneeFlexL: 35 * Math.max(0, swing),
    kneeFlexR: 35 * Math.max(0, -swing),
    yaw,
  };
}

const grounded = (p: Pose): Pose => ({ ...p, hipDrop: groundedHipDrop(p) });

/** The stick body's pose at `t` ms. */
export function tugPose(t: number, plan: TugPlan = TUG_PLAN): Pose {
  const side = VIEW_YAW.side;
  const seated: Pose = { ...SEATED, yaw: side };
  let at = plan.seatedMs;
  if (t < at) return grounded(seated);
  if (t < at + plan.leanMs) {
    // The lean starts at once (constant speed), as a rise begins.
    return grounded({ ...seated, trunkLean: (RISE_LEAN * (t - at)) / plan.leanMs });
  }
  at += plan.leanMs;
  if (t < at + plan.riseMs) {
    const f = ease((t - at) / plan.riseMs);
    return grounded(poseBlend({ ...seated, trunkLean: RISE_LEAN }, { ...STANDING, yaw: side }, f));
  }
  at += plan.riseMs;
  if (t < at + plan.walkOutMs) return grounded(walking(t - at, side));
  at += plan.walkOutMs;
  if (t < at + plan.turnMs) {
    return grounded(walking(t - at, side + (180 * (t - at)) / plan.turnMs));
  }
  at += plan.turnMs;
  const back = side + 180;
  if (t < at + plan.walkBackMs) return grounded(walking(t - at, back));
  at += plan.walkBackMs;
  if (t < at + plan.turnToSitMs) {
    return grounded({ ...STANDING, yaw: back + (180 * (t - at)) / plan.turnToSitMs });
  }
  at += plan.turnToSitMs;
  const standingToSit: Pose = { ...STANDING, yaw: side + 360 };
  if (t < at + plan.leanToSitMs) {
    return grounded({ ...standingToSit, trunkLean: (SIT_LEAN * (t - at)) / plan.leanToSitMs });
  }
  at += plan.leanToSitMs;
  const seatedLeaning: Pose = { ...seated, yaw: side + 360, trunkLean: SIT_LEAN };
  const down = (f: number): Pose =>
    grounded(poseBlend({ ...standingToSit, trunkLean: SIT_LEAN }, seatedLeaning, f));
  if (t < at + plan.descentMs) {
    // Down at an even speed until the buttocks reach the seat (contact is not eased)…
    return down(SEAT_CONTACT * clamp01((t - at) / plan.descentMs));
  }
  at += plan.descentMs;
  if (t < at + plan.seatGiveMs) {
    // …then the seat gives the last tenth of the way (TUG_SEAT_GIVE_FRACTION), slowing.
    const u = (t - at) / plan.seatGiveMs;
    return down(SEAT_CONTACT + (1 - SEAT_CONTACT) * Math.sin((Math.PI / 2) * u));
  }
  at += plan.seatGiveMs;
  const up = ease((t - at) / plan.sitUpMs);
  return grounded({ ...seatedLeaning, trunkLean: SIT_LEAN * (1 - up) });
}

/** The test as 30 fps frames, with stream options (absent frames, an earlier end). */
export function tugFrames(
  plan: TugPlan = TUG_PLAN,
  options: Partial<StreamOptions> = {},
): PoseFrame[] {
  return frameStream((t) => tugPose(t, plan), {
    fps: 30,
    durationMs: tugTruth(plan).durationMs,
    ...options,
  });
}

/** Every duration of a plan times `k` (a slower test). */
export const tugPlanScaled = (k: number, plan: TugPlan = TUG_PLAN): TugPlan =>
  Object.fromEntries(Object.entries(plan).map(([key, v]) => [key, v * k])) as unknown as TugPlan;
