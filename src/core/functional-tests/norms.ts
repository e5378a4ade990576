// The published norms the functional tests are compared with, each table with its source, and
// one function per test that turns a score and the patient's facts into findings (codes). A norm
// needs what it is stratified by: without it (or outside the ages it covers) the finding is not
// made and the result shows the raw score only (interpretation null).
import type { NormFinding, PatientFacts, Sex } from './types';

/** The ages of the CDC STEADI programme (older adults): the fall-risk cut-offs are theirs. */
export const STEADI_MIN_AGE = 65;

interface AgeBand<T> {
  /** Inclusive. */
  readonly fromAge: number;
  readonly toAge: number;
  readonly value: T;
}

const bandOf = <T>(bands: readonly AgeBand<T>[], age: number): T | null =>
  bands.find((b) => age >= b.fromAge && age <= b.toAge)?.value ?? null;

/**
 * 30-Second Chair Stand, below-average scores: a score BELOW the number is below average for the
 * age and sex. Source: CDC STEADI, "Assessment: 30-Second Chair Stand"
 * (https://www.cdc.gov/steadi/pdf/STEADI-Assessment-30Sec-508.pdf), after Rikli & Jones, Senior
 * Fitness Test (J Aging Phys Act 1999;7:129–161, PMID 10380242 — the reference LOINC 66247-8 gives).
 */
export const CHAIR_STAND_BELOW_AVERAGE: readonly AgeBand<Readonly<Record<Sex, number>>>[] = [
  { fromAge: 60, toAge: 64, value: { male: 14, female: 12 } },
  { fromAge: 65, toAge: 69, value: { male: 12, female: 11 } },
  { fromAge: 70, toAge: 74, value: { male: 12, female: 10 } },
  { fromAge: 75, toAge: 79, value: { male: 11, female: 10 } },
  { fromAge: 80, toAge: 84, value: { male: 10, female: 9 } },
  { fromAge: 85, toAge: 89, value: { male: 8, female: 8 } },
  { fromAge: 90, toAge: 94, value: { male: 7, female: 4 } },
];

/**
 * Five Times Sit-to-Stand, reference times by age: a time ABOVE the number is worse than average.
 * Source: Bohannon RW, "Reference values for the five-repetition sit-to-stand test: a descriptive
 * meta-analysis of data from elders", Percept Mot Skills 2006;103(1):215–222.
 */
export const FIVE_TIMES_STS_REFERENCE_S: readonly AgeBand<number>[] = [
  { fromAge: 60, toAge: 69, value: 11.4 },
  { fromAge: 70, toAge: 79, value: 12.6 },
  { fromAge: 80, toAge: 89, value: 14.8 },
];

/**
 * Five Times Sit-to-Stand: a time AT OR ABOVE this identifies recurrent fallers among
 * community-dwelling adults aged 65 and older. Source: Buatois S et al., "Five times sit to stand
 * test is a predictor of recurrent falls in healthy community-living subjects aged 65 and older",
 * J Am Geriatr Soc 2008;56(8):1575–1577.
 */
export const FIVE_TIMES_STS_RECURRENT_FALLS_S = 15;

/**
 * 4-Stage Balance Test: an older adult who cannot hold the tandem stance (stage 3) for 10 s is at
 * increased risk of falling. Source: CDC STEADI, "Assessment: The 4-Stage Balance Test" (the
 * form's own words; www.cdc.gov/steadi). Also the criterion of Injury Matters' summary
 * (injurymatters.org.au, "4-Stage Balance Test": "less than 10 seconds at Stage 3").
 */
export const BALANCE_TANDEM_MIN_S = 10;

/**
 * Timed Up and Go: a time AT OR ABOVE this means the older adult is at risk of falling. Source:
 * CDC STEADI, "Assessment: Timed Up & Go (TUG)" (https://www.cdc.gov/steadi/pdf/TUG_Test-print.pdf);
 * the 12 s cut-off is the one LOINC's CDC panel 89422-0 cites (PMID 12720619).
 */
export const TUG_AT_RISK_S = 12;

export function chairStandFindings(count: number, facts: PatientFacts): NormFinding[] | null {
  if (facts.ageYears === null || facts.sex === null) return null;
  const band = bandOf(CHAIR_STAND_BELOW_AVERAGE, facts.ageYears);
  if (band === null) return null;
  const threshold = band[facts.sex];
  return [
    {
      norm: 'cdc_steadi_chair_stand_30s',
      code: count < threshold ? 'below_average' : 'average_or_better',
      threshold,
    },
  ];
}

export function fiveTimesSitToStandFindings(
  seconds: number,
  facts: PatientFacts,
): NormFinding[] | null {
  const age = facts.ageYears;
  if (age === null) return null;
  const findings: NormFinding[] = [];
  const reference = bandOf(FIVE_TIMES_STS_REFERENCE_S, age);
  if (reference !== null) {
    findings.push({
      norm: 'bohannon_2006_five_times_sts',
      code: seconds > reference ? 'worse_than_average' : 'not_worse_than_average',
      threshold: reference,
    });
  }
  if (age >= STEADI_MIN_AGE) {
    findings.push({
      norm: 'buatois_2008_five_times_sts',
      code:
        seconds >= FIVE_TIMES_STS_RECURRENT_FALLS_S
          ? 'increased_fall_risk'
          : 'no_increased_fall_risk',
      threshold: FIVE_TIMES_STS_RECURRENT_FALLS_S,
    });
  }
  return findings.length === 0 ? null : findings;
}

/** `tandemSeconds`: the seconds the tandem stance was held (0 when the test stopped before it). */
export function fourStageBalanceFindings(
  tandemSeconds: number,
  facts: PatientFacts,
): NormFinding[] | null {
  if (facts.ageYears === null || facts.ageYears < STEADI_MIN_AGE) return null;
  return [
    {
      norm: 'cdc_steadi_four_stage_balance',
      code: tandemSeconds < BALANCE_TANDEM_MIN_S ? 'increased_fall_risk' : 'no_increased_fall_risk',
      threshold: BALANCE_TANDEM_MIN_S,
    },
  ];
}

export function tugFindings(seconds: number, facts: PatientFacts): NormFinding[] | null {
  if (facts.ageYears === null || facts.ageYears < STEADI_MIN_AGE) return null;
  return [
    {
      norm: 'cdc_steadi_tug',
      code: seconds >= TUG_AT_RISK_S ? 'increased_fall_risk' : 'no_increased_fall_risk',
      threshold: TUG_AT_RISK_S,
    },
  ];
}
