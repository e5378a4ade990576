// Per-frame pieces of the live screen that need no store: the tracked joint's live angle and how
// far it is from the start position to the ROM target, and drawing the skeleton with that joint
// highlighted.
import { partIndex, type Side } from '../../core/body';
import {
  BODY_PARTS,
  type BodyPart,
  type ExerciseDefinition,
  type PointRef,
} from '../../core/exercises/types';
import type { PoseLandmark } from '../../core/landmarks';
import { romDegOf, romPercentOf } from '../../core/rom';
import { drawSkeleton } from '../draw-skeleton';

export interface JointGauge {
  /**
   * Range of motion now, in the movement's clinical convention (knee flexion 0° = straight …),
   * rounded: what the screen shows beside the target.
   */
  readonly romDeg: number;
  readonly targetDeg: number;
  /** romDeg / targetDeg × 100 (rom.ts), rounded. */
  readonly percent: number;
  /** The same share as a fraction for the meter, clamped to 0..1.2. */
  readonly fraction: number;
}

/** The live gauge: the same ROM and percent formula as the reps' quality (core/rom.ts). */
export function jointGauge(
  definition: ExerciseDefinition,
  measures: Readonly<Record<string, number | null>>,
): JointGauge | null {
  const { rom } = definition;
  if (rom === null) return null;
  const value = measures[rom.measure];
  if (value === null || value === undefined) return null;
  const romDeg = romDegOf(rom, value);
  const percent = romPercentOf(romDeg, rom.targetDeg);
  return {
    romDeg: Math.round(romDeg),
    targetDeg: rom.targetDeg,
    percent: Math.round(percent),
    fraction: Math.min(1.2, percent / 100),
  };
}

/** Landmark of the joint whose angle the ROM target is measured at, on the side seen. */
const isBodyPart = (value: string): value is BodyPart =>
  (BODY_PARTS as readonly string[]).includes(value);

export function trackedJointIndex(
  definition: ExerciseDefinition,
  side: Side | null,
): number | null {
  const measure = definition.measures.find((m) => m.id === definition.rom?.measure);
  if (measure?.kind !== 'joint_angle') return null;
  const joint: PointRef = measure.points[1];
  const seen: Side = side ?? 'left';
  const other: Side = seen === 'left' ? 'right' : 'left';
  const part = joint.replace(/^(mid_|opposite_)/, '');
  if (!isBodyPart(part)) return null;
  return partIndex(part, joint.startsWith('opposite_') ? other : seen);
}

export function drawPose(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  landmarks: readonly PoseLandmark[] | null,
  highlight: number | null,
): number {
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const context = canvas.getContext('2d');
  if (context === null) return 0;
  context.clearRect(0, 0, width, height);
  if (landmarks === null) return 0;
  const drawn = drawSkeleton(context, landmarks, width, height);
  const joint = highlight === null ? undefined : landmarks[highlight];
  if (joint !== undefined && joint.visibility >= 0.5) {
    const radius = Math.max(10, Math.round(Math.min(width, height) / 24));
    context.lineWidth = Math.max(3, radius / 3);
    context.strokeStyle = '#ffffff';
    context.beginPath();
    context.arc(joint.x * width, joint.y * height, radius, 0, Math.PI * 2);
    context.stroke();
    context.strokeStyle = '#ff2d95';
    context.lineWidth = Math.max(2, radius / 5);
    context.stroke();
  }
  return drawn;
}
