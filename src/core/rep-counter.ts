// Repetition counting on one scalar "progress" signal (the rep measure, oriented so that moving
// from the start position towards the target increases it).
//
// A rep is start position → out (as far as the person gets) → back to the start position, observed
// whole. The counter is a four-phase state machine with hysteresis H:
//   waiting → rest      first sample (or first after tracking was lost)
//   rest    → out       the signal rises H above the lowest rest value (the start valley)
//   out     → back      the signal falls H below the peak
//   back    → rest/out  the return settles (still for settleMs, within SETTLE_FRACTION·A of the
//                       start) or the next
//                       rep begins (the signal rises H above the trough); either ends the rep
// The completed excursion is then judged, all relative to its own amplitude A = peak − base,
// base = min(start valley, end trough):
//   * started mid-movement: the start valley sits above base by more than startTolerance·A
//     (tracking began part-way into the movement), or, for the first movement after tracking
//     (re)starts, the person was not seen in the definition's start position before it: a
//     reverse lunge first seen with the feet already split. A return seen before any start (tracking began
//     deep in a rep) is reported once as a started_mid_movement partial and never counted.
//   * not completed: the end trough sits above base by more than startTolerance·A
//   * not deep enough: A < minExcursion (the data's absolute floor) or A < minRomFraction × the
//     median amplitude of the reps counted so far (the person's own range)
//   * too fast / too slow: the rep's duration outside [minRepMs, maxRepMs]
// A rep is observed whole or not counted: when the stream ends (or tracking is lost) on the way
// back, the rep counts only if the return was seen to arrive — in the start zone and still for a
// third of settleMs — and is otherwise a not_completed (lost_tracking) partial.
// H = max(minExcursion / 2, hysteresisFraction × median counted amplitude): noise and wobbles
// inside a rep never cross it. A gap longer than maxGapMs (no person, unseen joints) ends any rep in
// progress as lost_tracking. Nothing here depends on frame rate: all times come from timestamps.
import { ms, type Ms } from './units';
import type { Side } from './body';
import { median } from './stats';

export interface RepCounterConfig {
  readonly minExcursion: number;
  readonly minRomFraction: number;
  readonly minRepMs: number;
  readonly maxRepMs: number;
  readonly hysteresisFraction: number;
  readonly startTolerance: number;
  readonly settleMs: number;
  readonly maxGapMs: number;
}

export const REP_COUNTER_DEFAULTS = {
  hysteresisFraction: 0.25,
  startTolerance: 0.35,
  settleMs: 300,
  maxGapMs: 700,
} as const;

export type PartialReason =
  | 'not_deep_enough'
  | 'too_fast'
  | 'too_slow'
  | 'lost_tracking'
  | 'started_mid_movement'
  | 'not_completed';

/** Where a (possibly partial) rep happened. Progress values are in the rep measure's units. */
export interface RepWindow {
  readonly startMs: Ms;
  readonly peakMs: Ms;
  readonly endMs: Ms;
  readonly startProgress: number;
  readonly peakProgress: number;
  readonly endProgress: number;
  readonly amplitude: number;
  readonly side: Side | null;
}

export type RepCounterEvent =
  | { readonly kind: 'rep'; readonly window: RepWindow }
  | { readonly kind: 'partial'; readonly reason: PartialReason; readonly window: RepWindow }
  /** A movement that did not start from the exercise's posture: another movement, not a rep. */
  | { readonly kind: 'off_posture'; readonly window: RepWindow };

export type RepPhase = 'waiting' | 'rest' | 'out' | 'back';

interface Point {
  t: number;
  v: number;
}

