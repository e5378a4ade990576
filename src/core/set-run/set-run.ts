// The set run: the one unit that turns a stream of timestamped pose frames and an exercise
// definition (with the patient's overrides merged in) into everything a set produces — a live
// update per frame (with the reps, partial reps and cue of that frame, the records that are
// stored), the completion rule (target reached, time box over, a stage failed), and at the end the
// set's summary. The worker's live path, a video file and the replay of a stored trace all call
// it, so a set analysed any of these ways gives the same records.
import type {
  AnalysisSummary,
  AnalysisUpdate,
  AnalyzerOptions,
  PartialRecord,
} from '../analysis-types';
import { createExerciseAnalyzer, type ExerciseAnalyzer } from '../analyzer';
import type { ExerciseDefinition } from '../exercises/types';
import type { PoseFrame } from '../landmarks';
import { summaryMeanScore, summaryUpToRep } from '../summary';
import { traceQuantiseFrame } from '../trace-codec';
import { ms, type Ms } from '../units';
import type { SetCompletionReason, SetProtocol, SetStage } from './protocol';

export interface StageStatus {
  readonly index: number;
  readonly key: string;
  readonly count: number;
  /** Time since the stage's first frame. */
  readonly elapsedMs: number;
  /** Time left in the stage's box; null without one. */
  readonly remainingMs: number | null;
}

export interface SetCompletion {
  readonly reason: SetCompletionReason;
  /** The frame time on which the set completed. */
  readonly atMs: Ms;
  /** The stage that ended the set. */
  readonly stageIndex: number;
}

/** One frame's analysis, with where the protocol stands. */
export interface SetRunUpdate extends AnalysisUpdate {
  readonly stage: StageStatus;
  /** Set on the frame that completed the set; later frames are not analysed. */
  readonly completion: SetCompletion | null;
}

export type StageOutcome = 'target_reached' | 'time_up' | 'failed' | 'ended';

/** Why a stage failed: its hold let go (failOnHoldBreak), its box over first, a stopping fault. */
export type StageFailure =
  | { readonly kind: 'hold_broken' }
  | { readonly kind: 'target_not_reached' }
  | { readonly kind: 'fault'; readonly ruleId: string };

export interface StageResult {
  readonly key: string;
  readonly startMs: Ms | null;
  readonly endMs: Ms | null;
  /** ended: the set was ended (by the person, or the stream ran out) before the stage ended. */
  readonly outcome: StageOutcome;
  /** Set when the outcome is failed. */
  readonly failure: StageFailure | null;
  /**
   * The movement in progress when the stage ended (its box, a failure, the set's end), as the
   * analyzer judged it then: a partial of the summary's, or null when none was under way. A
   * timed count decides from it whether a movement cut by the bell counts.
   */
  readonly cut: PartialRecord | null;
  readonly summary: AnalysisSummary;
}

export interface SetRunResult {
  /** The whole set: a one-stage set's summary, or the stages' summaries combined. */
  readonly summary: AnalysisSummary;
  readonly stages: readonly StageResult[];
  readonly completion: SetCompletion | null;
  /** Frames analysed. */
  readonly frames: number;
}

export interface SetRunOptions extends AnalyzerOptions {
  /** Frames at or before this time belong to what came before the set and are not analysed. */
  readonly fromMs?: number;
}

export interface FinishOptions {
  /**
   * Keep only the first `keepReps` reps: the reps the person was shown and that were stored
   * (summaryUpToRep). A live set's last results may be in flight when it ends.
   */
  readonly keepReps?: number;
}

export interface SetRun {
  /** The frame's update, or null for a frame not analysed (before `fromMs`, after completion). */
  push(frame: PoseFrame): SetRunUpdate | null;
  finish(options?: FinishOptions): SetRunResult;
}

interface StageRun {
  readonly stage: SetStage;
  readonly analyzer: ExerciseAnalyzer;
  startMs: Ms | null;
  lastMs: Ms | null;
  wasHolding: boolean;
  outcome: StageOutcome | null;
  failure: StageFailure | null;
  /** Partials reported by the analyzer's updates, before its finish. */
  partialsSeen: number;
  summary: AnalysisSummary | null;
}

/** The stages' summaries as one: their records in order, reps numbered through. */
export function summaryCombine(summaries: readonly AnalysisSummary[]): AnalysisSummary {
  const [first] = summaries;
  if (first === undefined) throw new Error('summaryCombine needs at least one summary');
  if (summaries.length === 1) return first;
  const reps = summaries.flatMap((s) => s.reps).map((r, i) => ({ ...r, index: i + 1 }));
  const holds = summaries.flatMap((s) => (s.holdSeconds === null ? [] : [s]));
  return {
    exerciseId: first.exerciseId,
    reps,
    repCount: reps.length,
    partials: summaries.flatMap((s) => s.partials),
    holdSeconds: holds.length === 0 ? null : holds.reduce((n, s) => n + (s.holdSeconds ?? 0), 0),
    longestHoldSeconds:
      holds.length === 0 ? null : Math.max(...holds.map((s) => s.longestHoldSeconds ?? 0)),
    balance: summaries.reduce<AnalysisSummary['balance']>((b, s) => s.balance ?? b, null),
    faults: summaries.flatMap((s) => s.faults),
    meanScore: summaryMeanScore(reps),
  };
}

