// Five Times Sit-to-Stand: arms crossed on the chest, five full stands as fast as safely
// possible; the time from "Go" to the end of the fifth (seated again, as the shared clips'
// manifest times it: "first lean 0.4 s to final seat 9.1 s").
import type { SetRunResult } from '../set-run/set-run';
import { fiveTimesSitToStandFindings } from './norms';
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

export const FIVE_STANDS = 5;
/**
 * The test is given up after this long without the five stands (the Short Physical Performance
 * Battery's repeated chair stands stop at 60 s: Guralnik et al., J Gerontol 1994;49:M85–94).
 */
export const FIVE_TIMES_STS_MAX_MS = 60_000;

export const fiveTimesSitToStand: FunctionalTestSpec = {
  id: 'five_times_sit_to_stand',
  definition: sitToStandArmsCrossed,
  protocol: {
    stages: [
      {
        key: 'main',
        target: { kind: 'reps', reps: FIVE_STANDS },
        timeBoxMs: FIVE_TIMES_STS_MAX_MS,
        stopOnFaults: [ARMS_USED_RULE],
      },
    ],
  },
};

/**
 * The score: seconds from Go (the run's first frame) to the end of the fifth counted stand; null
 * (with the reason) when the test stopped before five — the arms used, 60 s over, the stream
 * ended.
 */
export function fiveTimesSitToStandScore(
  result: SetRunResult,
  facts: PatientFacts,
): FunctionalTestResult {
  const stage = testStage(result);
  const fifth = stage.summary.reps[FIVE_STANDS - 1];
  const stopReason = fifth === undefined ? (sitToStandStopReason(stage) ?? 'ended_early') : null;
  const seconds =
    fifth === undefined || stage.startMs === null || stopReason !== null
      ? null
      : (fifth.endTimestampMs - stage.startMs) / 1000;
  return {
    testId: 'five_times_sit_to_stand',
    loinc: LOINC.fiveTimesSitToStand,
    score: { kind: 'seconds', seconds },
    stopReason,
    interpretation: seconds === null ? null : fiveTimesSitToStandFindings(seconds, facts),
  };
}