/** Plain, cloneable state; repCounterStep mutates it in place. */
export interface RepCounterState {
  phase: RepPhase;
  lastT: number | null;
  rest: Point;
  restFirst: number;
  stillRef: number;
  stillSince: number;
  start: Point & { seen: boolean; postureOk: boolean };
  /** Whether the start position was seen since the last rep began (or tracking began). */
  startSeen: boolean;
  /** Whether the exercise's posture was seen / a different one was seen, between reps (at rest
   * and on the way back): every rep must start from the posture, not only the first. */
  postureMatchSeen: boolean;
  postureMismatchSeen: boolean;
  /** No movement has begun since tracking (re)started. */
  firstSinceTracking: boolean;
  peak: Point & { side: Side | null };
  trough: Point;
  samples: Point[];
  /** Tracking just began: a return seen before any start is reported once as an opening partial. */
  openingPending: boolean;
  amplitudes: number[];
  count: number;
}

const RECENT_REST_MS = 3000;
/** A rep's start and end times: where it crosses this fraction of its amplitude. */
const EDGE_FRACTION = 0.1;
/** A return settles (ends the rep without a next one starting) only this close to the start. */
const SETTLE_FRACTION = 0.2;
/** A return cut off before it settles was seen to arrive if still for this part of settleMs. */
const ARRIVE_PART = 1 / 3;

export const repCounterCreate = (): RepCounterState => ({
  phase: 'waiting',
  lastT: null,
  rest: { t: 0, v: 0 },
  restFirst: 0,
  stillRef: 0,
  stillSince: 0,
  start: { t: 0, v: 0, seen: false, postureOk: true },
  startSeen: false,
  postureMatchSeen: false,
  postureMismatchSeen: false,
  firstSinceTracking: true,
  peak: { t: 0, v: 0, side: null },
  trough: { t: 0, v: 0 },
  samples: [],
  openingPending: false,
  amplitudes: [],
  count: 0,
});

export function repCounterHysteresis(state: RepCounterState, config: RepCounterConfig): number {
  const typical = median(state.amplitudes);
  return Math.max(
    config.minExcursion / 2,
    typical === null ? 0 : config.hysteresisFraction * typical,
  );
}

function windowOf(state: RepCounterState, end: Point): RepWindow {
  const { start, peak, samples } = state;
  const upLevel = start.v + EDGE_FRACTION * (peak.v - start.v);
  const downLevel = end.v + EDGE_FRACTION * (peak.v - end.v);
  let startT = start.t;
  let endT = end.t;
  for (const s of samples) if (s.t <= peak.t && s.v <= upLevel) startT = s.t;
  for (const s of samples) {
    if (s.t >= peak.t && s.v <= downLevel) {
      endT = s.t;
      break;
    }
  }
  return {
    startMs: ms(startT),
    peakMs: ms(peak.t),
    endMs: ms(endT),
    startProgress: start.v,
    peakProgress: peak.v,
    endProgress: end.v,
    amplitude: peak.v - Math.min(start.v, end.v),
    side: peak.side,
  };
}

function judge(state: RepCounterState, config: RepCounterConfig, end: Point): RepCounterEvent {
  const window = windowOf(state, end);
  const base = Math.min(state.start.v, end.v);
  const amp = window.amplitude;
  const typical = median(state.amplitudes);
  const duration = window.endMs - window.startMs;
  let reason: PartialReason | null = null;
  if (!state.start.seen || state.start.v - base > config.startTolerance * amp) {
    reason = 'started_mid_movement';
  } else if (!state.start.postureOk) return { kind: 'off_posture', window };
  else if (end.v - base > config.startTolerance * amp) reason = 'not_completed';
  else if (amp < config.minExcursion) reason = 'not_deep_enough';
  else if (typical !== null && amp < config.minRomFraction * typical) reason = 'not_deep_enough';
  else if (duration < config.minRepMs) reason = 'too_fast';
  else if (duration > config.maxRepMs) reason = 'too_slow';
  if (reason !== null) return { kind: 'partial', reason, window };
  state.count += 1;
  state.amplitudes.push(amp);
  return { kind: 'rep', window };
}

function enterRest(state: RepCounterState, at: Point, trackingBegan: boolean): void {
  state.phase = 'rest';
  state.rest = { ...at };
  state.restFirst = at.v;
  state.stillRef = at.v;
  state.stillSince = at.t;
  state.samples = [{ ...at }];
  state.openingPending = trackingBegan;
  if (trackingBegan) state.firstSinceTracking = true;
}

