// Time courses for synthetic exercise sets: a schedule of reps (as a 0..1 "how far towards the
// target" fraction over time), pose blending, and frame streams with noise, dropped frames and
// occlusion.
import type { PoseFrame } from '../../src/core/landmarks';
import { renderPose, SEGMENTS, type Pose, type RenderOptions } from './stick-body';

export interface RepTruth {
  readonly startMs: number;
  readonly peakMs: number;
  readonly endMs: number;
}

export interface RepPlan {
  /** Standing still before the first rep. */
  readonly leadMs: number;
  readonly count: number;
  readonly outMs: number;
  readonly backMs: number;
  readonly holdMs?: number;
  /** Still between reps. */
  readonly restMs: number;
  /** Depth of each rep as a fraction of the target (default 1). */
  readonly depths?: readonly number[];
  /** Still after the last rep. */
  readonly tailMs?: number;
}

export interface Schedule {
  readonly fraction: (t: number) => number;
  readonly reps: readonly RepTruth[];
  readonly durationMs: number;
}

const ease = (u: number): number => (1 - Math.cos(Math.PI * Math.min(1, Math.max(0, u)))) / 2;

export function repSchedule(plan: RepPlan): Schedule {
  const reps: (RepTruth & { depth: number })[] = [];
  let t = plan.leadMs;
  const hold = plan.holdMs ?? 0;
  for (let i = 0; i < plan.count; i += 1) {
    const depth = plan.depths?.[i] ?? 1;
    reps.push({
      startMs: t,
      peakMs: t + plan.outMs,
      endMs: t + plan.outMs + hold + plan.backMs,
      depth,
    });
    t += plan.outMs + hold + plan.backMs + plan.restMs;
  }
  const durationMs = t - plan.restMs + (plan.tailMs ?? 1000);
  const fraction = (time: number): number => {
    for (const r of reps) {
      if (time < r.startMs || time > r.endMs) continue;
      if (time <= r.peakMs) return r.depth * ease((time - r.startMs) / (r.peakMs - r.startMs));
      if (time <= r.peakMs + hold) return r.depth;
      return r.depth * (1 - ease((time - r.peakMs - hold) / plan.backMs));
    }
    return 0;
  };
  return { fraction, reps, durationMs };
}

/** Linear blend of every joint angle between two poses. */
export function poseBlend(from: Pose, to: Pose, f: number): Pose {
  const out = { ...from };
  for (const key of Object.keys(from) as (keyof Pose)[])
    out[key] = from[key] + (to[key] - from[key]) * f;
  return out;
}

/** The hip drop that keeps the feet on the floor for the pose's leg angles (mean of both legs). */
export function groundedHipDrop(p: Pose): number {
  const rad = (d: number): number => (d * Math.PI) / 180;
  const legHeight = (flex: number, knee: number): number =>
    SEGMENTS.thigh * Math.cos(rad(flex)) + SEGMENTS.shank * Math.cos(rad(flex - knee));
  const full = SEGMENTS.thigh + SEGMENTS.shank;
  return full - Math.max(legHeight(p.hipFlexL, p.kneeFlexL), legHeight(p.hipFlexR, p.kneeFlexR));
}

export interface StreamOptions extends RenderOptions {
  readonly fps: number;
  readonly durationMs: number;
  /** Start time of the stream (ms on the pose's clock); frames before it are not produced. */
  readonly fromMs?: number;
  /** Frames for which this returns true are dropped (never delivered). */
  readonly drop?: (index: number, timestampMs: number) => boolean;
  /** Frames at these times have no person (landmarks null). */
  readonly absent?: (timestampMs: number) => boolean;
  /** Visibility per landmark and time (occlusion); default 0.99. */
  readonly visibilityAt?: (index: number, timestampMs: number) => number;
}

export function frameStream(pose: (t: number) => Pose, options: StreamOptions): PoseFrame[] {
  const frames: PoseFrame[] = [];
  const step = 1000 / options.fps;
  let i = 0;
  for (let t = options.fromMs ?? 0; t <= options.durationMs + 1e-9; t += step, i += 1) {
    const ts = Math.round(t * 1000) / 1000;
    if (options.drop?.(i, ts) === true) continue;
    if (options.absent?.(ts) === true) {
      frames.push({
        timestampMs: ts as PoseFrame['timestampMs'],
        imageWidth: options.camera?.width ?? 640,
        imageHeight: options.camera?.height_px ?? 360,
        landmarks: null,
        worldLandmarks: null,
      });
      continue;
    }
    const visibilityAt = options.visibilityAt;
    frames.push(
      renderPose(pose(ts), ts, {
        ...options,
        ...(visibilityAt === undefined
          ? {}
          : { visibility: (index: number) => visibilityAt(index, ts) }),
      }),
    );
  }
  return frames;
}
