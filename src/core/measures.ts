// Evaluates the declarative measures of an exercise definition on one frame's body points.
import {
  jointAngle2d,
  jointAngle3d,
  segmentAngleBehindTrunk,
  segmentAngleFromDown,
  segmentAngleFromHorizontal,
  segmentAngleFromUp,
  segmentAngleFromVertical,
} from './angles';
import { pointRefIsSided, pointResolve, type BodyPoints, type Side } from './body';
import type { Axis, CameraView, MeasureSpec, PointRef } from './exercises/types';
import { pointLineOffset, type Vec3 } from './geometry';

/** The per-frame inputs measures read. `scale` is the body size (torso length) in each space. */
export interface MeasureInput {
  readonly image: BodyPoints | null;
  readonly world: BodyPoints | null;
  readonly imageScale: number | null;
  readonly worldScale: number | null;
  readonly visibleSide: Side;
  /** The estimated camera view (for the "auto" side rule); null = not known yet. */
  readonly view: CameraView | null;
  readonly minVisibility: number;
}

/** A measure's value (side rule applied) and, where the measure is sided, each side's value. */
export interface MeasureSample {
  readonly value: number | null;
  readonly left: number | null;
  readonly right: number | null;
}

const specRefs = (spec: MeasureSpec): readonly PointRef[] => {
  switch (spec.kind) {
    case 'joint_angle':
      return spec.points;
    case 'segment_angle':
      return spec.reference === 'behind_trunk'
        ? [spec.from, spec.to, 'mid_shoulder', 'mid_hip', 'nose', 'mid_ear']
        : [spec.from, spec.to];
    case 'height':
      return [spec.point, spec.base];
    case 'distance':
      return [spec.a, spec.b];
    case 'distance_ratio':
      return [...spec.a, ...spec.b];
    case 'line_offset':
      return [spec.point, spec.from, spec.to];
  }
};

export const measureIsSided = (spec: MeasureSpec): boolean => specRefs(spec).some(pointRefIsSided);

const axisDistance = (a: Vec3, b: Vec3, axis: Axis): number =>
  axis === 'x'
    ? Math.abs(a.x - b.x)
    : axis === 'y'
      ? Math.abs(a.y - b.y)
      : axis === 'xy'
        ? Math.hypot(a.x - b.x, a.y - b.y)
        : Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);

function evaluateSide(spec: MeasureSpec, side: Side, input: MeasureInput): number | null {
  const body = spec.space === 'image' ? input.image : input.world;
  const scale = spec.space === 'image' ? input.imageScale : input.worldScale;
  if (body === null) return null;
  const refs = specRefs(spec);
  const pts: Vec3[] = [];
  for (const ref of refs) {
    const p = pointResolve(ref, side, body, input.minVisibility);
    if (p === null) return null;
    pts.push(p);
  }
  const [p0, p1, p2, p3, p4, p5] = pts as [Vec3, Vec3, Vec3, Vec3, Vec3, Vec3];
  switch (spec.kind) {
    case 'joint_angle':
      return spec.space === 'world' ? jointAngle3d(p0, p1, p2) : jointAngle2d(p0, p1, p2);
    case 'segment_angle': {
      if (spec.reference === 'behind_trunk') return segmentAngleBehindTrunk(p0, p1, p2, p3, p4, p5);
      const angle = {
        up: segmentAngleFromUp,
        down: segmentAngleFromDown,
        vertical: segmentAngleFromVertical,
        horizontal: segmentAngleFromHorizontal,
      }[spec.reference];
      return angle(p0, p1);
    }
    case 'distance_ratio': {
      const denominator = axisDistance(p2, p3, spec.axis);
      return denominator > 0 ? axisDistance(p0, p1, spec.axis) / denominator : null;
    }
    default:
      break;
  }
  if (scale === null || !(scale > 0)) return null;
  switch (spec.kind) {
    case 'height':
      return (p1.y - p0.y) / scale;
    case 'distance':
      return axisDistance(p0, p1, spec.axis) / scale;
    case 'line_offset':
      return pointLineOffset(p0, p1, p2) / scale;
  }
}

/** Evaluates one measure; unseen landmarks give null rather than a guess. */
export function measureEvaluate(spec: MeasureSpec, input: MeasureInput): MeasureSample {
  if (!measureIsSided(spec)) {
    const value = evaluateSide(spec, 'left', input);
    return { value, left: null, right: null };
  }
  const left = evaluateSide(spec, 'left', input);
  const right = evaluateSide(spec, 'right', input);
  const value = measureCombineSides(spec.side, left, right, input.visibleSide, input.view);
  return { value, left, right };
}

export function measureCombineSides(
  rule: MeasureSpec['side'],
  left: number | null,
  right: number | null,
  visibleSide: Side,
  view: CameraView | null,
): number | null {
  const seen = [left, right].filter((v): v is number => v !== null);
  switch (rule) {
    case 'auto':
      return measureCombineSides(
        view === 'front' || view === null ? 'both_mean' : 'visible',
        left,
        right,
        visibleSide,
        view,
      );
    case 'left':
      return left;
    case 'right':
      return right;
    case 'visible':
      return visibleSide === 'left' ? (left ?? right) : (right ?? left);
    case 'both_mean':
      return seen.length === 0 ? null : seen.reduce((a, b) => a + b, 0) / seen.length;
    case 'both_max':
      return seen.length === 0 ? null : Math.max(...seen);
    case 'both_min':
      return seen.length === 0 ? null : Math.min(...seen);
  }
}
