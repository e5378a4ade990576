// Timed Up and Go (CDC STEADI) from the pose: the time from the first movement to rise until
// seated again, the phases where the camera sees them, and the observations it can honestly make.
// Pure and incremental: push timestamped pose frames (the set run's PoseFrame), read the live state
// (waiting / running with the elapsed time / done), finish() for the result. Codes, no English.
//
// The events, from physics rather than from a clip:
// - Rising is known for sure once the settled posture goes from seated to standing (posture.ts:
//   the seat carries the body, then the feet do). Its *first movement* came earlier: a sit-to-stand
//   starts by flexing the trunk forward to bring the centre of mass over the feet (the "flexion
//   momentum" phase, Schenkman et al. 1990), while the body is still on the seat. So the start is
//   the last frame, up to the last seated reading, at which the trunk was still at its resting
//   seated angle (within the noise of that angle measured while seated), taken back along the
//   lean's line to where it left the resting angle (lineCrossingMs).
// - Seated again: the buttocks reach the seat when the hips have come down to seat height, which
//   is where the thighs lie once seated; the seat's give (TUG_SEAT_GIVE_FRACTION) takes the rest.
//   So the end is where the descent's thigh angle reaches 90% of the way from vertical to the
//   angle it rests at on the seat, known once the body has been down on the seat (seated, or
//   crouching: see isDown) and still for TUG_SEATED_CONFIRM_MS.
// - Frames with no person (walked out of the picture at the turn), or with someone else (the pose
//   model jumps to an assessor in the background: identity.ts), do not stop the clock: the time is
//   the difference of two frame times. The phases the camera missed are reported as not seen.
//
// A sibling of the set run (set-run/), not a stage of it: a set-run stage interprets an exercise
// definition through the rep/hold analyser and ends on a rep count, a hold or a time box; the TUG
// counts nothing and ends on an event (seated again) read back in time. It has the set run's shape
// (push a PoseFrame → live update, finish() → result; tugReplay as setRunReplay), so live, file and
// replay can call it the same way; a protocol stage kind that delegates here can come later.
import { bodyPointsFrom, DEFAULT_MIN_VISIBILITY } from '../body';
import { identityCreate, identitySampleOf, identityStep } from '../identity';
import type { PoseFrame } from '../landmarks';
import {
  postureFeatures,
  postureOfFeatures,
  postureTrackCreate,
  postureTrackStep,
  POSTURE_SETTLE_MS,
  type ObservedPosture,
} from '../posture';
import { mean, median } from '../stats';
import { ms, type Ms } from '../units';
import { tugWalkPhases, type TugPhase } from './tug-phases';
import { headingDeg, lineCrossingMs, restBand, TUG_MOVEMENT_MIN_DEG } from './tug-signals';

export type { TugPhase, TugPhaseKey, TugPhaseVisibility } from './tug-phases';
export { TUG_MOVEMENT_MIN_DEG } from './tug-signals';

/** The walk to the line and back: 3 m (10 ft) each way, as the protocol sets the line. */
export const TUG_WALK_DISTANCE_M = 6;
/**
 * Slow pace: a mean speed over the walk (out, turn and back) below 0.8 m/s, the speed under which
 * older adults walk as "limited community ambulators" with a raised risk of falls and
 * hospitalisation (Fritz & Lusardi, "White paper: walking speed: the sixth vital sign", 2009;
 * Studenski et al., JAMA 2011). An observation, not a score: the turn is inside the walk time.
 */
export const TUG_SLOW_PACE_M_PER_S = 0.8;
/**
 * Seated again is confirmed after the body has been down on the seat, still, this long: enough
 * frames to know the angle the thighs rest at (10 or more at 20–30 fps). The live state says done
 * about this much after the buttocks reached the seat; the time itself is back-dated to the contact.
 */
