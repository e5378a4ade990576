// The patient's age and sex as the norms need them: the one rule for what a valid age and sex are,
// for the start form, storage and a backup alike. Whatever is not valid reads as "not said".
import { SEXES, type PatientFacts, type Sex } from './types';

export const MIN_AGE_YEARS = 18;
export const MAX_AGE_YEARS = 120;
export const PATIENT_FACTS_NOT_SAID: PatientFacts = { ageYears: null, sex: null };

export const isAgeYears = (value: unknown): value is number =>
  typeof value === 'number' &&
  Number.isInteger(value) &&
  value >= MIN_AGE_YEARS &&
  value <= MAX_AGE_YEARS;

export const isSex = (value: unknown): value is Sex =>
  typeof value === 'string' && (SEXES as readonly string[]).includes(value);

/** Facts from anything (a stored JSON value): each part kept when valid, else "not said". */
export function patientFactsOf(raw: unknown): PatientFacts {
  if (typeof raw !== 'object' || raw === null) return PATIENT_FACTS_NOT_SAID;
  const record = raw as Record<string, unknown>;
  return {
    ageYears: isAgeYears(record['ageYears']) ? record['ageYears'] : null,
    sex: isSex(record['sex']) ? record['sex'] : null,
  };
}
