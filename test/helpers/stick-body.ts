// A synthetic stick body for tests: joint angles in, MediaPipe-shaped landmarks out.
// Forward kinematics with an adult's segment lengths (metres, roughly 50th-percentile adult:
// Winter, "Biomechanics and Motor Control of Human Movement"), seen by a pinhole camera.
// Frame axes (as MediaPipe's): x to the image's right, y down, z away from the camera.
import type { PoseFrame, PoseLandmark } from '../../src/core/landmarks';
import { ms } from '../../src/core/units';

export const SEGMENTS = {
  hipHalfWidth: 0.1,
  shoulderHalfWidth: 0.19,
  torso: 0.5,
  thigh: 0.44,
  shank: 0.43,
  upperArm: 0.3,
  forearm: 0.26,
  hand: 0.08,
  head: 0.25,
} as const;

/** Joint angles in degrees; 0 everywhere = standing, arms hanging, facing the camera. */
export interface Pose {
  /** Thigh forward from hanging (hip flexion), per side. */
  hipFlexL: number;
  hipFlexR: number;
  /** Thigh out to the side (hip abduction), per side. */
  hipAbdL: number;
  hipAbdR: number;
  /** Knee bend: interior knee angle = 180 − kneeFlex. */
  kneeFlexL: number;
  kneeFlexR: number;
  /** Upper arm forward (flexion) and out (abduction) from hanging. */
  shoulderFlexL: number;
  shoulderFlexR: number;
  shoulderAbdL: number;
  shoulderAbdR: number;
  /** Elbow bend: interior elbow angle = 180 − elbowFlex. */
  elbowFlexL: number;
  elbowFlexR: number;
  /** Trunk forward lean from upright. */
  trunkLean: number;
  /** Hip-centre drop below standing height (m), e.g. in a squat. */
  hipDrop: number;
  /** Whole-body rotation about the vertical (0 = facing the camera, 90 = left side to camera). */
  yaw: number;
  /** Whole-body roll in the image plane, after yaw (with yaw 90: −90 = prone facing the floor,
   * head to the image's left; 90 = supine facing up, head to the image's right). */
  roll: number;
}

export const STANDING: Pose = {
  hipFlexL: 0,
  hipFlexR: 0,
  hipAbdL: 0,
  hipAbdR: 0,
  kneeFlexL: 0,
  kneeFlexR: 0,
  shoulderFlexL: 0,
  shoulderFlexR: 0,
  shoulderAbdL: 0,
  shoulderAbdR: 0,
  elbowFlexL: 0,
  elbowFlexR: 0,
  trunkLean: 0,
  hipDrop: 0,
  yaw: 0,
  roll: 0,
};

type V = readonly [number, number, number];
const add = (a: V, b: V): V => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const scale = (a: V, k: number): V => [a[0] * k, a[1] * k, a[2] * k];
const dot = (a: V, b: V): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const norm = (a: V): V => scale(a, 1 / Math.hypot(...a));
const rad = (deg: number): number => (deg * Math.PI) / 180;

const UP: V = [0, -1, 0];
const DOWN: V = [0, 1, 0];
const FORWARD: V = [0, 0, -1]; // towards the camera
const LEFT: V = [1, 0, 0]; // the person's left is on the image's right when facing the camera

/** A limb direction: from hanging down, `flex` degrees forward and `abd` degrees out to `out`. */
const limbDirection = (flex: number, abd: number, out: V): V =>
  norm(
    add(
      add(
        scale(DOWN, Math.cos(rad(flex)) * Math.cos(rad(abd))),
        scale(FORWARD, Math.sin(rad(flex)) * Math.cos(rad(abd))),
      ),
      scale(out, Math.sin(rad(abd))),
    ),
  );

/** Rotates `d` by `angle` degrees towards the part of `towards` perpendicular to it. */
function bend(d: V, towards: V, angle: number): V {
  let n = add(towards, scale(d, -dot(towards, d)));
  if (Math.hypot(...n) < 1e-6) n = add(UP, scale(d, -dot(UP, d)));
  n = norm(n);
  return norm(add(scale(d, Math.cos(rad(angle))), scale(n, Math.sin(rad(angle)))));
}

