// The FHIR R4 CarePlan export: typed against @types/fhir's R4 module (the compiler checks it: this
// file is in the test project), the required fields present, and no empty or null element (FHIR's
// ele-1 invariant: an element has a value or children).
import type { CarePlan, TimingRepeat } from 'fhir/r4';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { BUILTIN_PROGRAMS } from '../../../src/core/programs/builtin';
import {
  FHIR_SYSTEM,
  carePlanFromProgram,
  timingRepeatOf,
  type CarePlanContext,
} from '../../../src/platform/share/fhir-careplan';
import { programWith } from '../../helpers/program-fixtures';

const ctx: CarePlanContext = {
  patientDisplay: 'J. D.',
  exerciseName: (id) => `Exercise ${id}`,
  doseText: (p) => `${p.sets} × ${p.reps ?? `${p.holdSeconds} s`}`,
};

/** Paths of empty arrays, empty strings, nulls and undefineds in a JSON value. */
function emptyElements(v: unknown, path = ''): string[] {
  if (v === null || v === undefined || v === '') return [path];
  if (Array.isArray(v)) {
    return v.length === 0 ? [path] : v.flatMap((x, i) => emptyElements(x, `${path}[${i}]`));
  }
  if (typeof v === 'object') {
    const entries = Object.entries(v);
    return entries.length === 0
      ? [path]
      : entries.flatMap(([k, x]) => emptyElements(x, `${path}.${k}`));
  }
  return [];
}

describe('FHIR R4 CarePlan export', () => {
  const program = programWith(4, '1a2b 3c4d');
  const plan = carePlanFromProgram(program, ctx);

  it('is an R4 CarePlan by type', () => {
    expectTypeOf(plan).toEqualTypeOf<CarePlan>();
    expectTypeOf(timingRepeatOf).returns.toEqualTypeOf<TimingRepeat>();
  });

  it('has the required fields: status, intent, subject, and each activity’s status', () => {
    expect(plan.resourceType).toBe('CarePlan');
    expect(plan.status).toBe('active');
    expect(plan.intent).toBe('plan');
    expect(plan.subject).toEqual({ display: 'J. D.' });
    expect(plan.activity).toHaveLength(4);
    for (const a of plan.activity ?? []) expect(a.detail?.status).toBe('scheduled');
  });

  it('carries the schedule as Timing.repeat on every activity, and the program’s ids', () => {
    const repeat = {
      boundsPeriod: { start: '2026-12-07', end: '2027-02-28' },
      frequency: 1,
      period: 1,
      periodUnit: 'd',
      dayOfWeek: ['mon', 'wed', 'fri'],
      timeOfDay: ['08:00:00'],
    };
    for (const a of plan.activity ?? []) expect(a.detail?.scheduledTiming).toEqual({ repeat });
    expect(plan.period).toEqual({ start: '2026-12-07', end: '2027-02-28' });
    expect(plan.identifier).toEqual([
      { system: FHIR_SYSTEM.lineage, value: program.lineageId },
      { system: FHIR_SYSTEM.programVersion, value: program.id },
    ]);
    expect(plan.author).toEqual({
      display: 'Physio Clinic Example',
      identifier: { system: FHIR_SYSTEM.clinicKey, value: '1a2b 3c4d' },
    });
    expect(plan.activity?.[0]?.detail?.code?.coding?.[0]).toEqual({
      system: FHIR_SYSTEM.exercise,
      code: program.exercises[0]?.exerciseId,
      display: `Exercise ${program.exercises[0]?.exerciseId}`,
    });
  });

  it('has no empty element, for a scheduled program and a built-in one without schedule', () => {
    expect(emptyElements(JSON.parse(JSON.stringify(plan)))).toEqual([]);
    const builtin = carePlanFromProgram(BUILTIN_PROGRAMS[0] as (typeof BUILTIN_PROGRAMS)[0], ctx);
    expect(emptyElements(JSON.parse(JSON.stringify(builtin)))).toEqual([]);
    expect(builtin.activity?.[0]?.detail?.status).toBe('not-started');
  });
});
