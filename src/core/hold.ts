// Hold timing: the clock runs only while every hold condition is met and pauses when one is lost.
// Time is summed between consecutive in-position frames; a dropout shorter than graceMs (a noisy
// frame, a moment of occlusion) is bridged, a longer one pauses the timer at the last good frame.
import type { HoldSpec, MeasureRange } from './exercises/types';
import { ms, type Ms } from './units';

export interface HoldState {
  heldMs: number;
  isHolding: boolean;
  lastInMs: number | null;
  /** Longest unbroken hold so far. */
  bestStreakMs: number;
  streakMs: number;
}

export interface HoldStatus {
  readonly heldMs: Ms;
  readonly isHolding: boolean;
  readonly targetMs: Ms;
}

export const holdCreate = (): HoldState => ({
  heldMs: 0,
  isHolding: false,
  lastInMs: null,
  bestStreakMs: 0,
  streakMs: 0,
});

/** Whether a value lies in a range, widened by `tolerance` on each side. */
export function rangeContains(range: MeasureRange, value: number, tolerance = 0): boolean {
  if (range.min !== undefined && value < range.min - tolerance) return false;
  if (range.max !== undefined && value > range.max + tolerance) return false;
  return true;
}

/**
 * Whether the hold position is met. Values are looked up by measure id; an unreadable measure
 * means "not known to be held". Once holding, each condition's tolerance widens its range.
 */
export function holdConditionsMet(
  spec: HoldSpec,
  values: Readonly<Record<string, number | null>>,
  isHolding: boolean,
): boolean {
  return spec.conditions.every((c) => {
    const value = values[c.measure];
    return (
      value !== null && value !== undefined && rangeContains(c, value, isHolding ? c.tolerance : 0)
    );
  });
}

export function holdStep(
  state: HoldState,
  spec: HoldSpec,
  timestampMs: Ms,
  inPosition: boolean,
): void {
  const t: number = timestampMs;
  if (inPosition) {
    if (state.lastInMs !== null && t - state.lastInMs <= spec.graceMs) {
      state.heldMs += t - state.lastInMs;
      state.streakMs += t - state.lastInMs;
    } else {
      state.streakMs = 0;
    }
    state.lastInMs = t;
    state.isHolding = true;
  } else {
    state.isHolding = state.lastInMs !== null && t - state.lastInMs <= spec.graceMs;
  }
  state.bestStreakMs = Math.max(state.bestStreakMs, state.streakMs);
}

/** Takes a pause (another person in view) out of the hold's clock, so it does not break the hold. */
export function holdShift(state: HoldState, byMs: number): void {
  if (state.lastInMs !== null) state.lastInMs += byMs;
}

export const holdStatus = (state: HoldState, spec: HoldSpec): HoldStatus => ({
  heldMs: ms(state.heldMs),
  isHolding: state.isHolding,
  targetMs: ms(spec.targetSeconds * 1000),
});
