// Metamorphic tests on a real clip's landmarks: many variants of one recording (trimmed inside a
// repetition, mirrored, a still pose added at either end), each replayed through the set run, each
// with a truth derived from the manifest alone — never from the counter's output:
//   trim_start / trim_end  cut at the peak of a whole rep: the count is the whole reps left whole,
//                          and the cut rep is reported as a partial (started_mid_movement at the
//                          start, not_completed at the end); a hold clip is cut in a hold's middle
//   trim_start_outward /   the same, cut half-way and three-quarters of the way out to the peak
//   trim_end_return        (the recording begins part-way down) or back from it (it ends before
//                          the person is back)
//   mirror                 the same count; the working side of each alternating rep swaps
//   still_start/still_end  1 s and 2 s of the first/last pose, still: the same count (only at an
//                          end where the manifest has the person in the start position: no rep cut
//                          there)
// Hold time (a hold exercise's total) must change exactly as the manifest's holds do under the
// transformation: held(variant) = held(original) + Δtruth, within one frame.
import type { AnalysisSummary, PartialRecord } from '../../src/core/analysis-types';
import { otherSide } from '../../src/core/body';
import { getExercise } from '../../src/core/exercises/library';
import type { PoseFrame } from '../../src/core/landmarks';
import type { PartialReason } from '../../src/core/rep-counter';
import { OPEN_PROTOCOL, setRunReplay, traceFrameMs } from '../../src/core/set-run';
import { clipCutEnds, type ClipEntry, type RepWindow } from './clips';
import { WINDOW_SLACK_AFTER_S, WINDOW_SLACK_BEFORE_S, type ClipPlan } from './eval-metrics';
import {
  framesMirrored,
  framesStillAfter,
  framesStillBefore,
  framesTrimmed,
} from './landmark-transforms';

export const TRANSFORMATIONS = [
  'trim_start',
  'trim_end',
  'trim_start_outward',
  'trim_end_return',
  'mirror',
  'still_start',
  'still_end',
] as const;
export type Transformation = (typeof TRANSFORMATIONS)[number];
/**
 * The transformations whose relations every clip counted right keeps (the clips e2e requires it).
 * The cuts on the way out and back are measured and printed: where the manifest's approximate
 * times put a cut close to the rep's own start or end, the truth itself is uncertain, and the
 * squat family's hip height barely moves over the first part of a descent (see the report).
 */
export const STRICT_TRANSFORMATIONS: readonly Transformation[] = [
  'trim_start',
  'trim_end',
  'mirror',
  'still_start',
  'still_end',
];

/** Where, in time, a rep is cut on its way out or back (fractions of that half of the rep). */
const CUT_PARTS = [0.5, 0.75] as const;
/** Seconds of still pose added at one end. */
const STILL_SECONDS = [1, 2] as const;

interface Variant {
  readonly transformation: Transformation;
  readonly label: string;
  readonly frames: readonly PoseFrame[];
  /** True count (whole reps), from the manifest. */
  readonly reps: number;
  /** The cut rep, with the partial reason it must be reported with (times on the variant's clock). */
  readonly cut: { readonly rep: RepWindow; readonly reason: PartialReason } | null;
  /** How the manifest's total hold time changes (s); null: holds not checked. */
  readonly holdDeltaS: number | null;
  readonly sidesSwapped: boolean;
}

export interface VariantResult {
  readonly file: string;
  readonly transformation: Transformation;
  readonly label: string;
  readonly truth: number;
  readonly count: number;
  /** Every relation the variant breaks (empty: it holds). */
  readonly problems: readonly string[];
}

const wholeReps = (clip: ClipEntry): RepWindow[] =>
  clip.rep_times.filter((r) => r.partial !== true);

/** Seconds of the manifest's holds inside [fromS, toS]. */
function heldWithin(clip: ClipEntry, fromS: number, toS: number): number {
  return (clip.hold_times ?? []).reduce(
    (sum, h) => sum + Math.max(0, Math.min(h.end, toS) - Math.max(h.start, fromS)),
    0,
  );
}

