// What a set asks of the person, as data: one or more stages, each with a target (reps or hold
// time), a time box, or both. An ordinary prescribed set is one stage ("10 reps", "hold 30 s"); a
// standardized test is a protocol of its own: the 30-second chair stand is one stage counting reps
// inside a 30 s box; the 4-stage balance test is four stances of 10 s each, ending at the first
// stance not held. The set run (set-run.ts) interprets it; nothing protocol-specific is written there.
import type { ExerciseDefinition } from '../exercises/types';

export type SetTarget =
  | { readonly kind: 'reps'; readonly reps: number }
  | { readonly kind: 'hold'; readonly holdMs: number };

export interface SetStage {
  /** Names the stage in results (e.g. 'main', 'tandem'). */
  readonly key: string;
  /** The stage's own exercise (a stance of a balance test); by default the set's. */
  readonly definition?: ExerciseDefinition;
  /** The stage is done when this is reached; null: it runs until its time box or the set ends. */
  readonly target: SetTarget | null;
  /** The stage ends this long after its first frame, target reached or not; null: no box. */
  readonly timeBoxMs: number | null;
  /**
   * A held position let go before the target fails the stage (a balance stance is not
   * re-tried): the protocol ends there. Otherwise the hold may break and start again.
   */
  readonly failOnHoldBreak?: boolean;
  /**
   * Form rules (by id) whose fault fails the stage on the frame it starts, ending the protocol: a
   * test's own rule broken (the arms used to rise in the chair stand). Absent: faults only coach.
   */
  readonly stopOnFaults?: readonly string[];
}

export interface SetProtocol {
  readonly stages: readonly SetStage[];
}

/** Why a set came to its end by itself (the person ending it is the caller's business). */
export type SetCompletionReason = 'target_reached' | 'time_up' | 'stage_failed';

/** An open-ended run: analysed until the caller ends it (the setup check, a video file). */
export const OPEN_PROTOCOL: SetProtocol = {
  stages: [{ key: 'main', target: null, timeBoxMs: null }],
};

/**
 * The protocol of a prescribed set of `definition`: `reps` reps, or (without reps) the hold of the
 * definition's hold target — the prescription's hold seconds are merged into the definition.
 */
export function protocolOfSet(definition: ExerciseDefinition, reps: number | null): SetProtocol {
  const target: SetTarget | null =
    reps !== null && definition.rep !== null
      ? { kind: 'reps', reps }
      : definition.hold !== null
        ? { kind: 'hold', holdMs: definition.hold.targetSeconds * 1000 }
        : null;
  return { stages: [{ key: 'main', target, timeBoxMs: null }] };
}

/** A protocol's problems, as codes with the stage they concern (empty when it is usable). */
export function protocolProblems(
  protocol: SetProtocol,
): readonly { readonly stage: number; readonly code: string }[] {
  const problems: { stage: number; code: string }[] = [];
  if (protocol.stages.length === 0) problems.push({ stage: -1, code: 'no_stages' });
  protocol.stages.forEach((s, stage) => {
    const box = s.timeBoxMs;
    if (box !== null && !(Number.isFinite(box) && box > 0)) {
      problems.push({ stage, code: 'bad_time_box' });
    }
    const t = s.target;
    if (t?.kind === 'reps' && !(Number.isInteger(t.reps) && t.reps > 0)) {
      problems.push({ stage, code: 'bad_rep_target' });
    }
    if (t?.kind === 'hold' && !(Number.isFinite(t.holdMs) && t.holdMs > 0)) {
      problems.push({ stage, code: 'bad_hold_target' });
    }
  });
  return problems;
}
