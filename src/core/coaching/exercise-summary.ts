// What a patient sees after an exercise: reps done against the prescription, range of motion per
// rep against the target, form faults and how often, quality, pain before/after, time, and one
// thing that went well and one to watch. Structured facts; the UI words them.
import type { AnalysisSummary } from '../analysis-types';
import type { ExerciseDefinition } from '../exercises/types';
import type { ExerciseSetRecord, Prescription } from '../session/types';

export interface FaultCount {
  readonly ruleId: string;
  readonly cue: string;
  readonly count: number;
}

export type WentWell =
  | { readonly kind: 'all-done' }
  | { readonly kind: 'rom-reached' }
  | { readonly kind: 'clean-form' }
  | { readonly kind: 'showed-up' };

export type WatchNext =
  | { readonly kind: 'pain' }
  | { readonly kind: 'fault'; readonly cue: string }
  | { readonly kind: 'rom-short'; readonly percent: number }
  | { readonly kind: 'keep-going' };

export interface ExerciseSummary {
  readonly exerciseId: string;
  readonly name: string;
  readonly setsDone: number;
  readonly setsPrescribed: number;
  readonly repsDone: number;
  /** Reps of all sets together; null for holds. */
  readonly repsPrescribed: number | null;
  readonly holdSecondsDone: number | null;
  readonly holdSecondsPrescribed: number | null;
  /** Peak range of motion of each counted rep, in order (null where unreadable). */
  readonly romPerRepDeg: readonly (number | null)[];
  readonly romTargetDeg: number | null;
  readonly faults: readonly FaultCount[];
  readonly meanScore: number | null;
  readonly painBefore: number | null;
  readonly painAfter: number | null;
  readonly durationMs: number;
  readonly stoppedForPain: boolean;
  readonly wentWell: WentWell;
  readonly watchNext: WatchNext;
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** ROM is "reached" when the median rep gets to this share of the target. */
const ROM_REACHED_PERCENT = 90;

export function exerciseSummarize(
  definition: ExerciseDefinition,
  prescription: Prescription,
  sets: readonly ExerciseSetRecord[],
): ExerciseSummary {
  const summaries = sets.map((s) => s.summary).filter((s): s is AnalysisSummary => s !== null);
  const reps = summaries.flatMap((s) => s.reps);
  const repsDone = sets.reduce((n, s) => n + s.repCount, 0);
  const holdSecondsDone =
    prescription.holdSeconds === null ? null : sets.reduce((n, s) => n + (s.holdSeconds ?? 0), 0);
  const faultCounts = new Map<string, number>();
  for (const episode of summaries.flatMap((s) => s.faults)) {
    faultCounts.set(episode.ruleId, (faultCounts.get(episode.ruleId) ?? 0) + 1);
  }
  const faults = [...faultCounts.entries()]
    .map(([ruleId, count]) => ({
      ruleId,
      count,
      cue: definition.formRules.find((r) => r.id === ruleId)?.cue ?? ruleId,
    }))
    .sort((a, b) => b.count - a.count);
  const scores = reps.map((r) => r.quality.score);
  const percents = reps
    .map((r) => r.quality.romPercent)
    .filter((p): p is number => p !== null)
    .sort((a, b) => a - b);
  const medianPercent = percents.length === 0 ? null : percents[percents.length >> 1];
  const painBefore = sets[0]?.painBefore ?? null;
  const painAfter = sets.at(-1)?.painAfter ?? null;
  const stoppedForPain = sets.some((s) => s.status === 'stopped_pain');
  const setsDone = sets.filter((s) => s.status === 'completed').length;
  const repsPrescribed = prescription.reps === null ? null : prescription.reps * prescription.sets;
  const holdSecondsPrescribed =
    prescription.holdSeconds === null ? null : prescription.holdSeconds * prescription.sets;
  const durationMs = sets.reduce(
    (n, s) => n + Math.max(0, (s.endedAt ?? s.startedAt) - s.startedAt),
    0,
  );

  const allDone = setsDone >= prescription.sets;
  const wentWell: WentWell = allDone
    ? { kind: 'all-done' }
    : medianPercent !== null && medianPercent !== undefined && medianPercent >= ROM_REACHED_PERCENT
      ? { kind: 'rom-reached' }
      : repsDone > 0 && faults.length === 0
        ? { kind: 'clean-form' }
        : { kind: 'showed-up' };
  const topFault = faults[0];
  const watchNext: WatchNext =
    stoppedForPain || (painBefore !== null && painAfter !== null && painAfter > painBefore)
      ? { kind: 'pain' }
      : topFault !== undefined
        ? { kind: 'fault', cue: topFault.cue }
        : medianPercent !== null &&
            medianPercent !== undefined &&
            medianPercent < ROM_REACHED_PERCENT
          ? { kind: 'rom-short', percent: Math.round(medianPercent) }
          : { kind: 'keep-going' };

  return {
    exerciseId: definition.id,
    name: definition.name,
    setsDone,
    setsPrescribed: prescription.sets,
    repsDone,
    repsPrescribed,
    holdSecondsDone,
    holdSecondsPrescribed,
    romPerRepDeg: reps.map((r) => r.quality.peakRomDeg),
    romTargetDeg: definition.rom?.targetDeg ?? null,
    faults,
    meanScore: mean(scores),
    painBefore,
    painAfter,
    durationMs,
    stoppedForPain,
    wentWell,
    watchNext,
  };
}
