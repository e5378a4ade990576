// The words of an exercise, looked up by its id (exercise-words.ts): the library's definitions
// carry ids only. A therapist's own note (a program's override) comes first where there is one.
import type { ExerciseDefinition } from '../../core/exercises/types';
import { EXERCISE_WORDS, type ExerciseWords } from './exercise-words';

/** Said for a rule with neither library words nor a therapist's note (a definition from elsewhere). */
const UNNAMED_RULE = 'Check your form';

const wordsOf = (exerciseId: string): ExerciseWords | undefined => EXERCISE_WORDS[exerciseId];

/** The exercise's name; an exercise without words (not in this version's library) shows its id. */
export const exerciseName = (exerciseId: string): string => wordsOf(exerciseId)?.name ?? exerciseId;

/** How to set up: the therapist's note where the program has one, else the library's words. */
export const exerciseSetup = (def: Pick<ExerciseDefinition, 'id' | 'setup'>): string =>
  def.setup ?? wordsOf(def.id)?.setup ?? '';

/** The start position, as "Start position: …" completes it. */
export const exerciseStartPosition = (exerciseId: string): string =>
  wordsOf(exerciseId)?.startPosition ?? '';

/** What a form rule says: the therapist's note where there is one, else the library's words. */
export const ruleCue = (exerciseId: string, ruleId: string, note: string | null = null): string =>
  note ?? wordsOf(exerciseId)?.cues[ruleId] ?? UNNAMED_RULE;

export const exercises = {
  name: exerciseName,
  setup: exerciseSetup,
  startPosition: exerciseStartPosition,
  ruleCue,
} as const;
