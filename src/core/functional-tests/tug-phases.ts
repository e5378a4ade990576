// The walk of a Timed Up and Go (tug.ts) cut into its phases: walk out, turn, walk back. The turn
// is where the body's heading swings round; where the person was out of the picture, the turn is
// not seen and the walks end and start at the last and first frames seen.
import { mean } from '../stats';
import type { Ms } from '../units';
import { headingApart } from './tug-signals';

/**
 * The turn: the walk's heading (the chest's horizontal normal) has left the outward heading by
 * more than 45° (half a quarter turn: more than the trunk's sway in walking), until it is within
 * 45° of the way back.
 */
export const TUG_TURN_LEFT_HEADING_DEG = 45;
/** The outward heading is the mean heading over the walk's first half second. */
const HEADING_WINDOW_MS = 500;

export type TugPhaseKey = 'rise' | 'walk_out' | 'turn' | 'walk_back' | 'sit';
/** seen: the camera saw the phase from end to end; partly_seen: it lost the person during it;
 * not_seen: its start or end could not be told (the person was out of the picture). */
export type TugPhaseVisibility = 'seen' | 'partly_seen' | 'not_seen';

export interface TugPhase {
  readonly key: TugPhaseKey;
  readonly startMs: Ms | null;
  readonly endMs: Ms | null;
  readonly visibility: TugPhaseVisibility;
}

/** What the walk's phases are read from, frame by frame. */
export interface WalkSample {
  readonly t: Ms;
  readonly isPresent: boolean;
  /** Heading in the horizontal plane, degrees; null where unseen. */
  readonly headingDeg: number | null;
}

const isNum = (x: number | null): x is number => x !== null;

export function tugWalkPhases(walk: readonly WalkSample[]): TugPhase[] {
  const t0 = walk[0]?.t ?? 0;
  const outward = mean(
    walk
      .filter((s) => s.t - t0 <= HEADING_WINDOW_MS)
      .map((s) => s.headingDeg)
      .filter(isNum),
  );
  const hasGap = (a: number, b: number): boolean => walk.slice(a, b + 1).some((s) => !s.isPresent);
  const vis = (a: number, b: number): TugPhaseVisibility => (hasGap(a, b) ? 'partly_seen' : 'seen');
  const apart = (s: WalkSample | undefined): number | null =>
    outward === null || s?.headingDeg === null || s?.headingDeg === undefined
      ? null
      : headingApart(s.headingDeg, outward);
  // The first frame clearly turned (past a quarter turn), then back to where the turn began and
  // on to where it ended.
  const turned = walk.findIndex((s) => (apart(s) ?? 0) > 90);
  let turnFrom: number | null = null;
  let turnTo: number | null = null;
  if (turned > 0) {
    for (let i = turned - 1; i >= 0; i -= 1) {
      const d = apart(walk[i]);
      if (!(walk[i]?.isPresent ?? false)) break;
      if (d !== null && d <= TUG_TURN_LEFT_HEADING_DEG) {
        turnFrom = i;
        break;
      }
    }
    for (let i = turned; i < walk.length; i += 1) {
      const d = apart(walk[i]);
      if (!(walk[i]?.isPresent ?? false)) break;
      if (d !== null && d >= 180 - TUG_TURN_LEFT_HEADING_DEG) {
        turnTo = i;
        break;
      }
    }
  }
  const tAt = (i: number | null): Ms | null => (i === null ? null : (walk[i]?.t ?? null));
  const last = walk.length - 1;
  if (turned <= 0 || turnFrom === null || turnTo === null) {
    // The turn was not seen whole: the walk out runs to the last frame before the person was
    // lost (or before the turn began), the walk back from the first frame after.
    const lost = walk.findIndex((s) => !s.isPresent);
    const found = lost < 0 ? -1 : walk.findIndex((s, i) => i > lost && s.isPresent);
    const outEnd = turnFrom ?? (lost > 0 ? lost - 1 : null);
    const backStart = turnTo ?? (found > 0 ? found : null);
    return [
      {
        key: 'walk_out',
        startMs: tAt(0),
        endMs: tAt(outEnd),
        visibility: outEnd === null ? 'not_seen' : vis(0, outEnd),
      },
      { key: 'turn', startMs: null, endMs: null, visibility: 'not_seen' },
      {
        key: 'walk_back',
        startMs: tAt(backStart),
        endMs: tAt(last),
        visibility: backStart === null ? 'not_seen' : vis(backStart, last),
      },
    ];
  }
  return [
    { key: 'walk_out', startMs: tAt(0), endMs: tAt(turnFrom), visibility: vis(0, turnFrom) },
    {
      key: 'turn',
      startMs: tAt(turnFrom),
      endMs: tAt(turnTo),
      visibility: vis(turnFrom, turnTo),
    },
    { key: 'walk_back', startMs: tAt(turnTo), endMs: tAt(last), visibility: vis(turnTo, last) },
  ];
}
