// What the exercise library and its validator say of a program: every exercise known, the dose
// of the kind the exercise is (reps or a hold), and the definition it runs — at every level of its
// progression — valid after the therapist's override. The import schema checks shapes and ranges;
// this checks meaning, so a program from a link or another device is refused before it is shown
// to the patient, with the path of each problem.
import { findExercise } from '../exercises/library';
import type { ValidationError } from '../exercises/validate-fields';
import type { Result } from '../result';
import type { Prescription, Program } from '../session/types';
import { prescriptionDefinition } from './builtin';
import { prescriptionAtLevel, progressionTopLevel } from './progression';

export type ProgramProblem =
  | ValidationError
  | { readonly path: string; readonly code: 'unknown_exercise'; readonly exerciseId: string };

function doseProblems(p: Prescription, path: string): ProgramProblem[] {
  const def = findExercise(p.exerciseId);
  if (def === null) {
    return [{ path: `${path}.exerciseId`, code: 'unknown_exercise', exerciseId: p.exerciseId }];
  }
  const problems: ProgramProblem[] = [];
  if (p.holdSeconds !== null && def.hold === null) {
    problems.push({ path: `${path}.holdSeconds`, code: 'not_hold' });
  }
  if (p.reps !== null && def.rep === null) problems.push({ path: `${path}.reps`, code: 'no_reps' });
  if (problems.length > 0) return problems;
  const merged = prescriptionDefinition(p);
  return merged.ok ? [] : merged.error.map((e) => ({ ...e, path: `${path}.override.${e.path}` }));
}

export function programValidate(program: Program): Result<Program, readonly ProgramProblem[]> {
  const problems = program.exercises.flatMap((base, i) => {
    const path = `exercises[${i}]`;
    const atBase = doseProblems(base, path);
    // A level inherits the base's dose: its problems would repeat the base's.
    if (atBase.length > 0) return atBase;
    const top = base.progression === undefined ? 1 : progressionTopLevel(base.progression);
    const levels = Array.from({ length: top - 1 }, (_, k) =>
      doseProblems(prescriptionAtLevel(base, k + 2), `${path}.progression.levels[${k}]`),
    );
    return levels.flat();
  });
  return problems.length === 0 ? { ok: true, value: program } : { ok: false, error: problems };
}
