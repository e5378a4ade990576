// What a patient sees after an exercise: reps done against the prescription, range of motion per
// rep against the target, form faults and how often, quality, pain before/after, time, and one
// thing that went well and one to watch. Structured facts; the UI words them.
import type { AnalysisSummary, RepRecord } from '../analysis-types';
import type { ExerciseDefinition } from '../exercises/types';
import type { FormRule, RomMovement, TempoSpec } from '../exercises/types';
import type { ExerciseSetRecord, Prescription } from '../session/types';
import { tempoRepRatio, tempoVerdictOf, type TempoVerdict } from '../tempo';
import { mean, median } from '../stats';

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
  | ({
      readonly kind: 'tempo';
      readonly verdict: Exclude<TempoVerdict, 'on'>;
    } & Pick<TempoSummary, 'upSeconds' | 'downSeconds'>)
  | { readonly kind: 'rom-short'; readonly percent: number }
  | { readonly kind: 'keep-going' };

/** The pace of the reps against the prescribed tempo (see tempo.ts for the ratio and band). */
export interface TempoSummary {
  readonly verdict: TempoVerdict;
  /** Median rep ratio, actual / prescribed. */
  readonly ratio: number;
  /** Prescribed seconds out (start → peak) and back (peak → end). */
  readonly upSeconds: number;
  readonly downSeconds: number;
  /** Median seconds the reps took out and back. */
  readonly actualUpSeconds: number;
  readonly actualDownSeconds: number;
}

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
  /** The clinical movement the ROM figures are (knee flexion …); null when not named. */
  readonly romMovement: RomMovement | null;
  readonly faults: readonly FaultCount[];
  /** Null without a prescribed tempo or without reps. */
  readonly tempo: TempoSummary | null;
  readonly meanScore: number | null;
  readonly painBefore: number | null;
  readonly painAfter: number | null;
  readonly durationMs: number;
  readonly stoppedForPain: boolean;
  readonly wentWell: WentWell;
  readonly watchNext: WatchNext;
}

/**
 * How often each form fault was seen over some sets: the episodes of the set's analysis summary
 * (rep and hold phases alike: a balance hold has faults and no reps); a set without a summary (a
 * crash before its end) counts the faults of its stored reps, once per rep. The one count that
 * the session summary and the session detail both show.
 */
export function faultCountsOf(
  formRules: readonly FormRule[],
  sets: readonly Pick<ExerciseSetRecord, 'id' | 'summary'>[],
  repsOfSet: (setId: string) => readonly RepRecord[] = () => [],
): FaultCount[] {
  const counts = new Map<string, number>();
  const add = (ruleId: string): void => {
    counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
  };
  for (const set of sets) {
    if (set.summary !== null) for (const episode of set.summary.faults) add(episode.ruleId);
    else {
      for (const rep of repsOfSet(set.id))
        new Set(rep.quality.faults.map((f) => f.ruleId)).forEach(add);
    }
  }
  return [...counts.entries()]
    .map(([ruleId, count]) => ({
      ruleId,
      count,
      cue: formRules.find((r) => r.id === ruleId)?.cue ?? ruleId,
    }))
    .sort((a, b) => b.count - a.count);
}

/** The reps' pace against the prescribed tempo; null without one or without reps. */
export function tempoSummarize(
  tempo: TempoSpec | null,
  reps: readonly RepRecord[],
): TempoSummary | null {
  if (tempo === null) return null;
  const ratio = median(reps.flatMap((r) => tempoRepRatio(r.quality) ?? []));
  if (ratio === null) return null;
  return {
    verdict: tempoVerdictOf(ratio),
    ratio,
    upSeconds: tempo.upSeconds,
    downSeconds: tempo.downSeconds,
    actualUpSeconds: (median(reps.map((r) => r.quality.upMs)) ?? 0) / 1000,
    actualDownSeconds: (median(reps.map((r) => r.quality.downMs)) ?? 0) / 1000,
  };
}

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
  const faults = faultCountsOf(definition.formRules, sets);
  const tempo = tempoSummarize(definition.tempo, reps);
  const scores = reps.map((r) => r.quality.score);
  const medianPercent = median(reps.flatMap((r) => r.quality.romPercent ?? []));
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
        : tempo !== null && tempo.verdict !== 'on'
          ? {
              kind: 'tempo',
              verdict: tempo.verdict,
              upSeconds: tempo.upSeconds,
              downSeconds: tempo.downSeconds,
            }
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
    romMovement: definition.rom?.movement ?? null,
    faults,
    tempo,
    meanScore: mean(scores),
    painBefore,
    painAfter,
    durationMs,
    stoppedForPain,
    wentWell,
    watchNext,
  };
}
