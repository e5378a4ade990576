// A program as a FHIR R4 CarePlan, for clinics whose records speak FHIR. Types: @types/fhir's R4
// module (`fhir/r4`, generated from hl7.fhir.r4.core 4.0.1); the package's default entry is STU3.
//
// Why CarePlan and not ServiceRequest: a home exercise program is a plan the patient carries out,
// several exercises under one author, one period and one schedule each. CarePlan holds exactly
// that (activity[].detail with its own scheduledTiming, in one resource), where ServiceRequest is
// one requested service per resource for a performer to fulfil: a program would become N
// ServiceRequests tied together by a RequestGroup, and the patient is not a performer taking orders.
import type { CarePlan, CarePlanActivity, Identifier, Period, TimingRepeat } from 'fhir/r4';
import { programVersionOf } from '../../core/programs/versions';
import type { Prescription, Program, ProgramSchedule } from '../../core/session/types';

/** Identifier systems (URIs) of FormCoach's own ids. */
export const FHIR_SYSTEM = {
  lineage: 'urn:formcoach:program-lineage',
  programVersion: 'urn:formcoach:program-version',
  exercise: 'urn:formcoach:exercise',
  clinicKey: 'urn:formcoach:clinic-key-fingerprint',
} as const;

export interface CarePlanContext {
  /** How the patient is named in the clinic's records (display name or initials). */
  readonly patientDisplay: string;
  /** An exercise's name in the clinic's language (the UI's words). */
  readonly exerciseName: (exerciseId: string) => string;
  /** The dose of one prescription in words (sets × reps, rest, tempo, load, side, ROM target). */
  readonly doseText: (p: Prescription) => string;
}

const period = (s: ProgramSchedule): Period => ({
  start: s.boundsPeriod.start,
  ...(s.boundsPeriod.end === null ? {} : { end: s.boundsPeriod.end }),
});

/** The schedule as `Timing.repeat`, field for field (FHIR forbids empty arrays: left out). */
export function timingRepeatOf(s: ProgramSchedule): TimingRepeat {
  return {
    boundsPeriod: period(s),
    frequency: s.frequency,
    period: s.period,
    periodUnit: s.periodUnit,
    ...(s.dayOfWeek.length === 0 ? {} : { dayOfWeek: [...s.dayOfWeek] }),
    ...(s.timeOfDay.length === 0 ? {} : { timeOfDay: [...s.timeOfDay] }),
  };
}

function activityOf(
  p: Prescription,
  schedule: ProgramSchedule | undefined,
  ctx: CarePlanContext,
): CarePlanActivity {
  const name = ctx.exerciseName(p.exerciseId);
  const dose = ctx.doseText(p);
  const description = [dose, p.notes].filter((t) => t.trim() !== '').join('\n');
  return {
    detail: {
      status: schedule === undefined ? 'not-started' : 'scheduled',
      code: {
        coding: [{ system: FHIR_SYSTEM.exercise, code: p.exerciseId, display: name }],
        text: name,
      },
      ...(schedule === undefined ? {} : { scheduledTiming: { repeat: timingRepeatOf(schedule) } }),
      ...(description === '' ? {} : { description }),
    },
  };
}

/** The program as an R4 CarePlan (status active, intent plan). */
export function carePlanFromProgram(program: Program, ctx: CarePlanContext): CarePlan {
  const ref = programVersionOf(program);
  const identifier: Identifier[] = [
    { system: FHIR_SYSTEM.lineage, value: ref.lineageId },
    { system: FHIR_SYSTEM.programVersion, value: program.id },
  ];
  const by = program.prescribedBy;
  return {
    resourceType: 'CarePlan',
    identifier,
    status: 'active',
    intent: 'plan',
    category: [{ text: 'Home exercise program' }],
    ...(program.name === '' ? {} : { title: program.name }),
    ...(program.description === '' ? {} : { description: program.description }),
    subject: { display: ctx.patientDisplay },
    ...(program.schedule === undefined ? {} : { period: period(program.schedule) }),
    created: new Date(program.updatedAt).toISOString(),
    ...(by === undefined
      ? {}
      : {
          author: {
            display: by.displayName,
            identifier: { system: FHIR_SYSTEM.clinicKey, value: by.keyFingerprint },
          },
        }),
    ...(program.exercises.length === 0
      ? {}
      : { activity: program.exercises.map((p) => activityOf(p, program.schedule, ctx)) }),
  };
}
