// The patient's age and sex for the check-up tests' norms: optional, and anything unreadable in
// storage is "not said", never a wrong age.
import { describe, expect, it } from 'vitest';
import { patientFactsOf } from '../../../src/core/functional-tests/patient-facts';
import { ageParse } from '../../../src/ui/functional-tests/profile';

describe('patientFactsOf', () => {
  it('keeps a valid age and sex', () => {
    expect(patientFactsOf({ ageYears: 67, sex: 'female' })).toEqual({
      ageYears: 67,
      sex: 'female',
    });
  });

  it('reads unreadable or out-of-range values as not said, part by part', () => {
    expect(patientFactsOf({ ageYears: 7, sex: 'other' })).toEqual({ ageYears: null, sex: null });
    expect(patientFactsOf({ ageYears: 70, sex: 'other' })).toEqual({ ageYears: 70, sex: null });
    expect(patientFactsOf('not an object')).toEqual({ ageYears: null, sex: null });
    expect(patientFactsOf(null)).toEqual({ ageYears: null, sex: null });
  });
});

describe('ageParse', () => {
  it('takes whole years from 18 to 120; empty is not said; anything else is invalid', () => {
    expect(ageParse('67')).toEqual({ ok: true, ageYears: 67 });
    expect(ageParse(' ')).toEqual({ ok: true, ageYears: null });
    expect(ageParse('17')).toEqual({ ok: false });
    expect(ageParse('121')).toEqual({ ok: false });
    expect(ageParse('67.5')).toEqual({ ok: false });
    expect(ageParse('abc')).toEqual({ ok: false });
  });
});
