import { describe, expect, it } from 'vitest';
import { BUILTIN_PROGRAMS } from '../../../src/core/programs/builtin';
import { programValidate } from '../../../src/core/programs/program-validate';
import type { Prescription, Program } from '../../../src/core/session/types';
import { programWith } from '../../helpers/program-fixtures';

const withExercises = (exercises: Prescription[]): Program => ({
  ...(BUILTIN_PROGRAMS[0] as Program),
  exercises,
});
const squat: Prescription = {
  exerciseId: 'squat',
  sets: 2,
  reps: 10,
  holdSeconds: null,
  restSeconds: 30,
  override: null,
  notes: '',
};
const plank: Prescription = { ...squat, exerciseId: 'plank', reps: null, holdSeconds: 20 };

describe('programValidate', () => {
  it('accepts the built-in programs and the tests’ therapist programs', () => {
    for (const p of BUILTIN_PROGRAMS) expect(programValidate(p).ok).toBe(true);
    expect(programValidate(programWith(12, 'fp')).ok).toBe(true);
  });

  it('names an unknown exercise, a dose of the wrong kind, a bad override, by path', () => {
    const r = programValidate(
      withExercises([
        { ...squat, exerciseId: 'moonwalk' },
        { ...squat, holdSeconds: 30 },
        { ...squat, override: { formRules: { no_such_rule: { threshold: 3 } } } },
      ]),
    );
    expect(r).toEqual({
      ok: false,
      error: [
        { path: 'exercises[0].exerciseId', code: 'unknown_exercise', exerciseId: 'moonwalk' },
        { path: 'exercises[1].holdSeconds', code: 'not_hold' },
        {
          path: 'exercises[2].override.formRules.no_such_rule',
          code: 'unknown_rule',
          ruleId: 'no_such_rule',
        },
      ],
    });
  });

  it('checks every level of a progression: a harder variant must exist and take the dose', () => {
    const r = programValidate(
      withExercises([
        {
          ...plank,
          progression: {
            levels: [
              { holdSeconds: 30 },
              { exerciseId: 'plank_on_the_moon' },
              { romTargetDeg: 90 },
            ],
            rules: [{ kind: 'two_for_two' }],
          },
        },
      ]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => `${e.path} ${e.code}`)).toEqual([
      'exercises[0].progression.levels[1].exerciseId unknown_exercise',
      'exercises[0].progression.levels[2].override.romTargetDeg no_rom',
    ]);
  });
});