function beginExcursion(state: RepCounterState, now: Point, side: Side | null): void {
  state.phase = 'out';
  // Only the first movement after tracking (re)starts needs the start position seen: later reps
  // have shown their start by returning from the previous one.
  // A posture reading of "unknown" throughout gets the benefit of the doubt; only a span that
  // showed another posture and never the exercise's withholds it.
  state.start = {
    ...state.rest,
    seen: state.startSeen || !state.firstSinceTracking,
    postureOk: state.postureMatchSeen || !state.postureMismatchSeen,
  };
  state.startSeen = false;
  state.postureMatchSeen = false;
  state.postureMismatchSeen = false;
  state.firstSinceTracking = false;
  state.peak = { ...now, side };
  state.samples = state.samples.filter((s) => s.t >= state.rest.t);
}

/**
 * Whether a rep on its way back was seen to get back: in the start zone (the zone a settling
 * return must reach) and come to a stop there — still (within the stillness band) for ARRIVE_PART
 * of settleMs, a few frames at any usual frame rate, so one frame of a return still under way
 * cannot pass for it. A recording that ends, or tracking that stops, while the person is still on
 * the way back has not shown the rep whole: a fast movement cut there can be within
 * startTolerance of its start and still be a rep nobody saw finish.
 */
function isReturnObserved(state: RepCounterState, config: RepCounterConfig): boolean {
  const base = Math.min(state.start.v, state.trough.v);
  const inStartZone = state.trough.v - base <= SETTLE_FRACTION * (state.peak.v - base);
  const stillMs = (state.lastT ?? state.stillSince) - state.stillSince;
  return inStartZone && stillMs >= ARRIVE_PART * config.settleMs;
}

/** Ends a rep in progress because tracking stopped or the set ended. */
function interrupt(
  state: RepCounterState,
  config: RepCounterConfig,
  reason: PartialReason,
): RepCounterEvent[] {
  const events: RepCounterEvent[] = [];
  if (state.phase === 'out') {
    const last = state.samples[state.samples.length - 1] ?? state.peak;
    const window = windowOf(state, last);
    events.push(
      state.start.postureOk ? { kind: 'partial', reason, window } : { kind: 'off_posture', window },
    );
  } else if (state.phase === 'back') {
    if (!isReturnObserved(state, config)) {
      const window = windowOf(state, state.trough);
      events.push(
        state.start.postureOk
          ? { kind: 'partial', reason, window }
          : { kind: 'off_posture', window },
      );
    } else {
      const settled = judge(state, config, state.trough);
      events.push(
        settled.kind === 'partial' && settled.reason === 'not_completed'
          ? { ...settled, reason }
          : settled,
      );
    }
  }
  state.phase = 'waiting';
  state.samples = [];
  state.startSeen = false;
  state.postureMatchSeen = false;
  state.postureMismatchSeen = false;
  return events;
}

/** Restarts the stillness clock whenever the signal leaves a band around where it settled. */
function updateStill(state: RepCounterState, now: Point, band: number): void {
  if (Math.abs(now.v - state.stillRef) > band) {
    state.stillRef = now.v;
    state.stillSince = now.t;
  }
}

/**
 * Tracking that begins part-way through a rep sees only its return: report that once as a
 * partial, so the opening of the clip is accounted for but never counted.
 */
function reportOpening(state: RepCounterState, config: RepCounterConfig): RepCounterEvent[] {
  if (!state.openingPending) return [];
  const first = state.samples[0];
  if (state.restFirst - state.rest.v < config.minExcursion || first === undefined) return [];
  state.openingPending = false;
  const window: RepWindow = {
    startMs: ms(first.t),
    peakMs: ms(first.t),
    endMs: ms(state.rest.t),
    startProgress: state.restFirst,
    peakProgress: state.restFirst,
    endProgress: state.rest.v,
    amplitude: state.restFirst - state.rest.v,
    side: null,
  };
  return [{ kind: 'partial', reason: 'started_mid_movement', window }];
}

