// The 30-Second Chair Stand (CDC STEADI): on "Go", as many full stands as possible in 30 s, arms
// crossed on the chest. A stand more than halfway up when the 30 s are over counts; using the
// arms to rise stops the test with a score of 0.
import type { SetRunResult } from '../set-run/set-run';
import { chairStandFindings } from './norms';
import {
  sitToStandArmsCrossed,
  sitToStandStopReason,
  testStage,
  ARMS_USED_RULE,
} from './sit-to-stand-tests';
import {
  LOINC,
  type FunctionalTestResult,
  type FunctionalTestSpec,
  type PatientFacts,
} from './types';

export const CHAIR_STAND_MS = 30_000;
/** A stand cut by the bell counts when it got more than this fraction of a full stand up. */
export const CUT_STAND_MIN_FRACTION = 0.5;

/** "Go" is the set run's first frame (the caller starts the run at Go: `fromMs`). */
export const chairStand30s: FunctionalTestSpec = {
  id: 'chair_stand_30s',
  definition: sitToStandArmsCrossed,
  protocol: {
    stages: [
      { key: 'main', target: null, timeBoxMs: CHAIR_STAND_MS, stopOnFaults: [ARMS_USED_RULE] },
    ],
  },
};

/**
 * The score: the stands counted in the 30 s (the set run's reps: up and back down, each whole),
 * plus the stand the bell cut if it was more than halfway up — its height against the person's
 * typical counted stand (a stand the bell cuts before any was counted has no measure of "halfway"
 * and is not counted). The arms used to rise: 0, with the reason. The stream ending before the
 * 30 s (the person stopped, the camera lost them): the stands so far, flagged ended_early.
 *
 * LOINC 66247-8 in every case: the test stopped for the arms is scored 0 under the standard
 * test's code (CDC: "record 0"); 93125-3 is the modified test, done with the arms throughout,
 * which this protocol does not run.
 */
export function chairStandScore(result: SetRunResult, facts: PatientFacts): FunctionalTestResult {
  const stage = testStage(result);
  const stopReason = sitToStandStopReason(stage);
  const cut = stage.cut;
  const isCutCounted =
    stage.outcome === 'time_up' &&
    cut !== null &&
    cut.depthFraction !== null &&
    cut.depthFraction > CUT_STAND_MIN_FRACTION;
  const count = stopReason === 'arms_used' ? 0 : stage.summary.repCount + (isCutCounted ? 1 : 0);
  return {
    testId: 'chair_stand_30s',
    loinc: LOINC.chairStand30s,
    score: { kind: 'count', count },
    stopReason,
    interpretation: stopReason === 'ended_early' ? null : chairStandFindings(count, facts),
  };
}
