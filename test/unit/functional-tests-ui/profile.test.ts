// The patient's age and sex for the check-up tests' norms: kept on the device, optional, and
// anything unreadable in storage is "not said", never a wrong age.
import { describe, expect, it } from 'vitest';
import {
  ageParse,
  createPatientFactsStore,
  type KeyValueStorage,
} from '../../../src/ui/functional-tests/profile';

const memory = (): KeyValueStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
};

describe('patient facts store', () => {
  it('starts with nothing said', () => {
    expect(createPatientFactsStore(memory()).get()).toEqual({ ageYears: null, sex: null });
  });

  it('keeps what was said across a reload', () => {
    const storage = memory();
    createPatientFactsStore(storage).set({ ageYears: 67, sex: 'female' });
    expect(createPatientFactsStore(storage).get()).toEqual({ ageYears: 67, sex: 'female' });
  });

  it('reads unreadable or out-of-range values as not said', () => {
    const storage = memory();
    storage.setItem('formcoach.patient-facts', '{"ageYears":7,"sex":"other"}');
    expect(createPatientFactsStore(storage).get()).toEqual({ ageYears: null, sex: null });
    storage.setItem('formcoach.patient-facts', 'not json');
    expect(createPatientFactsStore(storage).get()).toEqual({ ageYears: null, sex: null });
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
