// Which posture the body is in — standing, seated, lying (on the back, front or side), kneeling,
// on hands and knees — from the world landmarks (metres, y down, origin between the hips), so an
// exercise is only counted in the posture it is done in. Seated and a deep squat bend the same
// joints by the same amounts; what tells them apart is support: with no seat, the body's centre of
// mass must stay above the feet to balance, while on a chair it rests well behind the heels. That
// is physics, not a threshold fitted to a clip. Pure: landmarks in, a posture (or null when the
// needed joints are unseen or the reading is ambiguous) out.
import { partIndex, pointResolve, type BodyPoints, type Side } from './body';
import type { Posture } from './exercises/types';
import { vecAngleBetween, vecCross, vecFrom, vecSub, type Vec3 } from './geometry';

/** What the classifier can see: the exercise postures, plus a bent-knee stance on the feet alone
 * (a squat's bottom, a crouch), which no exercise starts from but which must not pass for seated. */
export type ObservedPosture = Posture | 'crouching';

const UP = vecFrom(0, -1, 0);
const DOWN = vecFrom(0, 1, 0);

/**
 * Thresholds, in degrees from the vertical (0° = upright segment, 90° = horizontal). Upright
 * segments are within 35° of vertical (a standing trunk leans < 20°, a hamstring-curl thigh drifts
 * < 25°), horizontal ones beyond 55° (a chair's seat holds the thigh within ~20° of horizontal);
 * between the two a segment is "neither" and the posture stays unknown rather than guessed.
 */
export const POSTURE_UPRIGHT_MAX_DEG = 35;
export const POSTURE_HORIZONTAL_MIN_DEG = 55;
/** A trunk leaning forward up to this is still sitting or standing (rising from a chair: ~45°). */
export const POSTURE_TRUNK_SITTING_MAX_DEG = 50;
/**
 * Seated vs crouching: the centre of mass this far behind the heels (torso lengths, ≈ 0.5 m in an
 * adult; 0.12 ≈ 6 cm, the heel pad plus the estimate's noise) cannot be balanced on the feet, so
 * something (a seat) carries the body. Seated upright with thighs level it is ≈ 0.5 behind; an
 * older man slumped forward on an office chair, filmed from above, ≈ 0.22; at the bottom of a
 * squat or a jump squat it is over the feet (measured on the shared clips: squat frames with the
 * thighs level −0.04 at worst, seated frames median −0.22 to −0.49).
 */
export const POSTURE_SUPPORTED_BEHIND_HEELS_TORSO = 0.12;
/** Lying: the chest faces up (supine) or down (prone) when its normal is within 45° of vertical,
 * else the body lies on its side. */
const FACING_VERTICAL_MAX_DEG = 45;

/**
 * Segment masses (fractions of body mass) and centre positions along each segment from its
 * proximal end, after Winter, "Biomechanics and Motor Control of Human Movement", table 4.1:
 * head-arms-trunk 0.678 at 0.626 of hip→shoulder, of which each arm is 0.050 (upper arm 0.028 at
 * 0.436 shoulder→elbow, forearm and hand 0.022 at 0.682 elbow→wrist: arms held forward shift the
 * mass forward, as a squatter's do); thigh 0.100 at 0.433, leg and foot 0.061 at 0.606.
 */
const HAT = { mass: 0.678, at: 0.626 } as const;
const UPPER_ARM = { mass: 0.028, at: 0.436 } as const;
const FOREARM = { mass: 0.022, at: 0.682 } as const;
const THIGH = { mass: 0.1, at: 0.433 } as const;
const LEG = { mass: 0.061, at: 0.606 } as const;

const SIDES: readonly Side[] = ['left', 'right'];

interface Arm {
  readonly shoulder: Vec3;
  readonly elbow: Vec3 | null;
  readonly wrist: Vec3 | null;
}

interface Limb {
  readonly hip: Vec3;
  readonly knee: Vec3;
  readonly ankle: Vec3 | null;
  readonly heel: Vec3 | null;
  readonly toe: Vec3 | null;
}

/** The features the decision is made on; exported so tests and tools can show them. */
export interface PostureFeatures {
  /** Trunk (hip centre → shoulder centre) from straight up. */
  readonly trunkDeg: number;
  /** Per seen leg: thigh (hip → knee) and shank (knee → ankle) from straight down. */
  readonly thighDeg: readonly number[];
  /** Same legs as thighDeg; null where the ankle is unseen. */
  readonly shankDeg: readonly (number | null)[];
  /** Chest normal from straight up (0° = facing up, 180° = facing down); null if unreadable. */
  readonly chestUpDeg: number | null;
  /** Centre of mass ahead of the heels along the facing direction, torso lengths (negative =
   * behind); null when the feet are unseen. */
  readonly comAheadOfHeels: number | null;
}

