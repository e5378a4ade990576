// Accuracy figures of the rep/hold eval (pure; used by `npm run eval` and the eval e2e spec).
import type { ClipEntry } from './clips';

export interface ClipResult {
  readonly file: string;
  readonly exercise: string;
  readonly truth: number;
  readonly count: number;
  readonly rep_end_times_s: number[];
  /** Counted reps whose end falls inside a true (whole) rep window, see `inTrueRepWindow`. */
  readonly reps_in_window: number;
  readonly hold_truth_s: number | null;
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

const mean = (values: number[]): number =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

export function evalTotals(results: readonly ClipResult[]): Totals {
  const repClips = results.filter((r) => r.hold_truth_s === null);
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

export function formatEvalTable(results: readonly ClipResult[], totals: Totals): string {
  const lines = [
    `${'clip'.padEnd(36)}${'exercise'.padEnd(24)}${'truth'.padStart(6)}${'count'.padStart(7)}  in-window  frames`,
  ];
  for (const r of results) {
    const figures =
      r.hold_truth_s === null
        ? `${String(r.truth).padStart(6)}${String(r.count).padStart(7)}  ${`${r.reps_in_window}/${r.count}`.padEnd(9)}`
        : `${`${r.hold_truth_s.toFixed(2)} s`.padStart(6)}${`${(r.hold_s ?? 0).toFixed(2)} s`.padStart(9)} ${''.padEnd(8)}`;
    lines.push(
      `${r.file.padEnd(36)}${r.exercise.padEnd(24)}${figures}  ${r.frames_processed}/${r.frames_in_file}`,
    );
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
      : `hold clips: mean error ${totals.hold_err_s.toFixed(2)} s, worst ${(totals.max_hold_err_s ?? 0).toFixed(2)} s`,
  );
  return lines.join('\n');
}
