// The functional tests' words: every code the core gives has words for the patient and the
// therapist, and the therapist's line names the norm, the patient and the cut-off.
import { describe, expect, it } from 'vitest';
import {
  BALANCE_STAGE_KEYS,
  FINDING_CODES,
  FUNCTIONAL_TEST_IDS,
  NORM_IDS,
  STOP_REASONS,
} from '../../../src/core/functional-tests';
import { functionalTests } from '../../../src/ui/text/functional-tests';

const filled = (s: string): boolean => s.trim() !== '';

describe('functional test words', () => {
  const t = functionalTests;

  it('has words for every test, stage, stop reason and finding', () => {
    expect(FUNCTIONAL_TEST_IDS.filter((id) => !filled(t.name(id)))).toEqual([]);
    expect(BALANCE_STAGE_KEYS.filter((k) => !filled(t.stage(k)))).toEqual([]);
    expect(
      STOP_REASONS.filter((r) => !filled(t.stopPatient(r)) || !filled(t.stopTherapist(r))),
    ).toEqual([]);
    expect(FINDING_CODES.filter((c) => !filled(t.findingPatient(c)))).toEqual([]);
    const facts = { ageYears: 70, sex: null };
    const lines = NORM_IDS.flatMap((norm) =>
      FINDING_CODES.map((code) => t.findingTherapist({ norm, code, threshold: 10 }, facts)),
    );
    expect(lines.filter((l) => !/10/.test(l))).toEqual([]);
  });

  it('tells the therapist the norm, the patient and the cut-off', () => {
    expect(
      t.findingTherapist(
        { norm: 'cdc_steadi_chair_stand_30s', code: 'below_average', threshold: 11 },
        { ageYears: 67, sex: 'female' },
      ),
    ).toBe('CDC STEADI 30-Second Chair Stand norms (age 67, female): below average (< 11 stands)');
  });

  it('never alarms the patient: plain words and a clinician to talk to', () => {
    for (const code of FINDING_CODES) {
      expect(t.findingPatient(code)).not.toMatch(/danger|severe|fail|abnormal|warning/i);
    }
    expect(t.findingPatient('increased_fall_risk')).toMatch(/talk to your clinician/i);
  });
});
