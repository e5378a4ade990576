// The exercise library: every built-in definition goes through the same validator as a therapist's
// program would, when this module loads. An invalid built-in is a bug, so that one case throws.
import { HOLDS } from './library-holds';
import { LOWER_BODY } from './library-lower-body';
import { SQUAT_FAMILY } from './library-squat-family';
import { UPPER_BODY } from './library-upper-body';
import type { ExerciseDefinition } from './types';
import { validateExerciseDefinition } from './validate';

function loadAll(raw: readonly ExerciseDefinition[]): readonly ExerciseDefinition[] {
  return raw.map((def) => {
    const result = validateExerciseDefinition(def);
    if (!result.ok) {
      const detail = result.error.map((e) => `${e.path}: ${e.code}`).join('; ');
      throw new Error(`Exercise library: "${def.id}" is invalid: ${detail}`);
    }
    return result.value;
  });
}

export const EXERCISES: readonly ExerciseDefinition[] = loadAll([
  ...SQUAT_FAMILY,
  ...LOWER_BODY,
  ...UPPER_BODY,
  ...HOLDS,
]);

const BY_ID = new Map(EXERCISES.map((def) => [def.id, def]));

export const exerciseIds = (): string[] => EXERCISES.map((def) => def.id);

/** The built-in definition with this id, or null. */
export const findExercise = (id: string): ExerciseDefinition | null => BY_ID.get(id) ?? null;

/** The built-in definition with this id; an unknown id is a programming error and throws. */
export function getExercise(id: string): ExerciseDefinition {
  const def = BY_ID.get(id);
  if (def === undefined) throw new Error(`Exercise library: unknown exercise "${id}"`);
  return def;
}
