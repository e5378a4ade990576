// Small field readers for the hand-written validator: each reads one field of an unknown value,
// records a typed error with the field's path when it is wrong, and never throws.
import type { Result } from '../result';

export interface ValidationError {
  /** Where the bad field is, e.g. "formRules[2].threshold". */
  readonly path: string;
  readonly message: string;
}

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

  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  record(value: unknown, path: string): RawRecord | null {
    if (isRecord(value)) return value;
    this.fail(path, 'must be an object');
    return null;
  }

  string(record: RawRecord, key: string, path: string): string {
    const value = fieldOf(record, key);
    if (typeof value === 'string' && value.trim().length > 0) return value;
    this.fail(`${path}.${key}`, 'must be a non-empty string');
    return '';
  }

  number(record: RawRecord, key: string, path: string, min = -Infinity, max = Infinity): number {
    const value = fieldOf(record, key);
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) {
      return value;
    }
    this.fail(`${path}.${key}`, `must be a finite number in [${min}, ${max}]`);
    return Number.isFinite(min) ? min : 0;
  }

  optionalNumber(record: RawRecord, key: string, path: string): number | undefined {
    if (fieldOf(record, key) === undefined) return undefined;
    return this.number(record, key, path);
  }

  boolean(record: RawRecord, key: string, path: string): boolean {
    const value = fieldOf(record, key);
    if (typeof value === 'boolean') return value;
    this.fail(`${path}.${key}`, 'must be true or false');
    return false;
  }

  oneOf<T extends string>(record: RawRecord, key: string, path: string, options: readonly T[]): T {
    const value = fieldOf(record, key);
    const found = options.find((option) => option === value);
    if (found !== undefined) return found;
    this.fail(`${path}.${key}`, `must be one of ${options.join(', ')}`);
    return options[0] as T;
  }

  array(record: RawRecord, key: string, path: string): readonly unknown[] {
    const value = fieldOf(record, key);
    if (Array.isArray(value)) return value as readonly unknown[];
    this.fail(`${path}.${key}`, 'must be an array');
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
      this.fail(`${path}.${key}[${i}]`, `must be one of ${options.join(', ')}`);
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
    if (items.length !== length) this.fail(`${path}.${key}`, `must have ${length} items`);
    return items.slice(0, length).map((item, i) => {
      const found = options.find((option) => option === item);
      if (found === undefined) this.fail(`${path}.${key}[${i}]`, 'is not a known point');
      return found ?? (options[0] as T);
    });
  }
}