const seen = (body: BodyPoints, part: Parameters<typeof partIndex>[0], side: Side, v: number) =>
  pointResolve(part, side, body, v);

const horizontal = (a: Vec3): Vec3 => vecFrom(a.x, 0, a.z);
const unit = (a: Vec3): Vec3 | null => {
  const n = Math.hypot(a.x, a.y, a.z);
  return n === 0 ? null : vecFrom(a.x / n, a.y / n, a.z / n);
};
const lerp = (a: Vec3, b: Vec3, k: number): Vec3 =>
  vecFrom(a.x + (b.x - a.x) * k, a.y + (b.y - a.y) * k, a.z + (b.z - a.z) * k);
const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

/** The posture features, or null when the trunk or both thighs are unseen. */
export function postureFeatures(world: BodyPoints, minVisibility: number): PostureFeatures | null {
  const shoulders = pointResolve('mid_shoulder', 'left', world, minVisibility);
  const hips = pointResolve('mid_hip', 'left', world, minVisibility);
  if (shoulders === null || hips === null) return null;
  const torso = vecSub(shoulders, hips);
  const torsoLength = Math.hypot(torso.x, torso.y, torso.z);
  if (torsoLength === 0) return null;
  const limbs: Limb[] = [];
  for (const side of SIDES) {
    const hip = seen(world, 'hip', side, minVisibility);
    const knee = seen(world, 'knee', side, minVisibility);
    if (hip === null || knee === null) continue;
    limbs.push({
      hip,
      knee,
      ankle: seen(world, 'ankle', side, minVisibility),
      heel: seen(world, 'heel', side, minVisibility),
      toe: seen(world, 'foot', side, minVisibility),
    });
  }
  if (limbs.length === 0) return null;
  const thighDeg = limbs.map((l) => vecAngleBetween(vecSub(l.knee, l.hip), DOWN) as number);
  const shankDeg = limbs.map((l) =>
    l.ankle === null ? null : (vecAngleBetween(vecSub(l.ankle, l.knee), DOWN) as number),
  );
  const ls = world.points[partIndex('shoulder', 'left')];
  const rs = world.points[partIndex('shoulder', 'right')];
  const chest = ls === undefined || rs === undefined ? null : vecCross(vecSub(ls, rs), torso);
  const chestUpDeg =
    chest === null || (chest.x === 0 && chest.y === 0 && chest.z === 0)
      ? null
      : (vecAngleBetween(chest, UP) as number);
  return {
    trunkDeg: vecAngleBetween(torso, UP),
    thighDeg,
    shankDeg,
    chestUpDeg,
    comAheadOfHeels: comAheadOfHeels(
      hips,
      shoulders,
      SIDES.map((side) => ({
        shoulder: seen(world, 'shoulder', side, minVisibility) ?? shoulders,
        elbow: seen(world, 'elbow', side, minVisibility),
        wrist: seen(world, 'wrist', side, minVisibility),
      })),
      limbs,
      torsoLength,
    ),
  };
}

/** Centre of mass relative to the heels along the direction the feet and thighs point. */
function comAheadOfHeels(
  hips: Vec3,
  shoulders: Vec3,
  arms: readonly Arm[],
  limbs: readonly Limb[],
  torsoLength: number,
): number | null {
  const feet = limbs.filter(
    (l): l is Limb & { ankle: Vec3; heel: Vec3; toe: Vec3 } =>
      l.ankle !== null && l.heel !== null && l.toe !== null,
  );
  if (feet.length === 0) return null;
  let fx = 0;
  let fz = 0;
  for (const l of feet) {
    for (const d of [
      unit(horizontal(vecSub(l.toe, l.heel))),
      unit(horizontal(vecSub(l.knee, l.hip))),
    ]) {
      if (d === null) continue;
      fx += d.x;
      fz += d.z;
    }
  }
  const forward = unit(vecFrom(fx, 0, fz));
  if (forward === null) return null;
  // Both legs carry mass; a leg not seen is taken to mirror the one that is.
  const legShare = 2 / limbs.length;
  let cx = 0;
  let cz = 0;
  const addMass = (p: Vec3, m: number): void => {
    cx += p.x * m;
    cz += p.z * m;
  };
  const armMass = UPPER_ARM.mass + FOREARM.mass;
  addMass(lerp(hips, shoulders, HAT.at), HAT.mass - arms.length * armMass);
  for (const arm of arms) {
    // An unseen arm is taken to hang by the side (its mass under the shoulder).
    const elbow = arm.elbow ?? arm.shoulder;
    addMass(lerp(arm.shoulder, elbow, UPPER_ARM.at), UPPER_ARM.mass);
    addMass(lerp(elbow, arm.wrist ?? elbow, FOREARM.at), FOREARM.mass);
  }
  for (const l of limbs) {
    addMass(lerp(l.hip, l.knee, THIGH.at), THIGH.mass * legShare);
    addMass(lerp(l.knee, l.ankle ?? l.knee, LEG.at), LEG.mass * legShare);
  }
  const heelX = mean(feet.map((l) => l.heel.x));
  const heelZ = mean(feet.map((l) => l.heel.z));
  return ((cx - heelX) * forward.x + (cz - heelZ) * forward.z) / torsoLength;
}

