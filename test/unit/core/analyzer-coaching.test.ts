// Form faults, repositioning cues and the shape of the analyzer's output.
import { describe, expect, it } from 'vitest';
import { createExerciseAnalyzer } from '../../../src/core/analyzer';
import { getExercise } from '../../../src/core/exercises/library';
import type { PoseFrame } from '../../../src/core/landmarks';
import { repSet, SQUAT_BOTTOM } from '../../helpers/exercise-sets';
import { frameStream } from '../../helpers/motion';
import { STANDING, type Pose } from '../../helpers/stick-body';

const PLAN = { leadMs: 1000, count: 3, outMs: 1200, backMs: 1200, restMs: 800, holdMs: 500 };

function analyse(exerciseId: string, frames: readonly PoseFrame[]) {
  const analyzer = createExerciseAnalyzer(getExercise(exerciseId));
  const updates = frames.map((f) => analyzer.push(f));
  return { updates, summary: analyzer.finish() };
}

describe('form rules', () => {
  it('flags excessive trunk lean in a squat seen side-on, with its cue, on the reps it happened in', () => {
    const leaning: Pose = { ...SQUAT_BOTTOM, trunkLean: 65 };
    const { frames } = repSet(STANDING, [leaning], PLAN, { view: 'side' });
    const { updates, summary } = analyse('squat', frames);
    expect(summary.repCount).toBe(3);
    for (const rep of summary.reps)
      expect(rep.quality.faults.map((f) => f.ruleId)).toEqual(['trunk_lean']);
    const cue = updates.flatMap((u) => u.cues).find((c) => c.kind === 'form_fault');
    expect(cue?.message).toEqual({
      code: 'form_fault',
      exerciseId: 'squat',
      ruleId: 'trunk_lean',
      note: null,
    });
    const upright = analyse(
      'squat',
      repSet(STANDING, [SQUAT_BOTTOM], PLAN, { view: 'side' }).frames,
    );
    expect(upright.summary.faults).toEqual([]);
    expect(Math.min(...summary.reps.map((r) => r.quality.score))).toBeLessThan(
      Math.min(...upright.summary.reps.map((r) => r.quality.score)),
    );
  });

  it('flags knees caving in (valgus) only where it can be seen: from the front', () => {
    // Thighs turned in: knees closer together than the ankles.
    const valgus: Pose = { ...SQUAT_BOTTOM, hipAbdL: -12, hipAbdR: -12 };
    const front = analyse('squat', repSet(STANDING, [valgus], PLAN, { view: 'front' }).frames);
    expect(front.summary.faults.map((f) => f.ruleId)).toContain('knee_valgus');
    const side = analyse('squat', repSet(STANDING, [valgus], PLAN, { view: 'side' }).frames);
    expect(side.summary.faults.map((f) => f.ruleId)).not.toContain('knee_valgus');
  });

  it('flags hips sagging in a plank as a safety fault', () => {
    const plank: Pose = {
      ...STANDING,
      yaw: 90,
      roll: -90,
      shoulderFlexL: 90,
      shoulderFlexR: 90,
      elbowFlexL: 90,
      elbowFlexR: 90,
    };
    // Hips dropped towards the floor: thighs and trunk bend the body at the hip.
    const sag: Pose = { ...plank, hipFlexL: -22, hipFlexR: -22, trunkLean: -10 };
    const frames = frameStream((t) => (t < 3000 ? plank : sag), { fps: 30, durationMs: 7000 });
    const { updates, summary } = analyse('plank', frames);
    expect(summary.faults.map((f) => f.ruleId)).toEqual(['hip_sag']);
    expect(
      updates.flatMap((u) => u.cues).some((c) => c.kind === 'form_fault' && c.priority === 0),
    ).toBe(true);
  });
});

describe('repositioning', () => {
  it('asks the person to step back when the feet are out of view', () => {
    const feetHidden = (i: number) => (i >= 27 ? 0.05 : 0.99);
    const frames = frameStream(() => STANDING, {
      fps: 30,
      durationMs: 3000,
      visibilityAt: feetHidden,
    });
    const cues = analyse('squat', frames).updates.flatMap((u) => u.cues);
    expect(cues.map((c) => c.message)).toContainEqual({
      code: 'reposition',
      problem: 'feet_out_of_view',
    });
  });

  it('asks for a side view when a side-only exercise is filmed from the front', () => {
    const frames = frameStream(() => STANDING, { fps: 30, durationMs: 4000 });
    const cues = analyse('wall_push_up', frames).updates.flatMap((u) => u.cues);
    expect(cues.map((c) => c.message)).toContainEqual({ code: 'turn', to: 'side' });
    const sideOn = frameStream(() => ({ ...STANDING, yaw: 90 }), { fps: 30, durationMs: 4000 });
    expect(
      analyse('wall_push_up', sideOn)
        .updates.flatMap((u) => u.cues)
        .map((c) => c.kind),
    ).not.toContain('reposition');
  });
});

describe('analyzer output', () => {
  it('is plain structured-cloneable data, and the same for the same input', () => {
    const { frames } = repSet(STANDING, [SQUAT_BOTTOM], PLAN, { view: 'oblique' });
    const a = analyse('squat', frames);
    const b = analyse('squat', frames);
    expect(b.updates).toEqual(a.updates);
    expect(b.summary).toEqual(a.summary);
    expect(structuredClone(a.summary)).toEqual(a.summary);
    for (const u of a.updates) expect(structuredClone(u)).toEqual(u);
    expect(JSON.parse(JSON.stringify(a.summary))).toEqual(a.summary);
  });

  it('reports hold fields only for holds, and rep fields for every exercise', () => {
    const { frames } = repSet(STANDING, [SQUAT_BOTTOM], PLAN, { view: 'side' });
    const { updates, summary } = analyse('squat', frames);
    expect(summary.holdSeconds).toBeNull();
    expect(updates[0]?.hold).toBeNull();
    const plank = analyse('plank', frames);
    expect(plank.summary.holdSeconds).not.toBeNull();
    expect(plank.summary.repCount).toBe(0);
  });
});
