// What a new program changes from the one followed now, for the patient's preview before they
// accept it: exercises added, removed, or with a changed dose (matched by exercise id), and
// whether the schedule changed. Nothing followed now (or a built-in starter program): a new program.
import type { Prescription, Program } from '../session/types';

/** The parts of a prescription a patient sees change. */
export type PrescriptionField =
  | 'sets'
  | 'reps'
  | 'hold'
  | 'duration'
  | 'rest'
  | 'side'
  | 'load'
  | 'romTarget'
  | 'form'
  | 'notes'
  | 'level';

export type ExerciseChange =
  | { readonly kind: 'added'; readonly exerciseId: string }
  | { readonly kind: 'removed'; readonly exerciseId: string }
  | {
      readonly kind: 'changed';
      readonly exerciseId: string;
      readonly fields: readonly PrescriptionField[];
    };

export type ProgramChanges =
  | { readonly kind: 'new_program' }
  | {
      readonly kind: 'changes';
      readonly exercises: readonly ExerciseChange[];
      readonly scheduleChanged: boolean;
    };

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Each field's value as the patient sees it (absent and default read the same). */
const FIELD_VALUES: Readonly<Record<PrescriptionField, (p: Prescription) => unknown>> = {
  sets: (p) => p.sets,
  reps: (p) => p.reps,
  hold: (p) => p.holdSeconds,
  duration: (p) => p.durationSeconds ?? null,
  rest: (p) => p.restSeconds,
  side: (p) => p.side ?? null,
  load: (p) => p.load ?? null,
  romTarget: (p) => p.override?.romTargetDeg ?? null,
  form: (p) => Object.entries(p.override ?? {}).filter(([key]) => key !== 'romTargetDeg'),
  notes: (p) => p.notes,
  level: (p) => p.level ?? 1,
};

const FIELDS = Object.keys(FIELD_VALUES) as PrescriptionField[];

export function prescriptionChangedFields(
  before: Prescription,
  after: Prescription,
): PrescriptionField[] {
  return FIELDS.filter((f) => !same(FIELD_VALUES[f](before), FIELD_VALUES[f](after)));
}

export function programChanges(current: Program | null, incoming: Program): ProgramChanges {
  if (current === null || current.source !== 'therapist') return { kind: 'new_program' };
  const before = new Map(current.exercises.map((p) => [p.exerciseId, p]));
  const after = new Map(incoming.exercises.map((p) => [p.exerciseId, p]));
  const exercises: ExerciseChange[] = [];
  for (const [exerciseId, p] of after) {
    const old = before.get(exerciseId);
    if (old === undefined) {
      exercises.push({ kind: 'added', exerciseId });
      continue;
    }
    const fields = prescriptionChangedFields(old, p);
    if (fields.length > 0) exercises.push({ kind: 'changed', exerciseId, fields });
  }
  for (const exerciseId of before.keys()) {
    if (!after.has(exerciseId)) exercises.push({ kind: 'removed', exerciseId });
  }
  return {
    kind: 'changes',
    exercises,
    scheduleChanged: !same(current.schedule ?? null, incoming.schedule ?? null),
  };
}