/** The 33 landmark positions in body space (metres, hip centre at the origin, before yaw/pitch). */
export function bodyPoints(p: Pose): V[] {
  const pts: V[] = Array.from({ length: 33 }, () => [0, 0, 0] as V);
  const hip: V = [0, 0, 0];
  const trunkDir = norm(
    add(scale(UP, Math.cos(rad(p.trunkLean))), scale(FORWARD, Math.sin(rad(p.trunkLean)))),
  );
  const shoulderMid = add(hip, scale(trunkDir, SEGMENTS.torso));
  const head = add(shoulderMid, scale(trunkDir, SEGMENTS.head));
  const set = (i: number, v: V): void => {
    pts[i] = v;
  };
  set(0, add(head, scale(FORWARD, 0.1)));
  for (const [i, dx] of [
    [1, 0.02],
    [2, 0.035],
    [3, 0.05],
    [4, -0.02],
    [5, -0.035],
    [6, -0.05],
  ] as const) {
    set(i, add(add(head, scale(FORWARD, 0.08)), add(scale(LEFT, dx), scale(UP, 0.03))));
  }
  set(7, add(head, scale(LEFT, 0.075)));
  set(8, add(head, scale(LEFT, -0.075)));
  set(9, add(add(head, scale(FORWARD, 0.09)), add(scale(LEFT, 0.025), scale(DOWN, 0.04))));
  set(10, add(add(head, scale(FORWARD, 0.09)), add(scale(LEFT, -0.025), scale(DOWN, 0.04))));
  for (const side of ['L', 'R'] as const) {
    const s = side === 'L' ? 1 : -1;
    const out = scale(LEFT, s);
    const o = side === 'L' ? 0 : 1;
    const shoulder = add(shoulderMid, scale(out, SEGMENTS.shoulderHalfWidth));
    const upper = limbDirection(p[`shoulderFlex${side}`], p[`shoulderAbd${side}`], out);
    const elbow = add(shoulder, scale(upper, SEGMENTS.upperArm));
    const fore = bend(upper, FORWARD, p[`elbowFlex${side}`]);
    const wrist = add(elbow, scale(fore, SEGMENTS.forearm));
    const hand = add(wrist, scale(fore, SEGMENTS.hand));
    set(11 + o, shoulder);
    set(13 + o, elbow);
    set(15 + o, wrist);
    set(17 + o, add(hand, scale(out, 0.02)));
    set(19 + o, hand);
    set(21 + o, add(hand, scale(out, -0.02)));
    const hipJoint = add(hip, scale(out, SEGMENTS.hipHalfWidth));
    const thigh = limbDirection(p[`hipFlex${side}`], p[`hipAbd${side}`], out);
    const knee = add(hipJoint, scale(thigh, SEGMENTS.thigh));
    const shankDir = limbDirection(
      p[`hipFlex${side}`] - p[`kneeFlex${side}`],
      p[`hipAbd${side}`],
      out,
    );
    const ankle = add(knee, scale(shankDir, SEGMENTS.shank));
    set(23 + o, hipJoint);
    set(25 + o, knee);
    set(27 + o, ankle);
    set(29 + o, add(ankle, add(scale(DOWN, 0.05), scale(FORWARD, -0.05))));
    set(31 + o, add(ankle, add(scale(DOWN, 0.07), scale(FORWARD, 0.15))));
  }
  return pts;
}

/** Yaw about the vertical, then roll about the camera axis. */
function orient(v: V, p: Pose): V {
  const cy = Math.cos(rad(p.yaw));
  const sy = Math.sin(rad(p.yaw));
  const a: V = [v[0] * cy + v[2] * sy, v[1], -v[0] * sy + v[2] * cy];
  const cr = Math.cos(rad(p.roll));
  const sr = Math.sin(rad(p.roll));
  return [a[0] * cr - a[1] * sr, a[0] * sr + a[1] * cr, a[2]];
}

export interface Camera {
  /** Distance from the camera to the hip centre (m). */
  readonly distance: number;
  /** Camera height above the hip centre's standing height (m; negative = below). */
  readonly height: number;
  readonly width: number;
  readonly height_px: number;
  /** Focal length in pixels. */
  readonly focal: number;
}

export const CAMERA_16_9: Camera = {
  distance: 3.2,
  height: 0,
  width: 640,
  height_px: 360,
  focal: 520,
};
export const CAMERA_9_16: Camera = {
  distance: 3.2,
  height: 0,
  width: 360,
  height_px: 640,
  focal: 520,
};

export const VIEW_YAW = { front: 0, side: 90, oblique: 45 } as const;

export interface RenderOptions {
  readonly camera?: Camera;
  /** Standard deviation of image noise in pixels. */
  readonly noisePx?: number;
  readonly random?: () => number;
  readonly visibility?: (index: number) => number;
}

/** Seeded PRNG (mulberry32), so noisy tests are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const gaussian = (random: () => number): number =>
  Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());

/** World points (metres, hip centre origin, camera-aligned axes) for a pose. */
export const worldPoints = (pose: Pose): V[] => bodyPoints(pose).map((v) => orient(v, pose));

/** One frame as MediaPipe would report it. */
export function renderPose(
  pose: Pose,
  timestampMs: number,
  options: RenderOptions = {},
): PoseFrame {
  const cam = options.camera ?? CAMERA_16_9;
  const world = worldPoints(pose);
  // Hip centre in camera space: straight ahead at `distance`, `hipDrop` lower when squatting.
  const hipCam: V = [0, cam.height + pose.hipDrop, cam.distance];
  const noise = (): number =>
    options.random === undefined ? 0 : gaussian(options.random) * (options.noisePx ?? 0);
  const vis = options.visibility ?? (() => 0.99);
  const landmarks: PoseLandmark[] = world.map((w, i) => {
    const c = add(hipCam, w);
    const x = (cam.focal * c[0]) / c[2] + cam.width / 2 + noise();
    const y = (cam.focal * c[1]) / c[2] + cam.height_px / 2 + noise();
    const z = (cam.focal * w[2]) / cam.distance;
    return {
      x: x / cam.width,
      y: y / cam.height_px,
      z: z / cam.width,
      visibility: vis(i),
      presence: 0.99,
    };
  });
  const worldLandmarks: PoseLandmark[] = world.map((w, i) => ({
    x: w[0],
    y: w[1],
    z: w[2],
    visibility: vis(i),
    presence: 0.99,
  }));
  return {
    timestampMs: ms(timestampMs),
    imageWidth: cam.width,
    imageHeight: cam.height_px,
    landmarks,
    worldLandmarks,
  };
}
