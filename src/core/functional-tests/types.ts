// The standardized functional tests (issue #14): their ids, the facts their norms need, and the
// one result shape every test's scoring returns — a raw score, why the test stopped early (a
// code), and the comparison with the published norms (codes; the words are the UI's, in
// src/ui/text/functional-tests.ts). Each test is a set-run protocol over an exercise definition
// plus a scoring function over the set run's result; the rules of one test live in its own
// module (chair-stand.ts, five-times-sit-to-stand.ts, four-stage-balance.ts, tug.ts).
import type { ExerciseDefinition } from '../exercises/types';
import type { SetProtocol } from '../set-run/protocol';

export const FUNCTIONAL_TEST_IDS = [
  'chair_stand_30s',
  'five_times_sit_to_stand',
  'four_stage_balance',
  'timed_up_and_go',
] as const;
export type FunctionalTestId = (typeof FUNCTIONAL_TEST_IDS)[number];

/**
 * LOINC codes of the observations, checked on loinc.org (2026-12): 66247-8 "Sit to stand
 * frequency in 30 seconds" (https://loinc.org/66247-8); 93125-3 "Modified 30 seconds Sit to stand
 * --with use of upper extremities", the modified test in which the arms may be used (named on the
 * 66247-8 page); 89423-8 "Time to rise from chair, walk 10 feet and back, and return to sitting
 * [TUG]" (in the CDC panel https://loinc.org/89422-0). No code was found for the Five Times
 * Sit-to-Stand time or the CDC 4-Stage Balance Test: null until one is verified.
 */
export const LOINC = {
  chairStand30s: '66247-8',
  chairStand30sWithArms: '93125-3',
  timedUpAndGo: '89423-8',
  fiveTimesSitToStand: null,
  fourStageBalance: null,
} as const;

export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

/** What the norms need from the patient's profile; either may be unknown (not asked, not said). */
export interface PatientFacts {
  readonly ageYears: number | null;
  readonly sex: Sex | null;
}

/**
 * Why a test ended before its protocol's end, as a code: the arms used to rise (chair stand:
 * score 0), the feet moved or a support reached for (a balance stance), a stance never taken
 * within its stage's time, the stream ending before the test did (the person stopped it, the
 * camera lost them), or fewer stands than the test needs.
 */
export const STOP_REASONS = [
  'arms_used',
  'feet_moved',
  'reached_for_support',
  'stance_not_taken',
  'ended_early',
  'stands_not_completed',
] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/** One stage of a staged test with the seconds it was held (the 4-stage balance test). */
export interface StageSeconds {
  readonly key: string;
  readonly seconds: number;
}

export type FunctionalScore =
  /** Stands counted (30-second chair stand). */
  | { readonly kind: 'count'; readonly count: number }
  /** A time in seconds; null when the test did not get to its end (five stands never reached). */
  | { readonly kind: 'seconds'; readonly seconds: number | null }
  /** Seconds per stage attempted, in order (stages never reached are absent). */
  | { readonly kind: 'stages'; readonly stages: readonly StageSeconds[] };

/** Which published norm a finding compares with (norms.ts has each table and its source). */
export const NORM_IDS = [
  'cdc_steadi_chair_stand_30s',
  'bohannon_2006_five_times_sts',
  'buatois_2008_five_times_sts',
  'cdc_steadi_four_stage_balance',
  'cdc_steadi_tug',
] as const;
export type NormId = (typeof NORM_IDS)[number];

/**
 * below_average / average_or_better: the chair stand against the CDC table; worse_than_average /
 * not_worse_than_average: a time against an age band's reference (Bohannon 2006);
 * increased_fall_risk / no_increased_fall_risk: a fall-risk cut-off (Buatois 2008, the CDC's).
 */
export const FINDING_CODES = [
  'below_average',
  'average_or_better',
  'worse_than_average',
  'not_worse_than_average',
  'increased_fall_risk',
  'no_increased_fall_risk',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface NormFinding {
  readonly norm: NormId;
  readonly code: FindingCode;
  /** The cut-off the score was compared with, in the score's unit (stands, seconds). */
  readonly threshold: number;
}

export interface FunctionalTestResult {
  readonly testId: FunctionalTestId;
  /** The observation's LOINC code, null when none is verified. */
  readonly loinc: string | null;
  readonly score: FunctionalScore;
  readonly stopReason: StopReason | null;
  /**
   * The score against the published norms; null when the profile lacks what they need (age,
   * sex) or no norm covers the patient: then only the raw score is shown.
   */
  readonly interpretation: readonly NormFinding[] | null;
}

/** A counted stand's start and end, in seconds from Go. */
export interface StandTime {
  readonly startS: number;
  readonly endS: number;
}

/**
 * One check-up test done, as stored (its pose trace, when kept, is in the traces store with this
 * id as its session and set id): the scored result (test, score, stop reason — 'ended_early'
 * when it was cut short —, the norms and findings), the age and sex it was scored with as they
 * were then, and each stand's times (what the result screen shows).
 */
export interface StoredTestResult {
  readonly id: string;
  /** Epoch ms when the result was scored. */
  readonly recordedAt: number;
  readonly result: FunctionalTestResult;
  readonly facts: PatientFacts;
  readonly standTimes: readonly StandTime[];
}

/** A test as the set run runs it: the exercise it analyses and its protocol. */
export interface FunctionalTestSpec {
  readonly id: FunctionalTestId;
  readonly definition: ExerciseDefinition;
  readonly protocol: SetProtocol;
}