/**
 * Feeds one sample. `progress` null means the measure could not be read on this frame (no person,
 * joints unseen); short runs of those are bridged, longer ones end the rep as lost_tracking.
 * `inStartPosition` and `postureMatch`: whether the start position's conditions hold and whether
 * the body is in the exercise's posture on this frame (null = unknown).
 */
export function repCounterStep(
  state: RepCounterState,
  config: RepCounterConfig,
  timestampMs: Ms,
  progress: number | null,
  side: Side | null = null,
  inStartPosition: boolean | null = null,
  postureMatch: boolean | null = null,
): RepCounterEvent[] {
  const t: number = timestampMs;
  const events: RepCounterEvent[] = [];
  if (state.phase !== 'waiting' && state.lastT !== null && t - state.lastT > config.maxGapMs) {
    events.push(...interrupt(state, config, 'lost_tracking'));
  }
  if (progress === null || !Number.isFinite(progress)) return events;
  state.lastT = t;
  // Unknown (null) gets the benefit of the doubt; only a definite "not there" withholds it.
  if (state.phase !== 'out' && inStartPosition !== false) state.startSeen = true;
  if (state.phase !== 'out' && postureMatch === true) state.postureMatchSeen = true;
  if (state.phase !== 'out' && postureMatch === false) state.postureMismatchSeen = true;
  const now = { t, v: progress };
  const h = repCounterHysteresis(state, config);
  switch (state.phase) {
    case 'waiting':
      enterRest(state, now, true);
      break;
    case 'rest': {
      state.samples.push(now);
      while ((state.samples[0]?.t ?? t) < t - RECENT_REST_MS) state.samples.shift();
      updateStill(state, now, h / 3);
      if (progress < state.rest.v) state.rest = now;
      const settled = t - state.stillSince >= config.settleMs;
      const leaving = progress >= state.rest.v + h;
      if (settled || leaving) events.push(...reportOpening(state, config));
      if (leaving) beginExcursion(state, now, side);
      break;
    }
    case 'out':
      state.samples.push(now);
      if (progress > state.peak.v) state.peak = { ...now, side };
      if (progress <= state.peak.v - h) {
        state.phase = 'back';
        state.trough = now;
        state.stillRef = progress;
        state.stillSince = t;
      }
      break;
    case 'back': {
      state.samples.push(now);
      if (progress < state.trough.v) state.trough = now;
      updateStill(state, now, h / 3);
      const base = Math.min(state.start.v, state.trough.v);
      // Settling ends the rep only once the return is nearly complete: a slow return can look
      // still for settleMs long before it gets back.
      const inStartZone = state.trough.v - base <= SETTLE_FRACTION * (state.peak.v - base);
      if (progress >= state.trough.v + h) {
        const trough = state.trough;
        events.push(judge(state, config, trough));
        state.rest = trough;
        state.samples = state.samples.filter((s) => s.t >= trough.t);
        beginExcursion(state, now, side);
      } else if (inStartZone && t - state.stillSince >= config.settleMs) {
        const trough = state.trough;
        events.push(judge(state, config, trough));
        const recent = state.samples.filter((s) => s.t >= trough.t);
        enterRest(state, trough, false);
        state.samples = recent;
      }
      break;
    }
  }
  return events;
}

/**
 * Takes a pause (another person in view) out of the counter's clock: the frames after it follow
 * the last ones before it as if no time had passed, so a rep in progress goes on.
 */
export function repCounterShift(state: RepCounterState, byMs: number): void {
  if (state.lastT !== null) state.lastT += byMs;
}

/**
 * The end of the set: a rep still out is cut off; one on its way back counts only if its return
 * was seen to arrive (isReturnObserved), and is judged as it stands; an opening return (tracking
 * began mid-rep) the stream ended before it settled is reported as it would have been.
 */
export const repCounterFinish = (
  state: RepCounterState,
  config: RepCounterConfig,
): RepCounterEvent[] => [
  // A return seen without its start that the stream ended before it settled is still reported.
  ...(state.phase === 'rest' ? reportOpening(state, config) : []),
  ...interrupt(state, config, 'not_completed'),
];
