// The patient's age and sex for the check-up tests' norms: asked once on a test's start screen,
// both optional, kept on this device beside the other preferences (localStorage). The shape is
// the core's PatientFacts; whatever storage holds that is not a valid one reads as "not said".
import { SEXES, type PatientFacts, type Sex } from '../../core/functional-tests/types';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

const KEY = 'formcoach.patient-facts';
export const MIN_AGE_YEARS = 18;
export const MAX_AGE_YEARS = 120;
const NOT_SAID: PatientFacts = { ageYears: null, sex: null };

const isAge = (value: unknown): value is number =>
  typeof value === 'number' &&
  Number.isInteger(value) &&
  value >= MIN_AGE_YEARS &&
  value <= MAX_AGE_YEARS;

const isSex = (value: unknown): value is Sex =>
  typeof value === 'string' && (SEXES as readonly string[]).includes(value);

/** The age field's text: whole years in range, or empty for "not said". */
export function ageParse(
  raw: string,
): { readonly ok: true; readonly ageYears: number | null } | { readonly ok: false } {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: true, ageYears: null };
  if (!/^\d+$/.test(trimmed)) return { ok: false };
  const age = Number(trimmed);
  return isAge(age) ? { ok: true, ageYears: age } : { ok: false };
}

function load(storage: KeyValueStorage): PatientFacts {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    return {
      ageYears: isAge(raw['ageYears']) ? raw['ageYears'] : null,
      sex: isSex(raw['sex']) ? raw['sex'] : null,
    };
  } catch {
    return NOT_SAID;
  }
}

export function createPatientFactsStore(storage: KeyValueStorage) {
  let facts = load(storage);
  return {
    get: (): PatientFacts => facts,
    set(next: PatientFacts): void {
      facts = next;
      storage.setItem(KEY, JSON.stringify(next));
    },
  };
}

export type PatientFactsStore = ReturnType<typeof createPatientFactsStore>;
