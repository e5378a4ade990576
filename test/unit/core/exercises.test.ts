import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISES, getExercise } from '../../../src/core/exercises/library';
import {
  exerciseMergeOverride,
  exerciseOverrideCombine,
} from '../../../src/core/exercises/override';
import { CATEGORIES } from '../../../src/core/exercises/types';
import { validateExerciseDefinition } from '../../../src/core/exercises/validate';

const REQUIRED_IDS = [
  'squat',
  'jump_squat',
  'sit_to_stand',
  'lunge',
  'glute_bridge',
  'calf_raise',
  'hip_abduction_standing',
  'knee_raise_standing',
  'leg_raise_supine',
  'knee_extension_seated',
  'hamstring_curl_standing',
  'shoulder_flexion',
  'shoulder_abduction',
  'lateral_raise',
  'bicep_curl',
  'elbow_flexion',
  'push_up',
  'wall_push_up',
  'jumping_jack',
  'marching',
  'single_leg_stance',
  'tandem_stance',
  'plank',
  'wall_sit',
  'standing_quad_stretch',
];

/** A deep copy with one field replaced, for breaking a valid definition on purpose. */
function withField(
  value: unknown,
  path: readonly (string | number)[],
  replacement: unknown,
): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] ?? ''] = replacement;
  return copy;
}

describe('exercise library', () => {
  it('has every required id, once', () => {
    const ids = EXERCISES.map((e) => e.id);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers every category', () => {
    const categories = new Set(EXERCISES.map((e) => e.category));
    for (const c of CATEGORIES) expect(categories).toContain(c);
  });

  it('passes validation, definition by definition, also after a JSON round trip', () => {
    for (const def of EXERCISES) {
      const result = validateExerciseDefinition(JSON.parse(JSON.stringify(def)));
      expect(result).toEqual({ ok: true, value: def });
    }
  });

  it('names only measures that exist, in rules, reps, ROM, holds and start positions', () => {
    for (const def of EXERCISES) {
      const ids = new Set(def.measures.map((m) => m.id));
      for (const rule of def.formRules) expect(ids, `${def.id}.${rule.id}`).toContain(rule.measure);
      if (def.rep !== null) expect(ids).toContain(def.rep.measure);
      if (def.rom !== null) expect(ids).toContain(def.rom.measure);
      for (const c of def.hold?.conditions ?? []) expect(ids).toContain(c.measure);
      for (const c of def.startPosition.conditions) expect(ids).toContain(c.measure);
      expect(def.formRules.length, def.id).toBeGreaterThan(0);
      expect(def.rep !== null || def.hold !== null).toBe(true);
    }
  });

  it('getExercise throws only for an unknown id', () => {
    expect(getExercise('squat').id).toBe('squat');
    expect(() => getExercise('nope')).toThrow(/unknown exercise/);
  });
});

describe('validateExerciseDefinition', () => {
  const squat = getExercise('squat');

  it('reports the path of a bad field', () => {
    const cases: [readonly (string | number)[], unknown, string][] = [
      [['formRules', 0, 'threshold'], 'high', 'formRules[0].threshold'],
      [['formRules', 1, 'measure'], 'elbow_angle', 'formRules[1].measure'],
      [['measures', 1, 'points'], ['hip'], 'measures[1].points'],
      [['category'], 'cardio', 'category'],
      [['rep', 'minRomFraction'], 2, 'rep.minRomFraction'],
      [['rom', 'measure'], 'hip_height', 'rom.measure'],
      [['views'], [], 'views'],
    ];
    for (const [path, value, expected] of cases) {
      const result = validateExerciseDefinition(withField(squat, path, value));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.map((e) => e.path)).toContain(expected);
    }
  });

  it('rejects duplicate measure ids', () => {
    const dup = withField(squat, ['measures', 1, 'id'], squat.measures[0]?.id);
    const result = validateExerciseDefinition(dup);
    expect(result.ok).toBe(false);
  });

  it('never throws, whatever it is given (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const result = validateExerciseDefinition(raw);
        return result.ok === false || result.ok === true;
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(squat)), fc.anything()), (patch) => {
        validateExerciseDefinition({ ...squat, ...patch });
        return true;
      }),
    );
  });
});

describe('exerciseMergeOverride', () => {
  const squat = getExercise('squat');

  it('applies a patient target, tempo and rule changes and revalidates', () => {
    const result = exerciseMergeOverride(squat, {
      romTargetDeg: 70,
      tempo: { downSeconds: 3 },
      formRules: { knee_valgus: { threshold: 0.8 }, trunk_lean: { disabled: true } },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rom?.targetDeg).toBe(70);
    expect(result.value.tempo).toEqual({ upSeconds: squat.tempo?.upSeconds, downSeconds: 3 });
    expect(result.value.formRules.map((r) => r.id)).toEqual(['knee_valgus']);
    expect(result.value.formRules[0]?.threshold).toBe(0.8);
    expect(squat.rom?.targetDeg).toBe(90);
  });

  it('refuses unknown rules and values the validator rejects', () => {
    const unknown = exerciseMergeOverride(squat, { formRules: { shrug: { threshold: 1 } } });
    expect(unknown.ok).toBe(false);
    const bad = exerciseMergeOverride(squat, { romTargetDeg: -5 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.map((e) => e.path)).toContain('rom.targetDeg');
    const notHold = exerciseMergeOverride(squat, { holdSeconds: 30 });
    expect(notHold.ok).toBe(false);
  });
});

describe('exerciseOverrideCombine', () => {
  it('lays a re-scoring over a prescription override field by field', () => {
    const base = {
      romTargetDeg: 80,
      tempo: { upSeconds: 2 },
      formRules: { trunk_lean: { threshold: 45, persistMs: 400 } },
    };
    const combined = exerciseOverrideCombine(base, {
      romTargetDeg: 70,
      tempo: { downSeconds: 3 },
      formRules: { trunk_lean: { threshold: 40 } },
    });
    expect(combined).toEqual({
      romTargetDeg: 70,
      tempo: { upSeconds: 2, downSeconds: 3 },
      formRules: { trunk_lean: { threshold: 40, persistMs: 400 } },
    });
    const merged = exerciseMergeOverride(getExercise('squat'), combined);
    expect(merged.ok && merged.value.formRules.find((r) => r.id === 'trunk_lean')?.threshold).toBe(
      40,
    );
    expect(exerciseOverrideCombine(null, { romTargetDeg: 70 })).toEqual({ romTargetDeg: 70 });
  });
});
