// One set's summary, as the set record keeps it.
import type { AnalysisSummary, RepRecord } from './analysis-types';
import { mean } from './stats';

/** The mean score of `reps`; null without reps. */
export const summaryMeanScore = (reps: readonly RepRecord[]): number | null =>
  mean(reps.map((r) => r.quality.score));

/**
 * The summary with only the first `repCount` reps. A live set stores each rep as its result reaches
 * the page; when the run stops on a failure, a result still in flight (or a rep the counter closes
 * at the end) reached the analysis but neither the screen nor storage. The set record keeps what
 * was shown and stored, never more (issue #9: a set stored as 4 reps with 3 shown and 3 stored).
 */
export function summaryUpToRep(summary: AnalysisSummary, repCount: number): AnalysisSummary {
  if (summary.repCount <= repCount) return summary;
  const reps = summary.reps.filter((r) => r.index <= repCount);
  return { ...summary, reps, repCount: reps.length, meanScore: summaryMeanScore(reps) };
}
