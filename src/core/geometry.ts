// Vector geometry on plain points: noun-first families (vec*, point*), no classes, no allocation tricks.
import type { Point3 } from './landmarks';
import { degrees, radiansToDegrees, radians, type Degrees } from './units';

export interface Vec3 {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

export const vecFrom = (x: number, y: number, z = 0): Vec3 => ({ x, y, z });
export const vecSub = (a: Point3, b: Point3): Vec3 => ({
  x: a.x - b.x,
  y: a.y - b.y,
  z: a.z - b.z,
});
export const vecAdd = (a: Point3, b: Point3): Vec3 => ({
  x: a.x + b.x,
  y: a.y + b.y,
  z: a.z + b.z,
});
export const vecScale = (a: Point3, k: number): Vec3 => ({ x: a.x * k, y: a.y * k, z: a.z * k });
export const vecDot = (a: Point3, b: Point3): number => a.x * b.x + a.y * b.y + a.z * b.z;
export const vecCross = (a: Point3, b: Point3): Vec3 => ({
  x: a.y * b.z - a.z * b.y,
  y: a.z * b.x - a.x * b.z,
  z: a.x * b.y - a.y * b.x,
});
export const vecLength = (a: Point3): number => Math.hypot(a.x, a.y, a.z);
/** The same vector with z dropped: for angles measured in the image plane. */
export const vecFlatten = (a: Point3): Vec3 => ({ x: a.x, y: a.y, z: 0 });

/**
 * The unsigned angle between two vectors, in [0°, 180°]. Uses atan2(|a×b|, a·b), which stays
 * accurate near 0° and 180° where acos loses precision. Zero-length input gives 0°.
 */
export function vecAngleBetween(a: Point3, b: Point3): Degrees {
  const cross = vecLength(vecCross(a, b));
  const dot = vecDot(a, b);
  if (cross === 0 && dot === 0) return degrees(0);
  return radiansToDegrees(radians(Math.atan2(cross, dot)));
}

export const pointMidpoint = (a: Point3, b: Point3): Vec3 => ({
  x: (a.x + b.x) / 2,
  y: (a.y + b.y) / 2,
  z: (a.z + b.z) / 2,
});
export const pointDistance = (a: Point3, b: Point3): number => vecLength(vecSub(a, b));

/**
 * Signed perpendicular distance of `p` from the line a→b in the image plane (x right, y down).
 * Positive when `p` lies below the line (larger y), whichever way the line runs.
 */
export function pointLineOffset(p: Point3, a: Point3, b: Point3): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return 0;
  const t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / (len * len);
  const onLineY = a.y + t * dy;
  const dist = Math.abs((p.x - a.x) * dy - (p.y - a.y) * dx) / len;
  return p.y >= onLineY ? dist : -dist;
}
