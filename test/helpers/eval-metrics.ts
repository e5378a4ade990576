// Accuracy figures of the rep/hold eval (pure; used by `npm run eval` and the eval e2e spec).
import type { ExerciseDefinition } from '../../src/core/exercises/types';
import type { ClipEntry } from './clips';

/**
 * Functional tests the manifest has clips of but the app does not run yet (issue #14), by the
 * manifest's exercise id. Their clips are listed as not evaluated, never counted as passed.
 */
export const FUNCTIONAL_TESTS_NOT_BUILT: Readonly<Record<string, string>> = {
  timed_up_and_go: 'Timed Up and Go',
};

/**
 * What the eval does with a manifest clip: analyse it as its library exercise (comparing reps when
 * the exercise counts reps, and the hold time when the clip has hold_times: the total held for a
 * hold exercise, the pauses at the target of the complete reps for a rep exercise), list it as not
 * evaluated (a functional test not built yet), or fail on it (an exercise nobody knows).
 */
export type ClipPlan =
  | {
      readonly kind: 'evaluate';
      readonly clip: ClipEntry;
      readonly countsReps: boolean;
      readonly hold: 'total' | 'at_target' | null;
    }
  | { readonly kind: 'not_evaluated'; readonly clip: ClipEntry; readonly reason: string }
  | { readonly kind: 'unknown_exercise'; readonly clip: ClipEntry; readonly reason: string };

export function planClip(
  clip: ClipEntry,
  findExercise: (id: string) => ExerciseDefinition | null,
): ClipPlan {
  const def = findExercise(clip.exercise);
  if (def !== null) {
    const hasHolds = (clip.hold_times ?? []).length > 0;
    const hold = !hasHolds ? null : def.hold !== null ? 'total' : 'at_target';
    return { kind: 'evaluate', clip, countsReps: def.rep !== null, hold };
  }
  const test = FUNCTIONAL_TESTS_NOT_BUILT[clip.exercise];
  if (test !== undefined) {
    return {
      kind: 'not_evaluated',
      clip,
      reason: `not evaluated: ${test} is a functional test (its protocol is not built yet)`,
    };
  }
  return {
    kind: 'unknown_exercise',
    clip,
    reason: `${clip.file}: exercise "${clip.exercise}" is neither in the exercise library nor a known functional test`,
  };
}

export interface ClipResult {
  readonly file: string;
  readonly exercise: string;
  /** Whether the exercise counts reps (its count is compared with the truth). */
  readonly counts_reps: boolean;
  readonly truth: number;
  readonly count: number;
  readonly rep_end_times_s: number[];
  /** Counted reps whose end falls inside a true (whole) rep window, see `inTrueRepWindow`. */
  readonly reps_in_window: number;
  /** Seconds held in truth: the whole hold, or the pauses at the target of the complete reps. */
  readonly hold_truth_s: number | null;
  /** Seconds the app measured held (holdSeconds, or the counted reps' time at the target). */
  readonly hold_s: number | null;
  readonly frames_processed: number;
  readonly frames_in_file: number;
}

export interface Totals {
  /** Share of rep clips counted exactly. */
  readonly exact: number;
  /** Share of rep clips counted within one (|truth − count| ≤ 1), as RepCount's OBO. */
  readonly obo: number;
  readonly mae: number;
  /** Mean of |truth − count| / truth over rep clips (RepCount's normalised MAE). */
  readonly nmae: number;
  /** Mean absolute hold-time error over hold clips, seconds (null without hold clips). */
  readonly hold_err_s: number | null;
  readonly max_hold_err_s: number | null;
  readonly max_count_err: number;
  readonly reps_counted: number;
  readonly reps_in_window: number;
}

/** Slack around a true rep window for a counted rep's end: a rep completes at or after its end. */
export const WINDOW_SLACK_BEFORE_S = 0.5;
export const WINDOW_SLACK_AFTER_S = 1.0;

export function inTrueRepWindow(clip: ClipEntry, endS: number): boolean {
  return clip.rep_times.some(
    (rep) =>
      rep.partial !== true &&
      endS >= rep.start - WINDOW_SLACK_BEFORE_S &&
      endS <= rep.end + WINDOW_SLACK_AFTER_S,
  );
}

