// The validator every exercise definition passes through when it is loaded (library or therapist
// program). Hand-written (the core takes no packages); errors carry the path of the bad field.
import {
  AXES,
  CAMERA_VIEWS,
  CATEGORIES,
  FRAMINGS,
  POINT_REFS,
  POSTURES,
  ROM_MOVEMENTS,
  RULE_PHASES,
  SEGMENT_REFERENCES,
  SEVERITIES,
  SIDE_RULES,
  SPACES,
  type ExerciseDefinition,
  type FormRule,
  type HoldSpec,
  type MeasureRange,
  type MeasureSpec,
  type PointRef,
  type RepSpec,
  type RomSpec,
} from './types';
import { FieldReader, fieldOf, type RawRecord, type ValidationResult } from './validate-fields';

const MEASURE_KINDS = [
  'joint_angle',
  'segment_angle',
  'height',
  'distance',
  'distance_ratio',
  'line_offset',
] as const;
const ANGLE_KINDS: readonly string[] = ['joint_angle', 'segment_angle'];

function readMeasure(r: FieldReader, raw: unknown, path: string): MeasureSpec | null {
  const rec = r.record(raw, path);
  if (rec === null) return null;
  const base = {
    id: r.string(rec, 'id', path),
    space: r.oneOf(rec, 'space', path, SPACES),
    side: r.oneOf(rec, 'side', path, SIDE_RULES),
  };
  const point = (key: string): PointRef => r.oneOf(rec, key, path, POINT_REFS);
  const pair = (key: string): readonly [PointRef, PointRef] => {
    const [a, b] = r.tuple(rec, key, path, 2, POINT_REFS);
    return [a ?? 'nose', b ?? 'nose'];
  };
  switch (r.oneOf(rec, 'kind', path, MEASURE_KINDS)) {
    case 'joint_angle': {
      const [a, v, b] = r.tuple(rec, 'points', path, 3, POINT_REFS);
      return { ...base, kind: 'joint_angle', points: [a ?? 'nose', v ?? 'nose', b ?? 'nose'] };
    }
    case 'segment_angle':
      return {
        ...base,
        kind: 'segment_angle',
        from: point('from'),
        to: point('to'),
        reference: r.oneOf(rec, 'reference', path, SEGMENT_REFERENCES),
      };
    case 'height':
      return { ...base, kind: 'height', point: point('point'), base: point('base') };
    case 'distance':
      return {
        ...base,
        kind: 'distance',
        a: point('a'),
        b: point('b'),
        axis: r.oneOf(rec, 'axis', path, AXES),
      };
    case 'distance_ratio':
      return {
        ...base,
        kind: 'distance_ratio',
        a: pair('a'),
        b: pair('b'),
        axis: r.oneOf(rec, 'axis', path, AXES),
      };
    case 'line_offset':
      return {
        ...base,
        kind: 'line_offset',
        point: point('point'),
        from: point('from'),
        to: point('to'),
      };
  }
}

function readRange(r: FieldReader, raw: unknown, path: string, ids: Set<string>): MeasureRange {
  const rec = r.record(raw, path) ?? {};
  const measure = r.string(rec, 'measure', path);
  if (measure !== '' && !ids.has(measure))
    r.fail(`${path}.measure`, { code: 'unknown_measure', measure });
  const min = r.optionalNumber(rec, 'min', path);
  const max = r.optionalNumber(rec, 'max', path);
  if (min === undefined && max === undefined) r.fail(path, { code: 'needs_min_or_max' });
  if (min !== undefined && max !== undefined && min > max) r.fail(path, { code: 'min_above_max' });
  return { measure, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

function checkMeasureRef(r: FieldReader, path: string, id: string, ids: Set<string>): void {
  if (id !== '' && !ids.has(id)) r.fail(path, { code: 'unknown_measure', measure: id });
}

function readRep(r: FieldReader, rec: RawRecord, path: string, ids: Set<string>): RepSpec {
  const measure = r.string(rec, 'measure', path);
  checkMeasureRef(r, `${path}.measure`, measure, ids);
  const minRepMs = r.number(rec, 'minRepMs', path, 0);
  const maxRepMs = r.number(rec, 'maxRepMs', path, 0);
  if (minRepMs >= maxRepMs) r.fail(`${path}.maxRepMs`, { code: 'max_not_above_min' });
  return {
    measure,
    direction: r.oneOf(rec, 'direction', path, ['increase', 'decrease'] as const),
    minExcursion: r.number(rec, 'minExcursion', path, Number.MIN_VALUE),
    minRomFraction: r.number(rec, 'minRomFraction', path, 0, 1),
    minRepMs,
    maxRepMs,
    alternating: r.boolean(rec, 'alternating', path),
  };
}

function readRom(
  r: FieldReader,
  rec: RawRecord,
  path: string,
  measures: readonly MeasureSpec[],
): RomSpec {
  const measure = r.string(rec, 'measure', path);
  const spec = measures.find((m) => m.id === measure);
  if (measure !== '' && spec === undefined)
    r.fail(`${path}.measure`, { code: 'unknown_measure', measure });
  if (spec !== undefined && !ANGLE_KINDS.includes(spec.kind)) {
    r.fail(`${path}.measure`, { code: 'not_angle_measure' });
  }
  return {
    measure,
    zeroDeg: r.number(rec, 'zeroDeg', path, 0, 180),
    direction: r.oneOf(rec, 'direction', path, ['increase', 'decrease'] as const),
    targetDeg: r.number(rec, 'targetDeg', path, Number.MIN_VALUE, 180),
    ...(fieldOf(rec, 'movement') === undefined
      ? {}
      : { movement: r.oneOf(rec, 'movement', path, ROM_MOVEMENTS) }),
  };
}

function readHold(r: FieldReader, rec: RawRecord, path: string, ids: Set<string>): HoldSpec {
  const conditions = r.array(rec, 'conditions', path).map((raw, i) => {
    const p = `${path}.conditions[${i}]`;
    const range = readRange(r, raw, p, ids);
    return { ...range, tolerance: r.number(r.record(raw, p) ?? {}, 'tolerance', p, 0) };
  });
  if (conditions.length === 0) r.fail(`${path}.conditions`, { code: 'no_conditions' });
  return {
    conditions,
    targetSeconds: r.number(rec, 'targetSeconds', path, Number.MIN_VALUE),
    graceMs: r.number(rec, 'graceMs', path, 0),
  };
}

function readRule(r: FieldReader, raw: unknown, path: string, ids: Set<string>): FormRule {
  const rec = r.record(raw, path) ?? {};
  const measure = r.string(rec, 'measure', path);
  checkMeasureRef(r, `${path}.measure`, measure, ids);
  const rawViews = fieldOf(rec, 'views');
  const views = rawViews === undefined ? undefined : r.enumArray(rec, 'views', path, CAMERA_VIEWS);
  return {
    id: r.string(rec, 'id', path),
    measure,
    comparison: r.oneOf(rec, 'comparison', path, ['above', 'below'] as const),
    threshold: r.number(rec, 'threshold', path),
    persistMs: r.number(rec, 'persistMs', path, 0),
    ...(fieldOf(rec, 'cue') === undefined ? {} : { cue: r.string(rec, 'cue', path) }),
    severity: r.oneOf(rec, 'severity', path, SEVERITIES),
    phase: r.oneOf(rec, 'phase', path, RULE_PHASES),
    ...(views === undefined ? {} : { views }),
  };
}

function readOptional<T>(
  r: FieldReader,
  rec: RawRecord,
  key: string,
  read: (inner: RawRecord, path: string) => T,
): T | null {
  const value = fieldOf(rec, key);
  if (value === null) return null;
  const inner = r.record(value, key);
  return inner === null ? null : read(inner, key);
}

function checkUnique(r: FieldReader, ids: readonly string[], path: string): void {
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) r.fail(`${path}[${i}].id`, { code: 'duplicate_id', id });
  });
}

