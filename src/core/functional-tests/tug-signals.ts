// Signal helpers of the Timed Up and Go analyser (tug.ts): an angle's rest level and noise band,
// where a movement's line meets a level, and the body's heading. Pure numbers in and out.
import { DEFAULT_MIN_VISIBILITY, partIndex, type BodyPoints } from '../body';
import { median } from '../stats';

/**
 * The smallest change of a segment angle called movement: MediaPipe's world landmarks of a person
 * sitting still jitter by a degree or two from frame to frame, and a deliberate lean to rise is
 * tens of degrees (30–50° of trunk flexion, Schenkman et al. 1990). The band is the larger of this
 * and three robust standard deviations (1.4826 × MAD) of the angle measured at rest.
 */
export const TUG_MOVEMENT_MIN_DEG = 2;
const MAD_TO_SD = 1.4826;
const NOISE_SDS = 3;

/**
 * Where a movement met its resting angle: the least-squares line through the movement's frames
 * (angle against time) at `level`. A first movement leaves the rest, and a sitting reaches it, at
 * a speed; the first frame beyond the noise band comes later (or earlier) by band ÷ speed, which
 * the line takes back. Null under two frames or for a line that never meets the level.
 */
export function lineCrossingMs(
  points: readonly { readonly t: number; readonly v: number }[],
  level: number,
): number | null {
  const n = points.length;
  if (n < 2) return null;
  const mt = points.reduce((s, p) => s + p.t, 0) / n;
  const mv = points.reduce((s, p) => s + p.v, 0) / n;
  let stv = 0;
  let stt = 0;
  for (const p of points) {
    stv += (p.t - mt) * (p.v - mv);
    stt += (p.t - mt) ** 2;
  }
  const slope = stt === 0 ? 0 : stv / stt;
  return slope === 0 ? null : mt + (level - mv) / slope;
}

/** Median and movement band (see TUG_MOVEMENT_MIN_DEG) of angles at rest. */
export function restBand(values: readonly number[]): { level: number; band: number } | null {
  const level = median(values);
  if (level === null) return null;
  const mad = median(values.map((v) => Math.abs(v - level))) ?? 0;
  return { level, band: Math.max(TUG_MOVEMENT_MIN_DEG, NOISE_SDS * MAD_TO_SD * mad) };
}

/** The chest's horizontal normal (where the body faces), from the shoulders and hips. */
export function headingDeg(body: BodyPoints): number | null {
  let dx = 0;
  let dz = 0;
  for (const part of ['shoulder', 'hip'] as const) {
    const l = body.points[partIndex(part, 'left')];
    const r = body.points[partIndex(part, 'right')];
    const vl = body.visibility[partIndex(part, 'left')] ?? 0;
    const vr = body.visibility[partIndex(part, 'right')] ?? 0;
    if (l === undefined || r === undefined || Math.max(vl, vr) < DEFAULT_MIN_VISIBILITY) continue;
    dx += l.x - r.x;
    dz += l.z - r.z;
  }
  // Left minus right, turned a quarter turn: facing the camera (left at +x) faces −z.
  return dx === 0 && dz === 0 ? null : (Math.atan2(-dx, dz) * 180) / Math.PI;
}

/** Smallest angle between two headings, 0..180°. */
export const headingApart = (a: number, b: number): number => {
  const d = Math.abs((((a - b) % 360) + 360) % 360);
  return d > 180 ? 360 - d : d;
};