function variantsOf(clip: ClipEntry, frames: readonly PoseFrame[], checksHold: boolean): Variant[] {
  const whole = wholeReps(clip);
  const firstS = (frames[0]?.timestampMs ?? 0) / 1000;
  const lastS = (frames.at(-1)?.timestampMs ?? 0) / 1000;
  const holdTotal = heldWithin(clip, -Infinity, Infinity);
  const variants: Variant[] = [];
  const base = { cut: null, holdDeltaS: checksHold ? 0 : null, sidesSwapped: false };
  whole.forEach((rep, i) => {
    if (rep.peak === null) return;
    const at = `rep ${clip.rep_times.indexOf(rep) + 1} peak ${rep.peak} s`;
    variants.push({
      ...base,
      transformation: 'trim_start',
      label: `from ${at}`,
      frames: framesTrimmed(frames, rep.peak * 1000, Infinity),
      reps: whole.length - i - 1,
      cut: { rep, reason: 'started_mid_movement' },
      holdDeltaS: checksHold ? heldWithin(clip, rep.peak, Infinity) - holdTotal : null,
    });
    variants.push({
      ...base,
      transformation: 'trim_end',
      label: `up to ${at}`,
      frames: framesTrimmed(frames, -Infinity, rep.peak * 1000),
      reps: i,
      cut: { rep, reason: 'not_completed' },
      holdDeltaS: checksHold ? heldWithin(clip, -Infinity, rep.peak) - holdTotal : null,
    });
    // Cut on the way out (the recording begins part-way to the target) and on the way back (it
    // ends before the person is back): the rep is as cut as at its peak.
    for (const part of CUT_PARTS) {
      const outS = rep.start + part * (rep.peak - rep.start);
      const backS = rep.peak + part * (rep.end - rep.peak);
      const n = clip.rep_times.indexOf(rep) + 1;
      variants.push({
        ...base,
        transformation: 'trim_start_outward',
        label: `from rep ${n} ${Math.round(part * 100)}% out, ${outS.toFixed(2)} s`,
        frames: framesTrimmed(frames, outS * 1000, Infinity),
        reps: whole.length - i - 1,
        cut: { rep, reason: 'started_mid_movement' },
        holdDeltaS: checksHold ? heldWithin(clip, outS, Infinity) - holdTotal : null,
      });
      variants.push({
        ...base,
        transformation: 'trim_end_return',
        label: `up to rep ${n} ${Math.round(part * 100)}% back, ${backS.toFixed(2)} s`,
        frames: framesTrimmed(frames, -Infinity, backS * 1000),
        reps: i,
        cut: { rep, reason: 'not_completed' },
        holdDeltaS: checksHold ? heldWithin(clip, -Infinity, backS) - holdTotal : null,
      });
    }
  });
  if (checksHold) {
    for (const hold of clip.hold_times ?? []) {
      const middle = (hold.start + hold.end) / 2;
      const at = `hold ${hold.start}–${hold.end} s at ${middle.toFixed(2)} s`;
      const reps = {
        before: whole.filter((r) => r.end <= middle),
        after: whole.filter((r) => r.start >= middle),
      };
      variants.push({
        ...base,
        transformation: 'trim_start',
        label: `from ${at}`,
        frames: framesTrimmed(frames, middle * 1000, Infinity),
        reps: reps.after.length,
        holdDeltaS: heldWithin(clip, middle, Infinity) - holdTotal,
      });
      variants.push({
        ...base,
        transformation: 'trim_end',
        label: `up to ${at}`,
        frames: framesTrimmed(frames, -Infinity, middle * 1000),
        reps: reps.before.length,
        holdDeltaS: heldWithin(clip, -Infinity, middle) - holdTotal,
      });
    }
  }
  variants.push({
    ...base,
    transformation: 'mirror',
    label: 'left–right',
    frames: framesMirrored(frames),
    reps: clip.reps,
    sidesSwapped: true,
  });
  // A still pose is added only where the person is in the start position (no rep cut at that end)
  // or holding: there it adds stillness, not a movement.
  const cutEnds = clipCutEnds(clip, firstS, lastS);
  for (const s of STILL_SECONDS) {
    if (!cutEnds.atStart) {
      variants.push({
        ...base,
        transformation: 'still_start',
        label: `${s} s still first`,
        frames: framesStillBefore(frames, s * 1000),
        reps: clip.reps,
        holdDeltaS: checksHold ? (heldWithin(clip, -Infinity, firstS + 0.05) > 0 ? s : 0) : null,
      });
    }
    if (!cutEnds.atEnd) {
      variants.push({
        ...base,
        transformation: 'still_end',
        label: `${s} s still last`,
        frames: framesStillAfter(frames, s * 1000),
        reps: clip.reps,
        holdDeltaS: checksHold ? (heldWithin(clip, lastS - 0.05, Infinity) > 0 ? s : 0) : null,
      });
    }
  }
  return variants;
}

function hasCutPartial(
  partials: readonly PartialRecord[],
  cut: NonNullable<Variant['cut']>,
): boolean {
  const fromMs = (cut.rep.start - WINDOW_SLACK_BEFORE_S) * 1000;
  const toMs = (cut.rep.end + WINDOW_SLACK_AFTER_S) * 1000;
  return partials.some(
    (p) => p.reason === cut.reason && p.endTimestampMs >= fromMs && p.startMs <= toMs,
  );
}