export function setRunCreate(
  definition: ExerciseDefinition,
  protocol: SetProtocol,
  options: SetRunOptions = {},
): SetRun {
  if (protocol.stages.length === 0) throw new Error('a set protocol needs at least one stage');
  const fromMs = options.fromMs ?? -Infinity;
  const runs: StageRun[] = [];
  let completion: SetCompletion | null = null;
  let frames = 0;

  const stageRun = (index: number): StageRun | null => {
    const existing = runs[index];
    if (existing !== undefined) return existing;
    const stage = protocol.stages[index];
    if (stage === undefined) return null;
    const run: StageRun = {
      stage,
      analyzer: createExerciseAnalyzer(stage.definition ?? definition, options),
      startMs: null,
      lastMs: null,
      wasHolding: false,
      outcome: null,
      failure: null,
      partialsSeen: 0,
      summary: null,
    };
    runs[index] = run;
    return run;
  };

  const endStage = (run: StageRun, outcome: StageOutcome): void => {
    run.outcome = outcome;
    run.summary = run.analyzer.finish();
  };

  /** How the stage stands after this frame's update: null while it goes on. */
  function stageOutcome(
    run: StageRun,
    update: AnalysisUpdate,
    t: Ms,
  ): { outcome: Exclude<StageOutcome, 'ended'>; failure: StageFailure | null } | null {
    const { target, timeBoxMs, failOnHoldBreak, stopOnFaults } = run.stage;
    const fault = stopOnFaults?.find((id) => update.activeFaults.includes(id));
    if (fault !== undefined)
      return { outcome: 'failed', failure: { kind: 'fault', ruleId: fault } };
    const hold = update.hold;
    const isTargetMet =
      target?.kind === 'reps'
        ? update.repCount >= target.reps
        : target?.kind === 'hold'
          ? hold !== null && hold.heldMs >= target.holdMs
          : false;
    if (isTargetMet) return { outcome: 'target_reached', failure: null };
    const isHolding = hold?.isHolding ?? false;
    if (failOnHoldBreak === true && run.wasHolding && !isHolding) {
      return { outcome: 'failed', failure: { kind: 'hold_broken' } };
    }
    run.wasHolding = isHolding;
    if (timeBoxMs !== null && t - (run.startMs ?? t) >= timeBoxMs) {
      // A stage with a target it did not reach within its box has failed.
      return target === null
        ? { outcome: 'time_up', failure: null }
        : { outcome: 'failed', failure: { kind: 'target_not_reached' } };
    }
    return null;
  }

  function push(input: PoseFrame): SetRunUpdate | null {
    // Analysed as its trace keeps it, so a replay of the stored trace gives this set exactly.
    const frame = traceQuantiseFrame(input);
    const t = frame.timestampMs;
    if (completion !== null || t <= fromMs) return null;
    const index = runs.findIndex((r) => r.outcome === null);
    const run = stageRun(index === -1 ? runs.length : index);
    if (run === null) return null;
    const stageIndex = runs.indexOf(run);
    run.startMs ??= t;
    run.lastMs = t;
    frames += 1;
    const update = run.analyzer.push(frame);
    run.partialsSeen += update.partials.length;
    const ended = stageOutcome(run, update, t);
    if (ended !== null) {
      const { outcome } = ended;
      run.failure = ended.failure;
      endStage(run, outcome);
      const isLast = stageIndex === protocol.stages.length - 1;
      if (outcome === 'failed') completion = { reason: 'stage_failed', atMs: t, stageIndex };
      else if (isLast) completion = { reason: outcome, atMs: t, stageIndex };
    }
    const elapsedMs = t - run.startMs;
    const box = run.stage.timeBoxMs;
    return {
      ...update,
      stage: {
        index: stageIndex,
        key: run.stage.key,
        count: protocol.stages.length,
        elapsedMs,
        remainingMs: box === null ? null : Math.max(0, box - elapsedMs),
      },
      completion,
    };
  }

  function finish({ keepReps }: FinishOptions = {}): SetRunResult {
    if (runs.length === 0) stageRun(0);
    for (const run of runs) if (run.outcome === null) endStage(run, 'ended');
    const stages: StageResult[] = runs.map((run) => {
      const summary = run.summary ?? run.analyzer.finish();
      return {
        key: run.stage.key,
        startMs: run.startMs,
        endMs: run.lastMs === null ? null : ms(run.lastMs),
        outcome: run.outcome ?? 'ended',
        failure: run.failure,
        cut: summary.partials[run.partialsSeen] ?? null,
        summary,
      };
    });
    const combined = summaryCombine(stages.map((s) => s.summary));
    return {
      summary: keepReps === undefined ? combined : summaryUpToRep(combined, keepReps),
      stages,
      completion,
      frames,
    };
  }

  return { push, finish };
}

/** Runs a whole recorded stream through a set run (replay, re-scoring, a decoded file). */
export function setRunReplay(
  definition: ExerciseDefinition,
  protocol: SetProtocol,
  frames: Iterable<PoseFrame>,
  options: SetRunOptions & FinishOptions & { onUpdate?: (update: SetRunUpdate) => void } = {},
): SetRunResult {
  const run = setRunCreate(definition, protocol, options);
  for (const frame of frames) {
    const update = run.push(frame);
    if (update !== null) options.onUpdate?.(update);
  }
  return run.finish(options.keepReps === undefined ? {} : { keepReps: options.keepReps });
}
