// How the first movement of a set is judged when tracking begins (rep-counter.ts): one already
// under way (its first sample more than startTolerance = 35% of the rep's amplitude into the
// excursion) is a started_mid_movement partial; one begun from rest in the start position counts,
// however soon after tracking begins. (Squat depth is read on hip height, which barely moves over
// the first third of the knee bend: 70% of the way through the descent in time is ~68% of the
// hip-height excursion, 50% only ~30%, which still counts.)
import { describe, expect, it } from 'vitest';
import { createExerciseAnalyzer } from '../../../src/core/analyzer';
import { getExercise } from '../../../src/core/exercises/library';
import type { PoseFrame } from '../../../src/core/landmarks';
import { repSet, SQUAT_BOTTOM } from '../../helpers/exercise-sets';
import type { RepPlan } from '../../helpers/motion';
import { STANDING } from '../../helpers/stick-body';

const PLAN: RepPlan = { leadMs: 1000, count: 4, outMs: 1200, backMs: 1200, restMs: 800 };

function analyse(frames: readonly PoseFrame[]) {
  const analyzer = createExerciseAnalyzer(getExercise('squat'));
  for (const f of frames) analyzer.push(f);
  return analyzer.finish();
}

describe('the first movement after tracking begins', () => {
  for (const into of [0.7, 0.85]) {
    it(`is a started_mid_movement partial when tracking begins ${100 * into}% of the way through a descent`, () => {
      const { frames, schedule } = repSet(STANDING, [SQUAT_BOTTOM], PLAN, {
        view: 'side',
        seed: 21,
      });
      const first = schedule.reps[0];
      const from = (first?.startMs ?? 0) + into * PLAN.outMs;
      const summary = analyse(frames.filter((f) => f.timestampMs >= from));
      expect(summary.repCount).toBe(3);
      expect(summary.partials.map((p) => p.reason)).toEqual(['started_mid_movement']);
      expect(summary.partials[0]?.endTimestampMs).toBeLessThan(first?.endMs ?? 0);
    });
  }

  for (const leadMs of [0, 100]) {
    it(`counts a rep begun from rest in the start position ${leadMs} ms after tracking begins`, () => {
      const { frames, schedule } = repSet(
        STANDING,
        [SQUAT_BOTTOM],
        { ...PLAN, leadMs },
        {
          view: 'side',
          seed: 22,
        },
      );
      const summary = analyse(frames);
      expect(summary.repCount).toBe(4);
      expect(summary.partials).toEqual([]);
      const firstEnd = schedule.reps[0]?.endMs ?? 0;
      expect(Math.abs((summary.reps[0]?.endTimestampMs ?? 0) - firstEnd)).toBeLessThan(500);
    });
  }
});
