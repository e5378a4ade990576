// The words of the standardized functional tests (src/core/functional-tests: codes only): each
// test's name, stage and stop reason; what a finding means in plain words for the patient (no
// alarming language: what it suggests and "talk to your clinician"); and the norm comparison as
// the therapist reads it, with its source.
import type { BalanceStageKey } from '../../core/functional-tests/four-stage-balance';
import type {
  FindingCode,
  FunctionalTestId,
  NormFinding,
  NormId,
  PatientFacts,
  StopReason,
} from '../../core/functional-tests/types';

const NAMES: Readonly<Record<FunctionalTestId, string>> = {
  chair_stand_30s: '30-Second Chair Stand',
  five_times_sit_to_stand: 'Five Times Sit-to-Stand',
  four_stage_balance: '4-Stage Balance Test',
  timed_up_and_go: 'Timed Up and Go',
};

const STAGES: Readonly<Record<BalanceStageKey, string>> = {
  feet_together: 'Feet side by side',
  semi_tandem: 'Semi-tandem (instep touching the big toe)',
  tandem: 'Tandem (heel to toe)',
  one_foot: 'Standing on one foot',
};

/** Why the test ended early, said to the patient: what happened, never a fault of theirs. */
const STOP_PATIENT: Readonly<Record<StopReason, string>> = {
  arms_used:
    'The test stopped because your arms helped you stand up. That is useful to know — your clinician can suggest exercises for it.',
  feet_moved: 'The test stopped when your feet moved — that is where it ends.',
  reached_for_support:
    'The test stopped when you reached for support — well done for staying safe.',
  stance_not_taken: 'The test stopped before this position was held — that is where it ends.',
  ended_early: 'The test ended before it was finished, so there is no full result this time.',
  stands_not_completed: 'The test stopped before the five stands were done.',
};

const STOP_THERAPIST: Readonly<Record<StopReason, string>> = {
  arms_used: 'Stopped: arms used to rise (scored 0).',
  feet_moved: 'Stopped: feet moved (stance lost).',
  reached_for_support: 'Stopped: reached for support (a wrist held far out to the side).',
  stance_not_taken: 'Stopped: stance not held within 30 s of the stage starting.',
  ended_early: 'Ended before the protocol finished (stopped, or the person left the view).',
  stands_not_completed: 'Stopped: five stands not completed within 60 s.',
};

/** What a finding means for the patient, in plain words. */
const FINDING_PATIENT: Readonly<Record<FindingCode, string>> = {
  below_average:
    'Your result is below the usual range for people your age. Exercises that build leg strength can help — talk to your clinician about them.',
  average_or_better: 'Your result is within or above the usual range for people your age.',
  worse_than_average:
    'You took a little longer than is usual for people your age. Talk to your clinician about exercises that build leg strength.',
  not_worse_than_average: 'Your time is within the usual range for people your age.',
  increased_fall_risk:
    'This result suggests a higher chance of falling. Talk to your clinician about it — strength and balance exercises help, and so do simple changes at home.',
  no_increased_fall_risk: 'This result does not suggest a higher chance of falling.',
};

const NORM_SOURCES: Readonly<Record<NormId, string>> = {
  cdc_steadi_chair_stand_30s: 'CDC STEADI 30-Second Chair Stand norms',
  bohannon_2006_five_times_sts: 'Bohannon 2006 reference values',
  buatois_2008_five_times_sts: 'Buatois 2008 recurrent-falls cut-off',
  cdc_steadi_four_stage_balance: 'CDC STEADI 4-Stage Balance Test',
  cdc_steadi_tug: 'CDC STEADI Timed Up and Go',
};

/** The comparison with its cut-off, in the score's unit. */
const comparison = (f: NormFinding): string => {
  const t = f.threshold;
  switch (f.code) {
    case 'below_average':
      return `below average (< ${t} stands)`;
    case 'average_or_better':
      return `average or better (≥ ${t} stands)`;
    case 'worse_than_average':
      return `worse than average (> ${t} s)`;
    case 'not_worse_than_average':
      return `not worse than average (≤ ${t} s)`;
    case 'increased_fall_risk':
      return f.norm === 'cdc_steadi_four_stage_balance'
        ? `increased fall risk (tandem stance held < ${t} s)`
        : `increased fall risk (≥ ${t} s)`;
    case 'no_increased_fall_risk':
      return f.norm === 'cdc_steadi_four_stage_balance'
        ? `no increased fall risk (tandem stance held ${t} s)`
        : `no increased fall risk (< ${t} s)`;
  }
};

const who = (facts: PatientFacts): string =>
  [facts.ageYears === null ? null : `age ${facts.ageYears}`, facts.sex]
    .filter((s) => s !== null)
    .join(', ');

export const functionalTests = {
  name: (id: FunctionalTestId): string => NAMES[id],
  stage: (key: BalanceStageKey): string => STAGES[key],
  stopPatient: (reason: StopReason): string => STOP_PATIENT[reason],
  stopTherapist: (reason: StopReason): string => STOP_THERAPIST[reason],
  findingPatient: (code: FindingCode): string => FINDING_PATIENT[code],
  /** "CDC STEADI 30-Second Chair Stand norms (age 67, female): below average (< 11 stands)". */
  findingTherapist: (finding: NormFinding, facts: PatientFacts): string =>
    `${NORM_SOURCES[finding.norm]} (${who(facts)}): ${comparison(finding)}`,
  noInterpretation:
    'Add your age and sex in your profile to see how your result compares with others your age.',
  noInterpretationTherapist: 'Raw score only: no norm applies without the patient’s age (and sex).',
  count: (count: number) => `${count} ${count === 1 ? 'stand' : 'stands'}`,
  seconds: (seconds: number) => `${seconds.toFixed(1)} s`,
  /** The live cues of the tests' own rules (the exercise's words have none for them). */
  cues: {
    arms_used: 'Keep your arms crossed on your chest',
    reached_for_support: 'Steady yourself — hold on if you need to',
  } as const,
} as const;