export const TUG_SEATED_CONFIRM_MS = 500;
/**
 * The last tenth of the way down is the seat's give, not the descent: sitting, the thigh swings
 * from vertical to its resting angle on the seat (≈ 80–90°), and a chair's cushion compressing and
 * the pelvis rolling back as the trunk comes up take its last few degrees (a tenth of 85° ≈ 8.5°,
 * ≈ 6 cm of hip height for a 0.44 m thigh). So the buttocks reach the seat when the thigh has come
 * 90% of the way from vertical to its resting seated angle.
 */
export const TUG_SEAT_GIVE_FRACTION = 0.1;
/**
 * The trunk's resting angle on the seat is measured on the seated frames from more than this
 * before seat-off: the lean forward before seat-off (the flexion-momentum phase) takes about half
 * a second in adults (Schenkman et al. 1990), longer when frail; a slower lean's first part is in
 * the rest frames only as a minority, which the median keeps out. When the person rose sooner than
 * this after being seen seated, the first REST_MIN_FRAMES seated frames are the rest.
 */
export const TUG_RISE_LEAN_MS = 1000;
const REST_MIN_FRAMES = 5;
/** The movement's line is drawn through its frames over this long (3 frames at 30 fps): short
 * enough that a lean or a descent is still close to straight. */
const SLOPE_WINDOW_MS = 100;
/**
 * What the camera saw, flagged as observations for the clinician (never part of the score). Only
 * slow pace is detected. Not detected, on purpose: short strides (a stride length needs the
 * distance walked per step; world landmarks are hip-centred, and the person may be out of view),
 * en-bloc turning (head, trunk and pelvis turning as one needs their yaws apart, which the model
 * does not give reliably from behind or side-on) and steadying on furniture (the furniture is not
 * in the pose).
 */
export type TugObservation = 'slow_pace';

/** Why there is no time. */
export type TugIncompleteReason = 'never_seated' | 'never_rose' | 'not_seated_again';

export interface TugResult {
  readonly timeMs: Ms | null;
  readonly startMs: Ms | null;
  readonly endMs: Ms | null;
  readonly incomplete: TugIncompleteReason | null;
  readonly phases: readonly TugPhase[];
  readonly observations: readonly TugObservation[];
  /** Mean speed over the walk, metres per second, from the protocol's 6 m; null without a time. */
  readonly walkSpeedMPerS: number | null;
  /** Time within the test with no person in the picture. */
  readonly unseenMs: Ms;
}

export type TugLiveState =
  | { readonly kind: 'waiting'; readonly isSeated: boolean }
  | { readonly kind: 'running'; readonly startMs: Ms; readonly elapsedMs: Ms }
  | { readonly kind: 'done'; readonly result: TugResult };

export interface TugRun {
  push(frame: PoseFrame): TugLiveState;
  finish(): TugResult;
}

/** One frame's readings; angles in degrees from the vertical, null where unseen. */
interface Sample {
  readonly t: Ms;
  readonly isPresent: boolean;
  readonly posture: ObservedPosture | null;
  readonly settled: ObservedPosture | null;
  readonly trunkDeg: number | null;
  readonly thighDeg: number | null;
  /** Heading in the horizontal plane, degrees; null where unseen. */
  readonly headingDeg: number | null;
}

const isNum = (x: number | null): x is number => x !== null;

/**
 * Down on the seat after the walk: seated, or crouching (knees bent, thighs toward level, the
 * centre of mass not clearly behind the heels). Sitting down leaning forward, as older adults
 * often do, puts the mass over the feet, where the classifier cannot see the seat carry the body
 * (posture.ts); in a TUG, a knees-bent stance held at the chair after the walk back is that.
 */
const isDown = (s: Sample): boolean => s.posture === 'seated' || s.posture === 'crouching';

/** A frame event: the frame it is read on (for the phases) and its time, which may fall between
 * that frame and the one before. */
interface TugEvent {
  readonly index: number;
  readonly atMs: Ms;
}