function problemsOf(
  variant: Variant,
  original: AnalysisSummary,
  summary: AnalysisSummary,
  frameMs: number,
  countsReps: boolean,
): string[] {
  const problems: string[] = [];
  if (countsReps && summary.repCount !== variant.reps) {
    problems.push(`count ${summary.repCount}, truth ${variant.reps}`);
  }
  if (countsReps && variant.cut !== null && !hasCutPartial(summary.partials, variant.cut)) {
    const got = summary.partials.map((p) => `${p.reason}@${(p.endTimestampMs / 1000).toFixed(2)}`);
    problems.push(
      `cut rep (${variant.cut.rep.start}–${variant.cut.rep.end} s) not reported as ${variant.cut.reason} (partials: ${got.join(', ') || 'none'})`,
    );
  }
  if (variant.sidesSwapped && original.repCount === summary.repCount) {
    const swapped = original.reps.map((r) => (r.side === null ? null : otherSide(r.side)));
    const sides = summary.reps.map((r) => r.side);
    if (sides.some((side, i) => side !== swapped[i])) {
      problems.push(`sides ${sides.join(',')}, expected ${swapped.join(',')}`);
    }
  }
  if (variant.holdDeltaS !== null) {
    const expected = (original.holdSeconds ?? 0) + variant.holdDeltaS;
    const held = summary.holdSeconds ?? 0;
    if (Math.abs(held - expected) > frameMs / 1000) {
      problems.push(`held ${held.toFixed(2)} s, expected ${expected.toFixed(2)} s`);
    }
  }
  return problems;
}

/** Every variant of one clip, replayed through the set run and judged against its truth. */
export function metamorphicRun(
  plan: Extract<ClipPlan, { kind: 'evaluate' }>,
  frames: readonly PoseFrame[],
): VariantResult[] {
  const { clip } = plan;
  const def = getExercise(clip.exercise);
  const replay = (f: readonly PoseFrame[]) => setRunReplay(def, OPEN_PROTOCOL, f).summary;
  const original = replay(frames);
  const frameMs = traceFrameMs(frames) ?? 0;
  return variantsOf(clip, frames, plan.hold === 'total').map((variant) => {
    const summary = replay(variant.frames);
    return {
      file: clip.file,
      transformation: variant.transformation,
      label: variant.label,
      truth: variant.reps,
      count: summary.repCount,
      problems: problemsOf(variant, original, summary, frameMs, plan.countsReps),
    };
  });
}

export interface MetamorphicTotals {
  readonly transformation: Transformation;
  readonly variants: number;
  /** Variants whose count is the truth. */
  readonly rightCount: number;
  /** Variants that keep every relation (count, cut partial, sides, hold time). */
  readonly allHeld: number;
}

export function metamorphicTotals(results: readonly VariantResult[]): MetamorphicTotals[] {
  return TRANSFORMATIONS.map((transformation) => {
    const mine = results.filter((r) => r.transformation === transformation);
    return {
      transformation,
      variants: mine.length,
      rightCount: mine.filter((r) => r.count === r.truth).length,
      allHeld: mine.filter((r) => r.problems.length === 0).length,
    };
  });
}

/** The per-transformation table, and every variant that broke a relation. */
export function formatMetamorphicTable(results: readonly VariantResult[]): string {
  const lines = [
    'metamorphic variants (landmark level, replayed through the set run)',
    `${'transformation'.padEnd(16)}${'variants'.padStart(9)}${'right count'.padStart(13)}${'all relations'.padStart(15)}`,
  ];
  const totals = metamorphicTotals(results);
  for (const t of totals) {
    lines.push(
      `${t.transformation.padEnd(16)}${String(t.variants).padStart(9)}${String(t.rightCount).padStart(13)}${String(t.allHeld).padStart(15)}`,
    );
  }
  const sum = (key: 'variants' | 'rightCount' | 'allHeld') =>
    totals.reduce((n, t) => n + t[key], 0);
  lines.push(
    `${'all'.padEnd(16)}${String(sum('variants')).padStart(9)}${String(sum('rightCount')).padStart(13)}${String(sum('allHeld')).padStart(15)}`,
  );
  const broken = results.filter((r) => r.problems.length > 0);
  if (broken.length > 0) lines.push('', 'variants that break a relation:');
  for (const r of broken) {
    lines.push(`  ${r.file} ${r.transformation} (${r.label}): ${r.problems.join('; ')}`);
  }
  return lines.join('\n');
}
