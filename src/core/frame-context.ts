// Per-frame context the measures need and that is tracked over time: the body scale (torso
// length), the camera view and the side facing the camera.
import {
  bodyPointsFrom,
  bodyTorsoLength,
  partIndex,
  sideVisibility,
  type BodyPoints,
  type Side,
} from './body';
import type { CameraView } from './exercises/types';
import { oneEuroStep, type OneEuroParams, type OneEuroState } from './filters';
import type { PoseFrame } from './landmarks';
import type { Ms } from './units';

/** Torso length is smoothed hard (it should not change) and then tracked as a decaying maximum:
 * foreshortening (leaning towards the camera) only ever shortens it. */
const SCALE_FILTER: OneEuroParams = { minCutoff: 0.5, beta: 0, dCutoff: 1 };
/** Time constant of the maximum's decay, so walking away from the camera is followed. */
const SCALE_DECAY_MS = 20_000;
const VIEW_FILTER: OneEuroParams = { minCutoff: 0.3, beta: 0, dCutoff: 1 };
/**
 * The camera view from the body's yaw: the angle between the shoulder+hip line and the image
 * plane, from the world landmarks (0° = square to the camera, 90° = side-on). At 30° the shoulders
 * still show 87% of their width; past 65° one side hides the other.
 */
export const VIEW_FRONT_MAX_YAW_DEG = 30;
export const VIEW_SIDE_MIN_YAW_DEG = 65;
/** Without world landmarks: shoulder width / torso length in the image (≈0.7 front, ≈0.1 side). */
export const VIEW_FRONT_MIN_RATIO = 0.5;
export const VIEW_SIDE_MAX_RATIO = 0.3;
/** Depth difference (torso lengths) between the sides' shoulders+hips that decides the near side. */
const SIDE_DEPTH_MARGIN = 0.15;
/** A new near side must persist this long before the choice switches. */
const SIDE_SWITCH_MS = 300;

export interface ScaleTrack {
  filter: OneEuroState | null;
  max: number | null;
  lastT: number | null;
}

export interface FrameContextState {
  imageScale: ScaleTrack;
  worldScale: ScaleTrack;
  viewFilter: OneEuroState | null;
  side: Side | null;
  sideCandidate: Side;
  sideCandidateSince: number;
}

export interface FrameContext {
  readonly image: BodyPoints | null;
  readonly world: BodyPoints | null;
  readonly imageScale: number | null;
  readonly worldScale: number | null;
  readonly view: CameraView | null;
  readonly visibleSide: Side;
}

const newScale = (): ScaleTrack => ({ filter: null, max: null, lastT: null });

export const frameContextCreate = (): FrameContextState => ({
  imageScale: newScale(),
  worldScale: newScale(),
  viewFilter: null,
  side: null,
  sideCandidate: 'left',
  sideCandidateSince: 0,
});

function scaleStep(track: ScaleTrack, torso: number | null, t: Ms): number | null {
  if (track.max !== null && track.lastT !== null) {
    track.max *= Math.exp(-(t - track.lastT) / SCALE_DECAY_MS);
  }
  track.lastT = t;
  if (torso !== null) {
    track.filter = oneEuroStep(SCALE_FILTER, track.filter, torso, t);
    track.max = Math.max(track.max ?? 0, track.filter.value);
  }
  return track.max;
}

const viewOfYaw = (yawDeg: number): CameraView =>
  yawDeg <= VIEW_FRONT_MAX_YAW_DEG ? 'front' : yawDeg >= VIEW_SIDE_MIN_YAW_DEG ? 'side' : 'oblique';

/** The image ratio mapped onto the yaw scale (front ratio → 0°, side ratio → 90°). */
const ratioAsYaw = (ratio: number): number =>
  ratio >= VIEW_FRONT_MIN_RATIO ? 0 : ratio <= VIEW_SIDE_MAX_RATIO ? 90 : 45;

/** Yaw of the body (degrees, 0..90) from the world shoulder and hip lines. */
function worldYaw(world: BodyPoints): number | null {
  const at = (i: number) => world.points[i];
  const ls = at(partIndex('shoulder', 'left'));
  const rs = at(partIndex('shoulder', 'right'));
  const lh = at(partIndex('hip', 'left'));
  const rh = at(partIndex('hip', 'right'));
  if (ls === undefined || rs === undefined || lh === undefined || rh === undefined) return null;
  const dx = ls.x - rs.x + lh.x - rh.x;
  const dz = ls.z - rs.z + lh.z - rh.z;
  if (dx === 0 && dz === 0) return null;
  return (Math.atan2(Math.abs(dz), Math.abs(dx)) * 180) / Math.PI;
}

/** The side nearer the camera by depth when that is clear, else the better-seen side. */
function nearSide(image: BodyPoints, scale: number | null): Side {
  const depth = (side: Side): number =>
    ((image.points[partIndex('shoulder', side)]?.z ?? 0) +
      (image.points[partIndex('hip', side)]?.z ?? 0)) /
    2;
  const gap = scale === null ? 0 : (depth('right') - depth('left')) / scale;
  if (Math.abs(gap) >= SIDE_DEPTH_MARGIN) return gap > 0 ? 'left' : 'right';
  return sideVisibility(image, 'left') >= sideVisibility(image, 'right') ? 'left' : 'right';
}

export function frameContextStep(
  state: FrameContextState,
  frame: PoseFrame,
  minVisibility: number,
  forcedView: CameraView | null,
): FrameContext {
  const t = frame.timestampMs;
  const image =
    frame.landmarks === null
      ? null
      : bodyPointsFrom(frame.landmarks, frame.imageWidth, frame.imageHeight);
  const world = frame.worldLandmarks === null ? null : bodyPointsFrom(frame.worldLandmarks, 1, 1);
  const imageTorso = image === null ? null : bodyTorsoLength(image, minVisibility);
  const imageScale = scaleStep(state.imageScale, imageTorso, t);
  const worldScale = scaleStep(
    state.worldScale,
    world === null ? null : bodyTorsoLength(world, minVisibility),
    t,
  );
  let yaw = world === null ? null : worldYaw(world);
  if (yaw === null && image !== null && imageTorso !== null) {
    const l = image.points[partIndex('shoulder', 'left')];
    const r = image.points[partIndex('shoulder', 'right')];
    if (l !== undefined && r !== undefined) {
      yaw = ratioAsYaw(Math.hypot(l.x - r.x, l.y - r.y) / Math.max(imageTorso, imageScale ?? 0));
    }
  }
  if (yaw !== null) state.viewFilter = oneEuroStep(VIEW_FILTER, state.viewFilter, yaw, t);
  const view = forcedView ?? (state.viewFilter === null ? null : viewOfYaw(state.viewFilter.value));
  if (image !== null) {
    const candidate = nearSide(image, imageScale);
    if (candidate !== state.sideCandidate) {
      state.sideCandidate = candidate;
      state.sideCandidateSince = t;
    }
    if (state.side === null) state.side = candidate;
    if (candidate !== state.side && t - state.sideCandidateSince >= SIDE_SWITCH_MS)
      state.side = candidate;
  }
  return { image, world, imageScale, worldScale, view, visibleSide: state.side ?? 'left' };
}