function sampleOf(
  frame: PoseFrame,
  isPatient: boolean,
  settle: (p: ObservedPosture | null) => ObservedPosture | null,
) {
  const world = frame.worldLandmarks;
  if (world === null || !isPatient) {
    return {
      t: frame.timestampMs,
      isPresent: false,
      posture: null,
      settled: settle(null),
      trunkDeg: null,
      thighDeg: null,
      headingDeg: null,
    } satisfies Sample;
  }
  const body = bodyPointsFrom(world, 1, 1);
  const features = postureFeatures(body, DEFAULT_MIN_VISIBILITY);
  const posture = features === null ? null : postureOfFeatures(features);
  return {
    t: frame.timestampMs,
    isPresent: true,
    posture,
    settled: settle(posture),
    trunkDeg: features?.trunkDeg ?? null,
    thighDeg: features === null ? null : mean(features.thighDeg),
    headingDeg: headingDeg(body),
  } satisfies Sample;
}

export function tugRunCreate(): TugRun {
  const samples: Sample[] = [];
  const track = postureTrackCreate();
  const identity = identityCreate();
  let seatedSince: number | null = null;
  /** Index of the first frame of the standing reading that confirmed the rise. */
  let riseConfirmed: number | null = null;
  let start: TugEvent | null = null;
  /** After the walk: the first frame of the stretch down on the seat, and since when it is up. */
  let downFrom: number | null = null;
  let upSince: Ms | null = null;
  let result: TugResult | null = null;
  /** The thigh angle's noise band while seated before the rise. */
  let thighRestBand: number | null = null;

  const settle = (t: Ms) => (p: ObservedPosture | null) => postureTrackStep(track, p, t);

  /** Start of the rise: see the module header. */
  function riseStart(standingFrom: number): TugEvent {
    const lastSeated = lastIndexBefore(standingFrom, 'seated', seatedSince ?? 0);
    if (lastSeated === null) return eventAt(standingFrom);
    const seatOffMs = samples[lastSeated]?.t ?? 0;
    const seated = samples
      .slice(seatedSince ?? 0, lastSeated + 1)
      .filter((s) => s.posture === 'seated' && s.trunkDeg !== null);
    const before = seated.filter((s) => s.t <= seatOffMs - TUG_RISE_LEAN_MS);
    const restFrames = before.length >= REST_MIN_FRAMES ? before : seated.slice(0, REST_MIN_FRAMES);
    const rest = restBand(restFrames.map((s) => s.trunkDeg).filter(isNum));
    thighRestBand = restBand(restFrames.map((s) => s.thighDeg).filter(isNum))?.band ?? null;
    if (rest === null) return eventAt(lastSeated);
    for (let i = lastSeated; i >= 0; i -= 1) {
      const trunk = samples[i]?.trunkDeg;
      if (trunk === null || trunk === undefined || trunk > rest.level + rest.band) continue;
      // The lean's line through the frames after this one, back to the resting angle.
      const t0 = samples[i + 1]?.t ?? samples[i]?.t ?? 0;
      const ramp = samples
        .slice(i + 1, lastSeated + 1)
        .filter((s) => s.t - t0 <= SLOPE_WINDOW_MS)
        .flatMap((s) => (s.trunkDeg === null ? [] : [{ t: s.t, v: s.trunkDeg }]));
      // No earlier than the last frame at or below the resting angle itself.
      let atRest = i;
      while (atRest > 0 && (samples[atRest]?.trunkDeg ?? -Infinity) > rest.level) atRest -= 1;
      return eventBetween(atRest, i + 1, lineCrossingMs(ramp, rest.level));
    }
    return eventAt(lastSeated);
  }

  /** Index of the first frame of the run of readings equal to `posture` that ends at `i`. */
  function runStart(i: number, posture: ObservedPosture): number {
    let j = i;
    while (j > 0 && samples[j - 1]?.posture === posture) j -= 1;
    return j;
  }

  function lastIndexBefore(end: number, posture: ObservedPosture, from: number): number | null {
    for (let i = end - 1; i >= from; i -= 1) if (samples[i]?.posture === posture) return i;
    return null;
  }

  /**
   * End of the test (see the module header), once the body has rested on the seat for
   * TUG_SEATED_CONFIRM_MS: the thigh's resting angle is the median over that last stretch of
   * frames down on the seat, whose first frame must already be at rest. Null while not confirmed;
   * with `isFinal` (the stream has ended) what there is of the stretch is used.
   */
  function seatedAgain(downFrom: number, upTo: number, isFinal: boolean): TugEvent | null {
    const lastStanding = lastIndexBefore(downFrom, 'standing', riseConfirmed ?? 0);
    const nowMs = samples[upTo]?.t ?? 0;
    const window = samples
      .slice(downFrom, upTo + 1)
      .filter((s) => s.thighDeg !== null && s.t >= nowMs - TUG_SEATED_CONFIRM_MS);
    const level = median(window.map((s) => s.thighDeg).filter(isNum));
    if (level === null) return isFinal ? eventAt(downFrom) : null;
    // The thigh swings from vertical (standing) to its resting angle on the seat.
    const give = TUG_SEAT_GIVE_FRACTION * level;
    const noise = thighRestBand ?? TUG_MOVEMENT_MIN_DEG;
    const onSeat = level - Math.max(noise, give);
    const first = window[0];
    if (!isFinal) {
      const isLongEnough = first !== undefined && nowMs - first.t >= TUG_SEATED_CONFIRM_MS - 1;
      const isAtRest =
        first?.thighDeg !== null &&
        first?.thighDeg !== undefined &&
        first.thighDeg >= level - noise;
      if (!isLongEnough || !isAtRest) return null;
    }
    if (lastStanding === null) return eventAt(downFrom);
    for (let i = lastStanding + 1; i <= upTo; i += 1) {
      const thigh = samples[i]?.thighDeg;
      if (thigh === null || thigh === undefined || thigh < onSeat) continue;
      // Between this frame and the one before, where the descent's line (its last frames) meets
      // the seat.
      const t1 = samples[i - 1]?.t ?? samples[i]?.t ?? 0;
      const ramp = samples
        .slice(lastStanding + 1, i + 1)
        .filter((s) => t1 - s.t <= SLOPE_WINDOW_MS)
        .flatMap((s) => (s.thighDeg === null ? [] : [{ t: s.t, v: s.thighDeg }]));
      return eventBetween(Math.max(lastStanding + 1, i - 1), i, lineCrossingMs(ramp, onSeat));
    }
    return eventAt(downFrom);
  }

  const eventAt = (index: number): TugEvent => ({ index, atMs: samples[index]?.t ?? ms(0) });
  /**
   * An event at `atMs`, kept between frames `a` and `b`; read on the frame it falls on or after.
   * Without a time, on frame `a`.
   */
  function eventBetween(a: number, b: number, atMs: number | null): TugEvent {
    const ta = samples[a]?.t;
    const tb = samples[b]?.t;
    if (ta === undefined || tb === undefined || atMs === null) return eventAt(a);
    const t = Math.min(tb, Math.max(ta, atMs));
    let index = a;
    while (index < b && (samples[index]?.t ?? Infinity) < t) index += 1;
    return { index, atMs: ms(t) };
  }

  const at = (i: number | null): Ms | null => (i === null ? null : (samples[i]?.t ?? null));

  function resultOf(end: TugEvent | null, incomplete: TugIncompleteReason | null): TugResult {
    const startIndex = start?.index ?? null;
    const endIndex = end?.index ?? null;
    const startMs = start?.atMs ?? null;
    const endMs = end?.atMs ?? null;
    const timeMs = startMs === null || endMs === null ? null : ms(endMs - startMs);
    const seenFrom = startIndex ?? 0;
    const seenTo = endIndex ?? samples.length - 1;
    const riseEnd = riseConfirmed;
    const sitStart =
      endIndex === null ? null : lastIndexBefore(endIndex, 'standing', riseConfirmed ?? 0);
    const phases: TugPhase[] = [];
    if (startIndex !== null && riseEnd !== null) {
      phases.push({ key: 'rise', startMs, endMs: at(riseEnd), visibility: 'seen' });
      const walkTo = sitStart ?? samples.length - 1;
      phases.push(...tugWalkPhases(samples.slice(riseEnd, walkTo + 1)));
      if (sitStart !== null && endIndex !== null) {
        phases.push({ key: 'sit', startMs: at(sitStart), endMs: endMs, visibility: 'seen' });
      }
    }
    let unseen = 0;
    for (let i = seenFrom + 1; i <= seenTo; i += 1) {
      const s = samples[i];
      const prev = samples[i - 1];
      if (s !== undefined && prev !== undefined && !s.isPresent) unseen += s.t - prev.t;
    }
    const walkMs =
      riseEnd === null || sitStart === null ? null : (at(sitStart) ?? 0) - (at(riseEnd) ?? 0);
    const walkSpeedMPerS =
      timeMs === null || walkMs === null || walkMs <= 0
        ? null
        : TUG_WALK_DISTANCE_M / (walkMs / 1000);
    return {
      timeMs,
      startMs,
      endMs,
      incomplete,
      phases,
      observations:
        walkSpeedMPerS !== null && walkSpeedMPerS < TUG_SLOW_PACE_M_PER_S ? ['slow_pace'] : [],
      walkSpeedMPerS,
      unseenMs: ms(unseen),
    };
  }

  function push(frame: PoseFrame): TugLiveState {
    if (result !== null) return { kind: 'done', result };
    const last = samples.at(-1);
    // Timestamps must increase; a repeated or older frame is not a new reading.
    if (last !== undefined && frame.timestampMs <= last.t) return live(last.t);
    const t = frame.timestampMs;
    // Another body (the assessor in the background, say, while the patient is out of the picture
    // at the turn) is no reading of the patient: the frame counts as not seen (identity.ts).
    const verdict = identityStep(identity, identitySampleOf(frame, DEFAULT_MIN_VISIBILITY), t);
    const sample = sampleOf(frame, verdict === 'patient', settle(t));
    samples.push(sample);
    const i = samples.length - 1;
    if (riseConfirmed === null) {
      if (sample.settled === 'seated') seatedSince ??= i;
      else if (sample.settled === 'standing' && seatedSince !== null) {
        riseConfirmed = runStart(i, 'standing');
        start = riseStart(riseConfirmed);
      }
    } else if (isDown(sample)) {
      downFrom ??= i;
      upSince = null;
      const end = seatedAgain(downFrom, i, false);
      if (end !== null) result = resultOf(end, null);
    } else if (downFrom !== null) {
      // Up again (or unreadable) for longer than a misread frame: not down on the seat yet.
      upSince ??= sample.t;
      if (sample.t - upSince >= POSTURE_SETTLE_MS) downFrom = null;
    }
    return live(sample.t);
  }

  function live(t: Ms): TugLiveState {
    if (result !== null) return { kind: 'done', result };
    const startMs = start?.atMs ?? null;
    if (startMs === null) return { kind: 'waiting', isSeated: track.settled === 'seated' };
    return { kind: 'running', startMs, elapsedMs: ms(t - startMs) };
  }

  function finish(): TugResult {
    if (result !== null) return result;
    if (seatedSince === null) return resultOf(null, 'never_seated');
    if (start === null) return resultOf(null, 'never_rose');
    if (downFrom !== null) {
      result = resultOf(seatedAgain(downFrom, samples.length - 1, true), null);
      return result;
    }
    return resultOf(null, 'not_seated_again');
  }

  return { push, finish };
}

/** Runs a whole recorded stream through the TUG analyser (a file, a replayed trace). */
export function tugReplay(frames: Iterable<PoseFrame>): TugResult {
  const run = tugRunCreate();
  for (const frame of frames) run.push(frame);
  return run.finish();
}
