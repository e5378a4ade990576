// One set's summary, as the set record keeps it.
import type { AnalysisSummary, PartialRecord, RepRecord } from './analysis-types';
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

/** The movements a recording cut: one under way when it began, one not finished when it ended. */
export interface EdgePartials {
  /** A started_mid_movement partial before any rep: the recording began during it. */
  readonly atStart: PartialRecord | null;
  /** A not_completed partial after every rep, the set's last record: it ended during it. */
  readonly atEnd: PartialRecord | null;
}

/**
 * The partial movements at the start and the end of a set, to tell the person what was seen and
 * not counted there (a clip begun and ended with the elbows bent).
 */
export function summaryEdgePartials(summary: AnalysisSummary): EdgePartials {
  const first = summary.partials[0];
  const last = summary.partials.at(-1);
  const firstRep = summary.reps[0];
  const lastRep = summary.reps.at(-1);
  const atStart =
    first?.reason === 'started_mid_movement' &&
    (firstRep === undefined || first.endTimestampMs <= firstRep.startMs)
      ? first
      : null;
  const atEnd =
    last !== undefined &&
    last !== atStart &&
    last.reason === 'not_completed' &&
    (lastRep === undefined || last.startMs >= lastRep.endTimestampMs)
      ? last
      : null;
  return { atStart, atEnd };
}
