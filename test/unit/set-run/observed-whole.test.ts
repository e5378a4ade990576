// A repetition counts only when it is observed whole: start position → target → back in the start
// position. A recording that ends while the person is still on the way back (fast jumping jacks:
// the arms coming down from the last open position) has not shown the rep's end: that rep is a
// not_completed partial, whichever path (live, file, replay) runs the set. One that ends after the
// return has come to a stop counts, however soon after.
import { describe, expect, it } from 'vitest';
import { getExercise } from '../../../src/core/exercises/library';
import { OPEN_PROTOCOL, setRunReplay } from '../../../src/core/set-run';
import { JACK_OUT, repSet } from '../../helpers/exercise-sets';
import type { RepPlan } from '../../helpers/motion';
import { STANDING } from '../../helpers/stick-body';

const FAST: RepPlan = { leadMs: 800, count: 6, outMs: 500, backMs: 500, restMs: 200 };

function jacksUpTo(toMs: number) {
  const { frames, schedule } = repSet(STANDING, [JACK_OUT], FAST, { seed: 31 });
  const run = setRunReplay(
    getExercise('jumping_jack'),
    OPEN_PROTOCOL,
    frames.filter((f) => f.timestampMs <= toMs),
  );
  return { summary: run.summary, schedule };
}

describe('a rep cut off by the end of the recording', () => {
  const last = repSet(STANDING, [JACK_OUT], FAST, { seed: 31 }).schedule.reps[5];
  if (last === undefined) throw new Error('the plan has six reps');
  // Fractions of the last rep's return (in time) when the recording stops; with the eased motion,
  // 60% of the way in time leaves the arms ~35% of their range above the start, 80% ~10% (still
  // coming down).
  for (const through of [0.6, 0.7, 0.8]) {
    it(`is a not_completed partial when the recording ends ${100 * through}% through its return`, () => {
      const { summary } = jacksUpTo(last.peakMs + through * FAST.backMs);
      expect(summary.repCount).toBe(5);
      expect(summary.partials.map((p) => p.reason)).toEqual(['not_completed']);
      expect(summary.partials[0]?.startMs).toBeGreaterThan(last.startMs - FAST.restMs);
    });
  }

  it('counts when the recording ends just after the return has stopped (before it settles)', () => {
    const { summary } = jacksUpTo(last.endMs + 150);
    expect(summary.repCount).toBe(6);
    expect(summary.partials).toEqual([]);
  });
});
