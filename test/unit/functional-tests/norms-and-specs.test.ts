// The functional tests' definitions are valid exercise data and their protocols runnable; the
// norms give the published cut-offs at their edges, and nothing without the facts they need.
import { describe, expect, it } from 'vitest';
import {
  BALANCE_STANCES,
  chairStand30s,
  chairStandFindings,
  fiveTimesSitToStand,
  fiveTimesSitToStandFindings,
  fourStageBalance,
  fourStageBalanceFindings,
  tugFindings,
  type FunctionalTestSpec,
} from '../../../src/core/functional-tests';
import { validateExerciseDefinition } from '../../../src/core/exercises/validate';
import { protocolProblems } from '../../../src/core/set-run';

const SPECS: readonly FunctionalTestSpec[] = [chairStand30s, fiveTimesSitToStand, fourStageBalance];

describe('the functional tests as set-run data', () => {
  it('have valid definitions (every stage’s too) and runnable protocols', () => {
    const defs = [...SPECS.map((s) => s.definition), ...Object.values(BALANCE_STANCES)];
    for (const def of defs)
      expect(validateExerciseDefinition(def)).toEqual({ ok: true, value: def });
    for (const spec of SPECS) expect(protocolProblems(spec.protocol)).toEqual([]);
    expect(fourStageBalance.protocol.stages.map((s) => s.key)).toEqual([
      'feet_together',
      'semi_tandem',
      'tandem',
      'one_foot',
    ]);
  });
});

describe('the norms', () => {
  it('CDC chair stand: below average under the age and sex band’s number', () => {
    const code = (count: number, ageYears: number, sex: 'female' | 'male') =>
      chairStandFindings(count, { ageYears, sex })?.[0]?.code;
    expect(code(11, 64, 'female')).toBe('below_average');
    expect(code(12, 64, 'female')).toBe('average_or_better');
    expect(code(11, 65, 'male')).toBe('below_average');
    expect(code(12, 69, 'male')).toBe('average_or_better');
    expect(code(3, 94, 'female')).toBe('below_average');
    expect(code(4, 94, 'female')).toBe('average_or_better');
    // Outside the table's ages, or without sex: the raw score only.
    expect(chairStandFindings(10, { ageYears: 59, sex: 'male' })).toBeNull();
    expect(chairStandFindings(10, { ageYears: 95, sex: 'male' })).toBeNull();
    expect(chairStandFindings(10, { ageYears: 70, sex: null })).toBeNull();
  });

  it('5×STS: worse than the age band’s reference above it; recurrent-fall risk from 15 s at 65+', () => {
    expect(fiveTimesSitToStandFindings(11.4, { ageYears: 62, sex: null })).toEqual([
      { norm: 'bohannon_2006_five_times_sts', code: 'not_worse_than_average', threshold: 11.4 },
    ]);
    expect(fiveTimesSitToStandFindings(14.9, { ageYears: 89, sex: null })).toEqual([
      { norm: 'bohannon_2006_five_times_sts', code: 'worse_than_average', threshold: 14.8 },
      { norm: 'buatois_2008_five_times_sts', code: 'no_increased_fall_risk', threshold: 15 },
    ]);
    expect(fiveTimesSitToStandFindings(15, { ageYears: 92, sex: null })).toEqual([
      { norm: 'buatois_2008_five_times_sts', code: 'increased_fall_risk', threshold: 15 },
    ]);
    expect(fiveTimesSitToStandFindings(15, { ageYears: 50, sex: null })).toBeNull();
    expect(fiveTimesSitToStandFindings(15, { ageYears: null, sex: 'male' })).toBeNull();
  });

  it('balance and TUG: the CDC fall-risk cut-offs, for older adults', () => {
    expect(fourStageBalanceFindings(9.9, { ageYears: 65, sex: null })?.[0]?.code).toBe(
      'increased_fall_risk',
    );
    expect(fourStageBalanceFindings(10, { ageYears: 65, sex: null })?.[0]?.code).toBe(
      'no_increased_fall_risk',
    );
    expect(fourStageBalanceFindings(5, { ageYears: 64, sex: null })).toBeNull();
    expect(tugFindings(12, { ageYears: 80, sex: null })?.[0]?.code).toBe('increased_fall_risk');
    expect(tugFindings(11.9, { ageYears: 80, sex: null })?.[0]?.code).toBe(
      'no_increased_fall_risk',
    );
    expect(tugFindings(20, { ageYears: null, sex: null })).toBeNull();
  });
});
