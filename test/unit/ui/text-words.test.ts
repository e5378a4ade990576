// The words the core leaves to the UI: every library exercise and form rule, and every built-in
// program, has its words in the text module, and no word entry names something that is not there.
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../../src/core/exercises/library';
import { BUILTIN_PROGRAMS } from '../../../src/core/programs/builtin';
import { EXERCISE_WORDS } from '../../../src/ui/text/exercise-words';
import { PROGRAM_WORDS } from '../../../src/ui/text/program-words';
import { exerciseSetup, ruleCue, text } from '../../../src/ui/text';

const filled = (s: string | undefined): boolean => s !== undefined && s.trim() !== '';

describe('exercise words', () => {
  it('has a name, setup and start position for every library exercise', () => {
    const missing = EXERCISES.flatMap((def) => {
      const w = EXERCISE_WORDS[def.id];
      return filled(w?.name) && filled(w?.setup) && filled(w?.startPosition) ? [] : [def.id];
    });
    expect(missing).toEqual([]);
  });

  it('has the words of every form rule of every library exercise', () => {
    const missing = EXERCISES.flatMap((def) =>
      def.formRules
        .filter((r) => !filled(EXERCISE_WORDS[def.id]?.cues[r.id]))
        .map((r) => `${def.id}.${r.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no words for an exercise or rule the library does not have', () => {
    const orphans = Object.entries(EXERCISE_WORDS).flatMap(([id, w]) => {
      const def = EXERCISES.find((d) => d.id === id);
      if (def === undefined) return [id];
      return Object.keys(w.cues)
        .filter((ruleId) => !def.formRules.some((r) => r.id === ruleId))
        .map((ruleId) => `${id}.${ruleId}`);
    });
    expect(orphans).toEqual([]);
  });

  it('says a therapist’s own words where a program gives them', () => {
    expect(ruleCue('squat', 'knee_valgus')).toBe('Push your knees out over your toes');
    expect(ruleCue('jump_squat', 'knee_valgus')).toBe('Land with your knees over your toes');
    expect(ruleCue('squat', 'knee_valgus', 'Knees apart, Mrs Jones')).toBe(
      'Knees apart, Mrs Jones',
    );
    expect(exerciseSetup({ id: 'squat' })).toMatch(/^Stand side-on/);
    expect(exerciseSetup({ id: 'squat', setup: 'Use the blue chair.' })).toBe(
      'Use the blue chair.',
    );
  });
});

describe('program words', () => {
  it('has a name and description for every built-in program, and notes only for its exercises', () => {
    expect(Object.keys(PROGRAM_WORDS).sort()).toEqual(BUILTIN_PROGRAMS.map((p) => p.id).sort());
    for (const program of BUILTIN_PROGRAMS) {
      const w = PROGRAM_WORDS[program.id];
      expect(filled(w?.name) && filled(w?.description), program.id).toBe(true);
      const ids = program.exercises.map((e) => e.exerciseId);
      expect(
        Object.keys(w?.notes ?? {}).filter((id) => !ids.includes(id)),
        program.id,
      ).toEqual([]);
    }
  });

  it('shows a therapist’s program with its own words', () => {
    const own = { id: 'p1', source: 'therapist', name: 'After surgery', description: 'Week 2' };
    expect(text.programs.name({ ...own, source: 'therapist' })).toBe('After surgery');
    expect(text.programs.description({ ...own, source: 'therapist' })).toBe('Week 2');
  });
});
