// Per-patient overrides from a therapist's program: a few fields of a definition replaced, the
// result validated again (so an override can never produce an invalid definition).
import type { CameraView, ExerciseDefinition, FormRule, RepSpec, TempoSpec } from './types';
import { validateExerciseDefinition } from './validate';
import type { ValidationError, ValidationResult } from './validate-fields';

export interface FormRuleOverride {
  readonly threshold?: number;
  readonly persistMs?: number;
  /** The therapist's own words for the rule, said instead of the library's. */
  readonly cue?: string;
  readonly severity?: FormRule['severity'];
  /** Switch the rule off for this patient. */
  readonly disabled?: boolean;
}

export interface ExerciseOverride {
  readonly romTargetDeg?: number;
  readonly holdSeconds?: number;
  readonly holdAtTargetSeconds?: number;
  readonly tempo?: Partial<TempoSpec>;
  readonly rep?: Partial<
    Pick<RepSpec, 'minExcursion' | 'minRomFraction' | 'minRepMs' | 'maxRepMs'>
  >;
  readonly views?: readonly CameraView[];
  /** The therapist's own setup note, shown instead of the library's words. */
  readonly setup?: string;
  /** By form rule id. */
  readonly formRules?: Readonly<Record<string, FormRuleOverride>>;
}

/** Applies `override` to `def` and validates the result; unknown rule ids are errors too. */
export function exerciseMergeOverride(
  def: ExerciseDefinition,
  override: ExerciseOverride,
): ValidationResult<ExerciseDefinition> {
  const errors: ValidationError[] = [];
  const ruleOverrides = override.formRules ?? {};
  for (const id of Object.keys(ruleOverrides)) {
    if (!def.formRules.some((r) => r.id === id)) {
      errors.push({ path: `formRules.${id}`, code: 'unknown_rule', ruleId: id });
    }
  }
  if (override.romTargetDeg !== undefined && def.rom === null) {
    errors.push({ path: 'romTargetDeg', code: 'no_rom' });
  }
  if (override.holdSeconds !== undefined && def.hold === null) {
    errors.push({ path: 'holdSeconds', code: 'not_hold' });
  }
  if (override.rep !== undefined && def.rep === null) {
    errors.push({ path: 'rep', code: 'no_reps' });
  }
  if (errors.length > 0) return { ok: false, error: errors };
  const formRules = def.formRules.flatMap((r): FormRule[] => {
    const o = ruleOverrides[r.id];
    if (o === undefined) return [r];
    if (o.disabled === true) return [];
    return [
      {
        ...r,
        ...(o.threshold === undefined ? {} : { threshold: o.threshold }),
        ...(o.persistMs === undefined ? {} : { persistMs: o.persistMs }),
        ...(o.cue === undefined ? {} : { cue: o.cue }),
        ...(o.severity === undefined ? {} : { severity: o.severity }),
      },
    ];
  });
  const merged: ExerciseDefinition = {
    ...def,
    ...(override.views === undefined ? {} : { views: override.views }),
    ...(override.setup === undefined ? {} : { setup: override.setup }),
    rep: def.rep === null ? null : { ...def.rep, ...override.rep },
    rom:
      def.rom === null || override.romTargetDeg === undefined
        ? def.rom
        : { ...def.rom, targetDeg: override.romTargetDeg },
    hold:
      def.hold === null || override.holdSeconds === undefined
        ? def.hold
        : { ...def.hold, targetSeconds: override.holdSeconds },
    holdAtTargetSeconds: override.holdAtTargetSeconds ?? def.holdAtTargetSeconds,
    tempo:
      override.tempo === undefined
        ? def.tempo
        : { upSeconds: 1, downSeconds: 1, ...def.tempo, ...override.tempo },
    formRules,
  };
  return validateExerciseDefinition(merged);
}

/**
 * `over` laid over `base` (a therapist's re-scoring over the prescription's override): fields of
 * `over` win; tempo, rep and form rules are merged field by field.
 */
export function exerciseOverrideCombine(
  base: ExerciseOverride | null,
  over: ExerciseOverride,
): ExerciseOverride {
  if (base === null) return over;
  const formRules: Record<string, FormRuleOverride> = { ...base.formRules };
  for (const [id, rule] of Object.entries(over.formRules ?? {})) {
    formRules[id] = { ...formRules[id], ...rule };
  }
  return {
    ...base,
    ...over,
    ...(base.tempo === undefined && over.tempo === undefined
      ? {}
      : { tempo: { ...base.tempo, ...over.tempo } }),
    ...(base.rep === undefined && over.rep === undefined
      ? {}
      : { rep: { ...base.rep, ...over.rep } }),
    ...(Object.keys(formRules).length === 0 ? {} : { formRules }),
  };
}