/** Validates an exercise definition read from anywhere. Never throws. */
export function validateExerciseDefinition(raw: unknown): ValidationResult<ExerciseDefinition> {
  const r = new FieldReader();
  const rec = r.record(raw, '$');
  if (rec === null) return { ok: false, error: r.errors };
  const measures = r
    .array(rec, 'measures', '')
    .map((m, i) => readMeasure(r, m, `measures[${i}]`))
    .filter((m): m is MeasureSpec => m !== null);
  checkUnique(
    r,
    measures.map((m) => m.id),
    'measures',
  );
  const ids = new Set(measures.map((m) => m.id));
  const views = r.enumArray(rec, 'views', '', CAMERA_VIEWS);
  if (views.length === 0) r.fail('views', { code: 'no_views' });
  const start = r.record(fieldOf(rec, 'startPosition'), 'startPosition') ?? {};
  const formRules = r
    .array(rec, 'formRules', '')
    .map((x, i) => readRule(r, x, `formRules[${i}]`, ids));
  checkUnique(
    r,
    formRules.map((f) => f.id),
    'formRules',
  );
  const value: ExerciseDefinition = {
    id: r.string(rec, 'id', ''),
    category: r.oneOf(rec, 'category', '', CATEGORIES),
    views,
    ...(fieldOf(rec, 'setup') === undefined ? {} : { setup: r.string(rec, 'setup', '') }),
    framing: r.oneOf(rec, 'framing', '', FRAMINGS),
    measures,
    startPosition: {
      conditions: r
        .array(start, 'conditions', 'startPosition')
        .map((c, i) => readRange(r, c, `startPosition.conditions[${i}]`, ids)),
    },
    posture: r.oneOf(rec, 'posture', '', POSTURES),
    rep: readOptional(r, rec, 'rep', (inner, p) => readRep(r, inner, p, ids)),
    rom: readOptional(r, rec, 'rom', (inner, p) => readRom(r, inner, p, measures)),
    hold: readOptional(r, rec, 'hold', (inner, p) => readHold(r, inner, p, ids)),
    balance: readOptional(r, rec, 'balance', (inner, p) => ({
      centre: r.oneOf(inner, 'centre', p, POINT_REFS),
      maxSwayTorso: r.number(inner, 'maxSwayTorso', p, Number.MIN_VALUE),
    })),
    holdAtTargetSeconds: r.number(rec, 'holdAtTargetSeconds', '', 0),
    tempo: readOptional(r, rec, 'tempo', (inner, p) => ({
      upSeconds: r.number(inner, 'upSeconds', p, Number.MIN_VALUE),
      downSeconds: r.number(inner, 'downSeconds', p, Number.MIN_VALUE),
    })),
    formRules,
  };
  if (value.rep === null && value.hold === null) r.fail('rep', { code: 'needs_rep_or_hold' });
  const errors = r.errors.map((e) => ({ ...e, path: e.path.replace(/^\$?\.?/, '') || '$' }));
  return errors.length === 0 ? { ok: true, value } : { ok: false, error: errors };
}
