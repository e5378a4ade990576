// Small field readers for the hand-written validator: each reads one field of an unknown value,
// records a typed error with the field's path when it is wrong, and never throws. Errors are codes
// with their values; the UI words the ones it shows (a therapist's override), the core words none.
import type { Result } from '../result';

/** What is wrong with a field, as a code and the values that explain it. */
export type ValidationProblem =
  | { readonly code: 'not_object' }
  | { readonly code: 'not_string' }
  | { readonly code: 'not_boolean' }
  | { readonly code: 'not_array' }
  | { readonly code: 'out_of_range'; readonly min: number; readonly max: number }
  | { readonly code: 'not_one_of'; readonly options: readonly string[] }
  | { readonly code: 'wrong_length'; readonly length: number }
  | { readonly code: 'unknown_point' }
  | { readonly code: 'unknown_measure'; readonly measure: string }
  | { readonly code: 'not_angle_measure' }
  | { readonly code: 'needs_min_or_max' }
  | { readonly code: 'min_above_max' }
  | { readonly code: 'max_not_above_min' }
  | { readonly code: 'no_conditions' }
  | { readonly code: 'duplicate_id'; readonly id: string }
  | { readonly code: 'no_views' }
  | { readonly code: 'needs_rep_or_hold' }
  /** An override names a form rule the exercise does not have. */
  | { readonly code: 'unknown_rule'; readonly ruleId: string }
  /** An override sets a ROM target, hold or rep field of an exercise without one. */
  | { readonly code: 'no_rom' }
  | { readonly code: 'not_hold' }
  | { readonly code: 'no_reps' };

export type ValidationCode = ValidationProblem['code'];

/** Where the bad field is, e.g. "formRules[2].threshold", and what is wrong with it. */
export type ValidationError = { readonly path: string } & ValidationProblem;

/** The value, or every wrong field with its path. */
export type ValidationResult<T> = Result<T, readonly ValidationError[]>;

export type RawRecord = Readonly<Record<string, unknown>>;

export const isRecord = (value: unknown): value is RawRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own property only: a key inherited from Object.prototype ("constructor") is not a field. */
export const fieldOf = (record: RawRecord, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

export class FieldReader {
  readonly errors: ValidationError[] = [];

  fail(path: string, problem: ValidationProblem): void {
    this.errors.push({ path, ...problem });
  }

  record(value: unknown, path: string): RawRecord | null {
    if (isRecord(value)) return value;
    this.fail(path, { code: 'not_object' });
    return null;
  }

  string(record: RawRecord, key: string, path: string): string {
    const value = fieldOf(record, key);
    if (typeof value === 'string' && value.trim().length > 0) return value;
    this.fail(`${path}.${key}`, { code: 'not_string' });
    return '';
  }

  number(record: RawRecord, key: string, path: string, min = -Infinity, max = Infinity): number {
    const value = fieldOf(record, key);
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) {
      return value;
    }
    this.fail(`${path}.${key}`, { code: 'out_of_range', min, max });
    return Number.isFinite(min) ? min : 0;
  }

  optionalNumber(record: RawRecord, key: string, path: string): number | undefined {
    if (fieldOf(record, key) === undefined) return undefined;
    return this.number(record, key, path);
  }

  boolean(record: RawRecord, key: string, path: string): boolean {
    const value = fieldOf(record, key);
    if (typeof value === 'boolean') return value;
    this.fail(`${path}.${key}`, { code: 'not_boolean' });
    return false;
  }

  oneOf<T extends string>(record: RawRecord, key: string, path: string, options: readonly T[]): T {
    const value = fieldOf(record, key);
    const found = options.find((option) => option === value);
    if (found !== undefined) return found;
    this.fail(`${path}.${key}`, { code: 'not_one_of', options });
    return options[0] as T;
  }

  array(record: RawRecord, key: string, path: string): readonly unknown[] {
    const value = fieldOf(record, key);
    if (Array.isArray(value)) return value as readonly unknown[];
    this.fail(`${path}.${key}`, { code: 'not_array' });
    return [];
  }

  enumArray<T extends string>(
    record: RawRecord,
    key: string,
    path: string,
    options: readonly T[],
  ): T[] {
    return this.array(record, key, path).flatMap((item, i) => {
      const found = options.find((option) => option === item);
      if (found !== undefined) return [found];
      this.fail(`${path}.${key}[${i}]`, { code: 'not_one_of', options });
      return [];
    });
  }

  tuple<T extends string>(
    record: RawRecord,
    key: string,
    path: string,
    length: number,
    options: readonly T[],
  ): T[] {
    const items = this.array(record, key, path);
    if (items.length !== length) this.fail(`${path}.${key}`, { code: 'wrong_length', length });
    return items.slice(0, length).map((item, i) => {
      const found = options.find((option) => option === item);
      if (found === undefined) this.fail(`${path}.${key}[${i}]`, { code: 'unknown_point' });
      return found ?? (options[0] as T);
    });
  }
}
