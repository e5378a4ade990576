// Angles from landmarks. Image landmarks are normalised to the frame (x/width, y/height), so they
// are first scaled back to pixels: on a 16:9 frame an unscaled 45° line would read as ~29° or ~61°.
import { vecAngleBetween, vecFlatten, vecFrom, vecSub, type Vec3 } from './geometry';
import type { Point3 } from './landmarks';
import { degrees, type Degrees } from './units';

/** Frame size in pixels, used to undo the per-axis normalisation of image landmarks. */
export interface FrameSize {
  readonly width: number;
  readonly height: number;
}

/**
 * An image landmark in pixel units (x·width, y·height). z is MediaPipe's relative depth, which is
 * on roughly the same scale as x, so it is scaled by the width.
 */
export const imagePointToPixels = (p: Point3, size: FrameSize): Vec3 =>
  vecFrom(p.x * size.width, p.y * size.height, p.z * size.width);

/** The interior angle at `vertex` between the rays to `a` and `b`, in 3D: [0°, 180°]. */
export const jointAngle3d = (a: Point3, vertex: Point3, b: Point3): Degrees =>
  vecAngleBetween(vecSub(a, vertex), vecSub(b, vertex));

/** The interior angle at `vertex` in the image plane (z ignored): [0°, 180°]. */
export const jointAngle2d = (a: Point3, vertex: Point3, b: Point3): Degrees =>
  vecAngleBetween(vecFlatten(vecSub(a, vertex)), vecFlatten(vecSub(b, vertex)));

/** y grows downwards in both image and MediaPipe world coordinates. */
const UP: Vec3 = vecFrom(0, -1, 0);
const DOWN: Vec3 = vecFrom(0, 1, 0);

/** Angle of the segment from→to against straight up (0° = pointing up), in the image plane. */
export const segmentAngleFromUp = (from: Point3, to: Point3): Degrees =>
  vecAngleBetween(vecFlatten(vecSub(to, from)), UP);

/** Angle of the segment from→to against straight down (0° = hanging down), in the image plane. */
export const segmentAngleFromDown = (from: Point3, to: Point3): Degrees =>
  vecAngleBetween(vecFlatten(vecSub(to, from)), DOWN);

/** Acute angle between the line through from/to and the horizontal, in the image plane: [0°, 90°]. */
export function segmentAngleFromHorizontal(from: Point3, to: Point3): Degrees {
  const fromUp = segmentAngleFromUp(from, to);
  return degrees(Math.abs(90 - fromUp));
}

/** Angle of the segment against vertical regardless of direction: [0°, 90°]. */
export const segmentAngleFromVertical = (from: Point3, to: Point3): Degrees =>
  degrees(90 - segmentAngleFromHorizontal(from, to));

/**
 * Signed angle of the segment from→to against the trunk's line continued downwards (midShoulder →
 * midHip), in the image plane: positive when the segment points behind the body, negative in
 * front. "Behind" is away from the way the face points (nose ahead of the ears), so it needs a
 * side-on view; facing the camera (nose level with the ears) it is null. For the thigh (hip →
 * knee) it is hip extension in the goniometric convention (0° = thigh in line with the trunk), and
 * it stays so when the trunk tips forward as the leg goes back.
 */
export function segmentAngleBehindTrunk(
  from: Point3,
  to: Point3,
  midShoulder: Point3,
  midHip: Point3,
  nose: Point3,
  midEar: Point3,
): Degrees | null {
  const facing = nose.x - midEar.x;
  if (facing === 0) return null;
  const trunkDown = vecFlatten(vecSub(midHip, midShoulder));
  const segment = vecFlatten(vecSub(to, from));
  const angle = vecAngleBetween(segment, trunkDown);
  // z of trunkDown × segment (y grows downwards): > 0 when the segment turns towards −x, which is
  // behind a body facing +x.
  const turn = trunkDown.x * segment.y - trunkDown.y * segment.x;
  return degrees(turn * facing >= 0 ? angle : -angle);
}
