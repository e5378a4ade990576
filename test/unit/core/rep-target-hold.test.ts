// holdAtTargetSeconds: the pause at the top of each rep is measured (targetHoldMs) and a rep that
// pauses for less than the definition asks is still counted but flagged (targetHoldShort).
import { describe, expect, it } from 'vitest';
import { createExerciseAnalyzer } from '../../../src/core/analyzer';
import { getExercise } from '../../../src/core/exercises/library';
import type { ExerciseDefinition } from '../../../src/core/exercises/types';
import type { PoseFrame } from '../../../src/core/landmarks';
import { targetHoldMsOf } from '../../../src/core/rep-quality';
import { repSet, SQUAT_BOTTOM } from '../../helpers/exercise-sets';
import type { RepPlan } from '../../helpers/motion';
import { STANDING } from '../../helpers/stick-body';

const PLAN: RepPlan = { leadMs: 1000, count: 4, outMs: 1000, backMs: 1000, restMs: 800 };
const pausedSquat: ExerciseDefinition = { ...getExercise('squat'), holdAtTargetSeconds: 1 };

function analyse(def: ExerciseDefinition, frames: readonly PoseFrame[]) {
  const analyzer = createExerciseAnalyzer(def);
  for (const f of frames) analyzer.push(f);
  return analyzer.finish();
}

describe('the pause at the target of each rep', () => {
  it('sums the time spent within 10% of the amplitude of the peak', () => {
    const signal = [0, 0.5, 0.95, 1, 0.97, 0.92, 0.5, 0].map((v, i) => ({ t: 100 * i, v }));
    // Intervals 2→3, 3→4, 4→5 lie at or above 0.9.
    expect(targetHoldMsOf(signal, { peakProgress: 1, amplitude: 1 })).toBe(300);
  });

  it('passes reps that pause long enough', () => {
    const { frames } = repSet(
      STANDING,
      [SQUAT_BOTTOM],
      { ...PLAN, holdMs: 1300 },
      {
        view: 'side',
        seed: 31,
      },
    );
    const summary = analyse(pausedSquat, frames);
    expect(summary.repCount).toBe(4);
    for (const rep of summary.reps) {
      expect(rep.quality.targetHoldMs).toBeGreaterThanOrEqual(1000);
      expect(rep.quality.targetHoldShort).toBe(false);
    }
  });

  it('counts reps without a pause but flags them, leaving the score alone', () => {
    const { frames } = repSet(STANDING, [SQUAT_BOTTOM], PLAN, { view: 'side', seed: 32 });
    const flagged = analyse(pausedSquat, frames);
    const plain = analyse(getExercise('squat'), frames);
    expect(flagged.repCount).toBe(4);
    for (const rep of flagged.reps) {
      expect(rep.quality.targetHoldMs).toBeLessThan(1000);
      expect(rep.quality.targetHoldShort).toBe(true);
    }
    expect(plain.reps.map((r) => r.quality.targetHoldShort)).toEqual([null, null, null, null]);
    expect(flagged.reps.map((r) => r.quality.score)).toEqual(
      plain.reps.map((r) => r.quality.score),
    );
  });
});
