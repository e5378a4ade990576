// Why nothing is being counted: when the person is in front of the camera but no rep moves and no
// hold runs for a few seconds, the analyzer says why (someone else in view, the body not fully in
// view, the wrong posture for the exercise, not in its start position), as a code the UI words.
// Pure: one step per frame, time in.
import type { Posture } from './exercises/types';
import type { ObservedPosture } from './posture';

export type NotCountingReason =
  | { readonly code: 'other_person' }
  | { readonly code: 'out_of_view' }
  | { readonly code: 'posture'; readonly observed: ObservedPosture; readonly required: Posture }
  | { readonly code: 'start_position' };

/** Seconds without progress before the reason is given: long enough not to interrupt a pause
 * between reps or the moment of getting into position, short enough that the person is not left
 * wondering ("within a few seconds"). */
export const NOT_COUNTING_AFTER_MS = 3000;
/** A posture seen this recently still explains no progress (a squat passes through several). */
const POSTURE_MEMORY_MS = 2000;

export interface NotCountingState {
  lastProgressMs: number | null;
  lastMismatch: { readonly observed: ObservedPosture; readonly t: number } | null;
  reason: NotCountingReason | null;
}

export const notCountingCreate = (): NotCountingState => ({
  lastProgressMs: null,
  lastMismatch: null,
  reason: null,
});

export interface NotCountingInput {
  readonly timestampMs: number;
  /** A rep under way from the right start, a rep or partial just ended, or the hold running. */
  readonly isProgressing: boolean;
  /** Another body has replaced the patient's (counting is paused). */
  readonly isOtherPerson: boolean;
  /** The body needed by the exercise is not (fully) seen. */
  readonly isOutOfView: boolean;
  readonly required: Posture;
  /** The settled posture when it is not the required one, else null. */
  readonly postureMismatch: ObservedPosture | null;
  /** The exercise's start (or hold) position: false when definitely not in it. */
  readonly isInStartPosition: boolean | null;
}

export function notCountingStep(
  state: NotCountingState,
  input: NotCountingInput,
): NotCountingReason | null {
  const t = input.timestampMs;
  if (input.postureMismatch !== null) state.lastMismatch = { observed: input.postureMismatch, t };
  if (input.isOtherPerson) return (state.reason = { code: 'other_person' });
  if (input.isProgressing || state.lastProgressMs === null) state.lastProgressMs = t;
  if (input.isProgressing || t - state.lastProgressMs < NOT_COUNTING_AFTER_MS) {
    return (state.reason = null);
  }
  const mismatch =
    state.lastMismatch !== null && t - state.lastMismatch.t <= POSTURE_MEMORY_MS
      ? state.lastMismatch.observed
      : null;
  let next: NotCountingReason | null = null;
  if (input.isOutOfView) next = { code: 'out_of_view' };
  else if (mismatch !== null) {
    // Keep the posture first named while the person stays out of the required one, so the
    // message does not flicker between "standing" and "squatting" through each squat.
    next =
      state.reason?.code === 'posture'
        ? state.reason
        : { code: 'posture', observed: mismatch, required: input.required };
  } else if (input.isInStartPosition === false) next = { code: 'start_position' };
  return (state.reason = next);
}
