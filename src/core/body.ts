// Resolving the data vocabulary's body points (side-relative "knee", "mid_hip", "ground") to
// coordinates, with visibility gating, and the body-size scale that heights are measured in.
import type { BodyPart, PointRef } from './exercises/types';
import { pointDistance, pointMidpoint, vecFrom, type Vec3 } from './geometry';
import { Landmark, type LandmarkIndex } from './landmarks';

export type Side = 'left' | 'right';
export const otherSide = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/** One landmark set in usable units: image in pixels (aspect-corrected), world in metres. */
export interface BodyPoints {
  readonly points: readonly Vec3[];
  readonly visibility: readonly number[];
}

/** Landmarks below this visibility are treated as unseen (MediaPipe's own drawing uses 0.5). */
export const DEFAULT_MIN_VISIBILITY = 0.5;

const PART_INDEX: Readonly<Record<BodyPart, readonly [LandmarkIndex, LandmarkIndex]>> = {
  shoulder: [Landmark.leftShoulder, Landmark.rightShoulder],
  elbow: [Landmark.leftElbow, Landmark.rightElbow],
  wrist: [Landmark.leftWrist, Landmark.rightWrist],
  hip: [Landmark.leftHip, Landmark.rightHip],
  knee: [Landmark.leftKnee, Landmark.rightKnee],
  ankle: [Landmark.leftAnkle, Landmark.rightAnkle],
  heel: [Landmark.leftHeel, Landmark.rightHeel],
  foot: [Landmark.leftFootIndex, Landmark.rightFootIndex],
  ear: [Landmark.leftEar, Landmark.rightEar],
};

export const partIndex = (part: BodyPart, side: Side): LandmarkIndex =>
  PART_INDEX[part][side === 'left' ? 0 : 1];

/** Whether a point reference depends on the side being evaluated. */
export const pointRefIsSided = (ref: PointRef): boolean =>
  !(ref.startsWith('mid_') || ref === 'nose' || ref === 'ground');

function seenPoint(body: BodyPoints, index: number, minVisibility: number): Vec3 | null {
  const p = body.points[index];
  const v = body.visibility[index] ?? 0;
  return p !== undefined && v >= minVisibility ? p : null;
}

const FOOT_POINTS: readonly BodyPart[] = ['ankle', 'heel', 'foot'];

/** The point a reference names for `side`, or null when any landmark it needs is unseen. */
export function pointResolve(
  ref: PointRef,
  side: Side,
  body: BodyPoints,
  minVisibility: number,
): Vec3 | null {
  if (ref === 'nose') return seenPoint(body, Landmark.nose, minVisibility);
  if (ref === 'ground') {
    let lowest: Vec3 | null = null;
    for (const part of FOOT_POINTS) {
      for (const s of ['left', 'right'] as const) {
        const p = seenPoint(body, partIndex(part, s), minVisibility);
        if (p !== null && (lowest === null || p.y > lowest.y)) lowest = p;
      }
    }
    return lowest;
  }
  if (ref.startsWith('mid_')) {
    const part = ref.slice(4) as BodyPart;
    const l = seenPoint(body, partIndex(part, 'left'), minVisibility);
    const r = seenPoint(body, partIndex(part, 'right'), minVisibility);
    // Side-on, one of the pair is hidden behind the other and both project to about the same
    // place, so the one that is seen stands in for the midpoint.
    return l !== null && r !== null ? pointMidpoint(l, r) : (l ?? r);
  }
  if (ref.startsWith('opposite_')) {
    return seenPoint(body, partIndex(ref.slice(9) as BodyPart, otherSide(side)), minVisibility);
  }
  return seenPoint(body, partIndex(ref as BodyPart, side), minVisibility);
}

/** Mean visibility of a side's main joints: how well the model sees that side. */
export function sideVisibility(body: BodyPoints, side: Side): number {
  const parts: readonly BodyPart[] = ['shoulder', 'elbow', 'wrist', 'hip', 'knee', 'ankle'];
  let sum = 0;
  for (const part of parts) sum += body.visibility[partIndex(part, side)] ?? 0;
  return sum / parts.length;
}

/** Torso length: shoulder midpoint to hip midpoint, or null if either is unseen. */
export function bodyTorsoLength(body: BodyPoints, minVisibility: number): number | null {
  const shoulders = pointResolve('mid_shoulder', 'left', body, minVisibility);
  const hips = pointResolve('mid_hip', 'left', body, minVisibility);
  if (shoulders === null || hips === null) return null;
  const length = pointDistance(shoulders, hips);
  return length > 0 ? length : null;
}

/** Builds BodyPoints from landmarks, scaling image landmarks to pixels. */
export function bodyPointsFrom(
  landmarks: readonly { x: number; y: number; z: number; visibility: number }[],
  scaleX: number,
  scaleY: number,
): BodyPoints {
  return {
    points: landmarks.map((l) => vecFrom(l.x * scaleX, l.y * scaleY, l.z * scaleX)),
    visibility: landmarks.map((l) => l.visibility),
  };
}
