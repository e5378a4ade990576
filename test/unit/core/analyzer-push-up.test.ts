// Push-ups on a synthetic prone stick body: exact counts from the side and at an angle, elbow ROM
// from the posed bend, and a sagging body line reported as the hip_sag fault of each rep.
import { describe, expect, it } from 'vitest';
import { createExerciseAnalyzer } from '../../../src/core/analyzer';
import { getExercise } from '../../../src/core/exercises/library';
import type { PoseFrame } from '../../../src/core/landmarks';
import { PUSH_UP_BOTTOM, PUSH_UP_TOP, repSet } from '../../helpers/exercise-sets';
import type { RepPlan } from '../../helpers/motion';
import type { Pose } from '../../helpers/stick-body';

const PLAN: RepPlan = { leadMs: 1000, count: 5, outMs: 900, backMs: 900, restMs: 600 };

function analyse(frames: readonly PoseFrame[]) {
  const analyzer = createExerciseAnalyzer(getExercise('push_up'));
  for (const f of frames) analyzer.push(f);
  return analyzer.finish();
}

describe('push-ups on synthetic sets', () => {
  for (const view of ['side', 'oblique'] as const) {
    it(`counts push-ups exactly from the ${view}, with the elbow's ROM`, () => {
      const { frames, schedule } = repSet(PUSH_UP_TOP, [PUSH_UP_BOTTOM], PLAN, { view, seed: 41 });
      const summary = analyse(frames);
      expect(summary.repCount).toBe(5);
      expect(summary.partials).toEqual([]);
      summary.reps.forEach((rep, i) => {
        expect(Math.abs(rep.endTimestampMs - (schedule.reps[i]?.endMs ?? 0))).toBeLessThan(500);
        // Elbow flexion posed at 100° (ROM zero 180°, so peak ROM = the flexion).
        expect(Math.abs((rep.quality.peakRomDeg ?? 0) - 100)).toBeLessThan(3);
        expect(rep.quality.faults).toEqual([]);
      });
    });
  }

  it('reports sagging hips as a hip_sag fault in every rep, still counting them', () => {
    const sag = (p: Pose): Pose => ({ ...p, hipFlexL: -30, hipFlexR: -30 });
    const { frames } = repSet(sag(PUSH_UP_TOP), [sag(PUSH_UP_BOTTOM)], PLAN, {
      view: 'side',
      seed: 42,
    });
    const summary = analyse(frames);
    expect(summary.repCount).toBe(5);
    for (const rep of summary.reps)
      expect(rep.quality.faults.map((f) => f.ruleId)).toEqual(['hip_sag']);
  });
});
