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
/** Shoulder width / torso length: ≈0.8 facing the camera, ≈0.1–0.2 side on. */
export const VIEW_FRONT_MIN_RATIO = 0.55;
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

function viewOf(ratio: number): CameraView {
  if (ratio >= VIEW_FRONT_MIN_RATIO) return 'front';
  if (ratio <= VIEW_SIDE_MAX_RATIO) return 'side';
  return 'oblique';
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
  let view: CameraView | null = forcedView;
  if (image !== null && imageTorso !== null) {
    const l = image.points[partIndex('shoulder', 'left')];
    const r = image.points[partIndex('shoulder', 'right')];
    if (l !== undefined && r !== undefined) {
      const ratio = Math.hypot(l.x - r.x, l.y - r.y) / Math.max(imageTorso, imageScale ?? 0);
      state.viewFilter = oneEuroStep(VIEW_FILTER, state.viewFilter, ratio, t);
    }
  }
  if (view === null && state.viewFilter !== null) view = viewOf(state.viewFilter.value);
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
