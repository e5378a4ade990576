// The age field of the check-up tests' start screen: whole years in the norms' range, or empty
// for "not said". The facts themselves are kept in the patient database (profile store).
import { isAgeYears } from '../../core/functional-tests/patient-facts';

export function ageParse(
  raw: string,
): { readonly ok: true; readonly ageYears: number | null } | { readonly ok: false } {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: true, ageYears: null };
  if (!/^\d+$/.test(trimmed)) return { ok: false };
  const age = Number(trimmed);
  return isAgeYears(age) ? { ok: true, ageYears: age } : { ok: false };
}
