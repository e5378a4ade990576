import { describe, expect, it } from 'vitest';
import {
  ageYearsOn,
  PATIENT_NAME_MAX,
  patientDraftValidate,
  patientsSearch,
  patientsSort,
  type PatientDraft,
  type PatientRecord,
} from '../../../src/core/clinic/patient';

const TODAY = '2026-12-02';
const draft = (over: Partial<PatientDraft> = {}): PatientDraft => ({
  displayName: 'M. K.',
  dateOfBirth: '',
  sex: '',
  notes: '',
  ...over,
});

describe('patientDraftValidate', () => {
  it('keeps a name alone, trimmed, with no date of birth and no sex', () => {
    expect(patientDraftValidate(draft({ displayName: '  A. B.  ' }), TODAY)).toEqual({
      ok: true,
      value: { displayName: 'A. B.', dateOfBirth: null, sex: null, notes: '' },
    });
  });

  it('keeps a past date of birth, a sex and notes', () => {
    const out = patientDraftValidate(
      draft({ dateOfBirth: '1950-02-28', sex: 'female', notes: ' knee TKA \n' }),
      TODAY,
    );
    expect(out).toEqual({
      ok: true,
      value: { displayName: 'M. K.', dateOfBirth: '1950-02-28', sex: 'female', notes: 'knee TKA' },
    });
  });

  it('accepts today as a date of birth (not in the future)', () => {
    expect(patientDraftValidate(draft({ dateOfBirth: TODAY }), TODAY).ok).toBe(true);
  });

  it.each([
    [draft({ displayName: '   ' }), [{ field: 'displayName', code: 'required' }]],
    [
      draft({ displayName: 'x'.repeat(PATIENT_NAME_MAX + 1) }),
      [{ field: 'displayName', code: 'too_long' }],
    ],
    [draft({ dateOfBirth: '2026-12-03' }), [{ field: 'dateOfBirth', code: 'future' }]],
    [draft({ dateOfBirth: '1950-02-30' }), [{ field: 'dateOfBirth', code: 'invalid' }]],
    [draft({ dateOfBirth: '02/03/1950' }), [{ field: 'dateOfBirth', code: 'invalid' }]],
    [draft({ dateOfBirth: '1850-01-01' }), [{ field: 'dateOfBirth', code: 'invalid' }]],
    [draft({ sex: 'other' }), [{ field: 'sex', code: 'invalid' }]],
    [
      draft({ displayName: '', dateOfBirth: '3000-01-01' }),
      [
        { field: 'displayName', code: 'required' },
        { field: 'dateOfBirth', code: 'future' },
      ],
    ],
  ])('refuses %j with every field error', (input, errors) => {
    expect(patientDraftValidate(input, TODAY)).toEqual({ ok: false, error: errors });
  });
});

const patient = (id: string, displayName: string, updatedAt: number): PatientRecord => ({
  id,
  displayName,
  dateOfBirth: null,
  sex: null,
  notes: '',
  createdAt: 0,
  updatedAt,
});

describe('patientsSearch and patientsSort', () => {
  const list = [
    patient('1', 'Zoë Ångström', 10),
    patient('2', 'anna b.', 30),
    patient('3', 'J. K.', 20),
  ];

  it('finds by any part of the name or initials, ignoring case, accents and dots', () => {
    expect(patientsSearch(list, 'ANG').map((p) => p.id)).toEqual(['1']);
    expect(patientsSearch(list, 'zoe').map((p) => p.id)).toEqual(['1']);
    expect(patientsSearch(list, 'jk').map((p) => p.id)).toEqual(['3']);
    expect(patientsSearch(list, '  ').map((p) => p.id)).toEqual(['1', '2', '3']);
    expect(patientsSearch(list, 'nobody')).toEqual([]);
  });

  it('sorts by name (locale order, case-insensitive) or by last update, newest first', () => {
    expect(patientsSort(list, 'name').map((p) => p.id)).toEqual(['2', '3', '1']);
    expect(patientsSort(list, 'updated').map((p) => p.id)).toEqual(['2', '3', '1']);
    const tie = [patient('a', 'B', 5), patient('b', 'A', 5)];
    expect(patientsSort(tie, 'updated').map((p) => p.id)).toEqual(['b', 'a']);
  });
});

describe('ageYearsOn', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageYearsOn('1950-12-02', '2026-12-02')).toBe(76);
    expect(ageYearsOn('1950-12-03', '2026-12-02')).toBe(75);
    expect(ageYearsOn('1952-02-29', '2026-02-28')).toBe(73);
    expect(ageYearsOn('1952-02-29', '2026-03-01')).toBe(74);
  });
});
