// Terse constructors for the data in the library files. They only fill in a literal object, so a
// definition reads like the JSON a therapist program would send.
import type {
  Axis,
  FormRule,
  MeasureSpace,
  MeasureSpec,
  PointRef,
  RomSpec,
  SegmentReference,
  RomMovement,
  SideRule,
} from './types';

export const jointAngle = (
  id: string,
  points: readonly [PointRef, PointRef, PointRef],
  side: SideRule,
  space: MeasureSpace = 'image',
): MeasureSpec => ({ id, kind: 'joint_angle', points, side, space });

export const segmentAngle = (
  id: string,
  from: PointRef,
  to: PointRef,
  reference: SegmentReference,
  side: SideRule,
): MeasureSpec => ({ id, kind: 'segment_angle', from, to, reference, side, space: 'image' });

export const height = (
  id: string,
  point: PointRef,
  base: PointRef,
  side: SideRule,
): MeasureSpec => ({
  id,
  kind: 'height',
  point,
  base,
  side,
  space: 'image',
});

export const distance = (
  id: string,
  a: PointRef,
  b: PointRef,
  axis: Axis,
  side: SideRule,
): MeasureSpec => ({
  id,
  kind: 'distance',
  a,
  b,
  axis,
  side,
  space: 'image',
});

export const distanceRatio = (
  id: string,
  a: readonly [PointRef, PointRef],
  b: readonly [PointRef, PointRef],
  axis: Axis,
): MeasureSpec => ({ id, kind: 'distance_ratio', a, b, axis, side: 'both_mean', space: 'image' });

export const lineOffset = (
  id: string,
  point: PointRef,
  from: PointRef,
  to: PointRef,
  side: SideRule,
): MeasureSpec => ({ id, kind: 'line_offset', point, from, to, side, space: 'image' });

/** The trunk's lean from upright (hip midpoint → shoulder midpoint against straight up). */
export const trunkLean = (): MeasureSpec =>
  segmentAngle('trunk_lean', 'mid_hip', 'mid_shoulder', 'up', 'both_mean');

export const rom = (
  measure: string,
  zeroDeg: number,
  direction: RomSpec['direction'],
  targetDeg: number,
  movement: RomMovement,
): RomSpec => ({ measure, zeroDeg, direction, targetDeg, movement });

export const rule = (
  id: string,
  measure: string,
  comparison: FormRule['comparison'],
  threshold: number,
  extra: Partial<Pick<FormRule, 'persistMs' | 'severity' | 'phase' | 'views'>> = {},
): FormRule => ({
  id,
  measure,
  comparison,
  threshold,
  persistMs: extra.persistMs ?? 400,
  severity: extra.severity ?? 'warning',
  phase: extra.phase ?? 'rep',
  ...(extra.views === undefined ? {} : { views: extra.views }),
});
