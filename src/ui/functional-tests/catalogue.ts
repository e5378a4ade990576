// The check-up tests the patient can run here, each as its core spec (exercise + set-run
// protocol) and scoring. The 4-stage balance test (one run per stage) and the Timed Up and Go
// are not offered yet.
import { chairStand30s, chairStandScore } from '../../core/functional-tests/chair-stand';
import {
  fiveTimesSitToStand,
  fiveTimesSitToStandScore,
} from '../../core/functional-tests/five-times-sit-to-stand';
import type {
  FunctionalTestResult,
  FunctionalTestSpec,
  PatientFacts,
} from '../../core/functional-tests/types';
import type { SetRunResult } from '../../core/set-run/set-run';

export const RUNNABLE_TEST_IDS = ['chair_stand_30s', 'five_times_sit_to_stand'] as const;
export type RunnableTestId = (typeof RUNNABLE_TEST_IDS)[number];

export interface RunnableTest {
  readonly spec: FunctionalTestSpec;
  readonly score: (result: SetRunResult, facts: PatientFacts) => FunctionalTestResult;
  /** What the live display shows beside the stands: the seconds left, or the time so far. */
  readonly clock: 'countdown' | 'elapsed';
  /** The protocol's time box (the countdown's start), in ms. */
  readonly timeBoxMs: number;
}

const timeBoxOf = (spec: FunctionalTestSpec): number => spec.protocol.stages[0]?.timeBoxMs ?? 0;

export const RUNNABLE_TESTS: Readonly<Record<RunnableTestId, RunnableTest>> = {
  chair_stand_30s: {
    spec: chairStand30s,
    score: chairStandScore,
    clock: 'countdown',
    timeBoxMs: timeBoxOf(chairStand30s),
  },
  five_times_sit_to_stand: {
    spec: fiveTimesSitToStand,
    score: fiveTimesSitToStandScore,
    clock: 'elapsed',
    timeBoxMs: timeBoxOf(fiveTimesSitToStand),
  },
};

export const isRunnableTestId = (id: string): id is RunnableTestId =>
  (RUNNABLE_TEST_IDS as readonly string[]).includes(id);