export function holdTruthSeconds(clip: ClipEntry): number | null {
  const holds = clip.hold_times ?? [];
  return holds.length === 0 ? null : holds.reduce((sum, hold) => sum + (hold.end - hold.start), 0);
}

/**
 * Seconds held at the target within the clip's complete reps: the hold_times whose middle lies in
 * a non-partial rep window (a hold cut off by the clip's end belongs to a rep nobody can count).
 */
export function targetHoldTruthSeconds(clip: ClipEntry): number {
  return (clip.hold_times ?? [])
    .filter((hold) =>
      clip.rep_times.some(
        (rep) =>
          rep.partial !== true &&
          (hold.start + hold.end) / 2 >= rep.start &&
          (hold.start + hold.end) / 2 <= rep.end,
      ),
    )
    .reduce((sum, hold) => sum + (hold.end - hold.start), 0);
}

const mean = (values: number[]): number =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

export function evalTotals(results: readonly ClipResult[]): Totals {
  const repClips = results.filter((r) => r.counts_reps);
  const holdClips = results.filter((r) => r.hold_truth_s !== null);
  const errors = repClips.map((r) => Math.abs(r.truth - r.count));
  const holdErrors = holdClips.map((r) => Math.abs((r.hold_s ?? 0) - (r.hold_truth_s ?? 0)));
  return {
    exact: mean(errors.map((e) => (e === 0 ? 1 : 0))),
    obo: mean(errors.map((e) => (e <= 1 ? 1 : 0))),
    mae: mean(errors),
    nmae: mean(repClips.map((r, i) => (errors[i] ?? 0) / Math.max(1, r.truth))),
    hold_err_s: holdErrors.length === 0 ? null : mean(holdErrors),
    max_hold_err_s: holdErrors.length === 0 ? null : Math.max(...holdErrors),
    max_count_err: errors.length === 0 ? 0 : Math.max(...errors),
    reps_counted: repClips.reduce((sum, r) => sum + r.count, 0),
    reps_in_window: repClips.reduce((sum, r) => sum + r.reps_in_window, 0),
  };
}

export function formatEvalTable(
  results: readonly ClipResult[],
  totals: Totals,
  notEvaluated: readonly ClipPlan[] = [],
): string {
  const lines = [
    `${'clip'.padEnd(36)}${'exercise'.padEnd(24)}${'truth'.padStart(6)}${'count'.padStart(7)}  in-window  ${'held truth'.padStart(10)}${'held'.padStart(9)}  frames`,
  ];
  for (const r of results) {
    const reps = r.counts_reps
      ? `${String(r.truth).padStart(6)}${String(r.count).padStart(7)}  ${`${r.reps_in_window}/${r.count}`.padEnd(9)}`
      : `${'-'.padStart(6)}${'-'.padStart(7)}  ${''.padEnd(9)}`;
    const held =
      r.hold_truth_s === null
        ? `${'-'.padStart(10)}${'-'.padStart(9)}`
        : `${`${r.hold_truth_s.toFixed(2)} s`.padStart(10)}${`${(r.hold_s ?? 0).toFixed(2)} s`.padStart(9)}`;
    lines.push(
      `${r.file.padEnd(36)}${r.exercise.padEnd(24)}${reps}  ${held}  ${r.frames_processed}/${r.frames_in_file}`,
    );
  }
  for (const plan of notEvaluated) {
    const reason = plan.kind === 'evaluate' ? '' : plan.reason;
    lines.push(`${plan.clip.file.padEnd(36)}${plan.clip.exercise.padEnd(24)}${reason}`);
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  lines.push('');
  lines.push(
    `rep clips: exact ${pct(totals.exact)}, off-by-one (within 1) ${pct(totals.obo)}, MAE ${totals.mae.toFixed(3)}, nMAE ${totals.nmae.toFixed(3)}, worst count error ${totals.max_count_err}`,
  );
  lines.push(
    `counted reps inside a true rep window: ${totals.reps_in_window}/${totals.reps_counted}`,
  );
  lines.push(
    totals.hold_err_s === null
      ? 'hold clips: none'
      : `clips with holds: mean error ${totals.hold_err_s.toFixed(2)} s, worst ${(totals.max_hold_err_s ?? 0).toFixed(2)} s`,
  );
  return lines.join('\n');
}
