// The clinic workspace's patient: the therapist's record of one person (a display name or initials,
// optionally a date of birth and a sex for the check-up tests' norms, free notes). The stored shape
// is this type; the clinic database's zod schema is checked against it (src/platform/clinic-storage).
// The form's draft is validated here, with today's date as a parameter (the core reads no clock).
import type { Result } from '../result';
import { SEXES, type Sex } from '../functional-tests/types';

export interface PatientRecord {
  readonly id: string;
  /** A name or initials, as the therapist writes them (trimmed, never empty). */
  readonly displayName: string;
  /** YYYY-MM-DD, a real calendar day not after the day it was entered; null when not given. */
  readonly dateOfBirth: string | null;
  /** For the check-up tests' norms only; null when not given. */
  readonly sex: Sex | null;
  readonly notes: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** What the add / edit form holds: its fields' text ('' for "not given"). */
export interface PatientDraft {
  readonly displayName: string;
  readonly dateOfBirth: string;
  readonly sex: string;
  readonly notes: string;
}

/** The validated fields of a patient (what a save writes beside the id and the times). */
export type PatientFields = Pick<PatientRecord, 'displayName' | 'dateOfBirth' | 'sex' | 'notes'>;

export type PatientField = keyof PatientDraft;
export type PatientFieldCode = 'required' | 'too_long' | 'invalid' | 'future';
export interface PatientFieldError {
  readonly field: PatientField;
  readonly code: PatientFieldCode;
}

export const PATIENT_NAME_MAX = 80;
export const PATIENT_NOTES_MAX = 5000;
/** The earliest date of birth taken (a typo such as 1850 is refused, not stored). */
export const PATIENT_DOB_MIN = '1900-01-01';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD string naming a real calendar day (no 30 February). */
export function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/**
 * The draft's fields, trimmed and typed, or every field's error at once. `todayIso` is the
 * device's local date (YYYY-MM-DD): a date of birth after it is refused.
 */
export function patientDraftValidate(
  draft: PatientDraft,
  todayIso: string,
): Result<PatientFields, readonly PatientFieldError[]> {
  const errors: PatientFieldError[] = [];
  const displayName = draft.displayName.trim();
  if (displayName === '') errors.push({ field: 'displayName', code: 'required' });
  else if (displayName.length > PATIENT_NAME_MAX) {
    errors.push({ field: 'displayName', code: 'too_long' });
  }
  const dob = draft.dateOfBirth.trim();
  if (dob !== '') {
    if (!isCalendarDay(dob) || dob < PATIENT_DOB_MIN) {
      errors.push({ field: 'dateOfBirth', code: 'invalid' });
    } else if (dob > todayIso) errors.push({ field: 'dateOfBirth', code: 'future' });
  }
  const sex = draft.sex === '' ? null : SEXES.find((s) => s === draft.sex);
  if (sex === undefined) errors.push({ field: 'sex', code: 'invalid' });
  const notes = draft.notes.trim();
  if (notes.length > PATIENT_NOTES_MAX) errors.push({ field: 'notes', code: 'too_long' });
  if (errors.length > 0 || sex === undefined) return { ok: false, error: errors };
  return { ok: true, value: { displayName, dateOfBirth: dob === '' ? null : dob, sex, notes } };
}

/** Whole years from a date of birth to a day (both YYYY-MM-DD, valid): the age for the norms. */
export function ageYearsOn(dateOfBirth: string, dayIso: string): number {
  const years = Number(dayIso.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return dayIso.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** Lower case, accents and everything but letters and digits removed: 'Zoë Å.' → 'zoea'. */
const searchKey = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The patients whose name or initials contain the query (case, accents, spaces, dots ignored). */
export function patientsSearch<P extends PatientRecord>(
  patients: readonly P[],
  query: string,
): P[] {
  const wanted = searchKey(query);
  return wanted === ''
    ? [...patients]
    : patients.filter((p) => searchKey(p.displayName).includes(wanted));
}

export const PATIENT_SORTS = ['name', 'updated'] as const;
export type PatientSort = (typeof PATIENT_SORTS)[number];

const byName = (a: PatientRecord, b: PatientRecord): number =>
  a.displayName.localeCompare(b.displayName, undefined, { sensitivity: 'base' }) ||
  a.id.localeCompare(b.id);

/** By name (A→Z, case-insensitive), or by last update (newest first, then by name). */
export function patientsSort<P extends PatientRecord>(
  patients: readonly P[],
  sort: PatientSort,
): P[] {
  return [...patients].sort(
    sort === 'name' ? byName : (a, b) => b.updatedAt - a.updatedAt || byName(a, b),
  );
}