const upright = (deg: number): boolean => deg <= POSTURE_UPRIGHT_MAX_DEG;
const level = (deg: number): boolean => deg >= POSTURE_HORIZONTAL_MIN_DEG;

/** The posture these features show, or null when they fit none clearly. */
export function postureOfFeatures(f: PostureFeatures): ObservedPosture | null {
  const { trunkDeg, thighDeg } = f;
  const shankDeg = f.shankDeg.filter((d): d is number => d !== null);
  if (level(trunkDeg)) {
    // Body axis horizontal: on hands and knees (thighs hang straight down), else lying.
    if (thighDeg.length > 0 && thighDeg.every(upright) && shankDeg.some(level)) return 'quadruped';
    if (f.chestUpDeg === null) return null;
    if (f.chestUpDeg <= FACING_VERTICAL_MAX_DEG) return 'supine';
    if (f.chestUpDeg >= 180 - FACING_VERTICAL_MAX_DEG) {
      // Facing down is also bending forward, standing or sitting (over to sit down, say): prone
      // (lying, plank, push-up) only with the legs along the floor as well.
      return thighDeg.length > 0 && thighDeg.every(level) && shankDeg.every(level) ? 'prone' : null;
    }
    return 'side_lying';
  }
  if (trunkDeg > POSTURE_TRUNK_SITTING_MAX_DEG) return null;
  // Trunk upright enough to sit or stand.
  const standingLeg = thighDeg.some((t, i) => {
    const shank = f.shankDeg[i];
    return upright(t) && shank !== null && shank !== undefined && upright(shank);
  });
  if (standingLeg) return 'standing';
  if (thighDeg.every(upright) && shankDeg.length > 0 && shankDeg.every(level)) return 'kneeling';
  if (thighDeg.every(level)) {
    if (f.comAheadOfHeels === null) return null;
    return f.comAheadOfHeels <= -POSTURE_SUPPORTED_BEHIND_HEELS_TORSO ? 'seated' : 'crouching';
  }
  return null;
}

export function postureClassify(
  world: BodyPoints | null,
  minVisibility: number,
): ObservedPosture | null {
  if (world === null) return null;
  const f = postureFeatures(world, minVisibility);
  return f === null ? null : postureOfFeatures(f);
}

/** Whether an observed posture is the one required ("upright": sitting or standing). */
export const postureMatches = (required: Posture, observed: ObservedPosture): boolean =>
  observed === required ||
  (required === 'upright' && (observed === 'standing' || observed === 'seated'));

/**
 * A posture reading becomes the settled one after it has lasted this long: one frame of a squat
 * passing through a chair's height, or of a misread joint, does not change the posture.
 */
export const POSTURE_SETTLE_MS = 150;

export interface PostureTrack {
  settled: ObservedPosture | null;
  candidate: ObservedPosture | null;
  candidateSinceMs: number | null;
}

export const postureTrackCreate = (): PostureTrack => ({
  settled: null,
  candidate: null,
  candidateSinceMs: null,
});

/** Feeds one frame's reading; returns the settled posture (null = unknown). */
export function postureTrackStep(
  track: PostureTrack,
  observed: ObservedPosture | null,
  timestampMs: number,
): ObservedPosture | null {
  if (observed !== track.candidate || track.candidateSinceMs === null) {
    track.candidate = observed;
    track.candidateSinceMs = timestampMs;
  }
  if (timestampMs - track.candidateSinceMs >= POSTURE_SETTLE_MS) track.settled = track.candidate;
  return track.settled;
}
