// Built-in starter programs (knee, shoulder, back, balance) made of library exercises, used until a
// therapist prescribes a program. Plain data of the session model's Program type. Their words
// (name, description, a note per exercise) are the UI's, by program id: a built-in program's
// `name`, `description` and `notes` are empty here, where a therapist's program carries its own.
import { exerciseMergeOverride } from '../exercises/override';
import { getExercise } from '../exercises/library';
import type { ExerciseDefinition } from '../exercises/types';
import type { ValidationResult } from '../exercises/validate-fields';
import type { Prescription, Program } from '../session/types';

const reps = (exerciseId: string, sets: number, count: number): Prescription => ({
  exerciseId,
  sets,
  reps: count,
  holdSeconds: null,
  restSeconds: 30,
  override: null,
  notes: '',
});

const hold = (exerciseId: string, sets: number, seconds: number): Prescription => ({
  exerciseId,
  sets,
  reps: null,
  holdSeconds: seconds,
  restSeconds: 30,
  override: null,
  notes: '',
});

const program = (id: string, exercises: readonly Prescription[]): Program => ({
  id,
  name: '',
  description: '',
  source: 'builtin',
  frequencyPerWeek: 3,
  exercises,
  createdAt: 0,
  updatedAt: 0,
});

export const BUILTIN_PROGRAMS: readonly Program[] = [
  program('builtin-knee', [
    reps('squat', 2, 8),
    reps('sit_to_stand', 2, 8),
    reps('knee_extension_seated', 2, 10),
    reps('hamstring_curl_standing', 2, 10),
  ]),
  program('builtin-shoulder', [
    reps('shoulder_flexion', 2, 10),
    reps('shoulder_abduction', 2, 10),
    reps('wall_push_up', 2, 10),
  ]),
  program('builtin-back', [
    reps('glute_bridge', 2, 10),
    hold('plank', 3, 20),
    reps('hip_abduction_standing', 2, 10),
    reps('hip_extension_standing', 2, 10),
  ]),
  program('builtin-balance', [
    hold('tandem_stance', 3, 20),
    hold('single_leg_stance', 3, 20),
    reps('calf_raise', 2, 10),
  ]),
];

export const DEFAULT_PROGRAM_ID = 'builtin-knee';

export const findProgram = (id: string): Program | null =>
  BUILTIN_PROGRAMS.find((p) => p.id === id) ?? null;

/** The definition the analyzer runs for a prescription: the library's, with its override and hold. */
export function prescriptionDefinition(
  prescription: Prescription,
): ValidationResult<ExerciseDefinition> {
  const base = getExercise(prescription.exerciseId);
  return exerciseMergeOverride(base, {
    ...prescription.override,
    ...(prescription.holdSeconds !== null && base.hold !== null
      ? { holdSeconds: prescription.holdSeconds }
      : {}),
  });
}
