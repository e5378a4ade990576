// The start-position gate checks the posture each exercise is done in (issue #9, item 4): a
// standing squat is not a seated knee extension nor a sit to stand, and when nothing counts the
// analyzer says why within a few seconds.
import { describe, expect, it } from 'vitest';
import type { AnalysisUpdate } from '../../../src/core/analysis-types';
import { createExerciseAnalyzer } from '../../../src/core/analyzer';
import { getExercise } from '../../../src/core/exercises/library';
import type { PoseFrame } from '../../../src/core/landmarks';
import { NOT_COUNTING_AFTER_MS } from '../../../src/core/not-counting';
import { repSet } from '../../helpers/exercise-sets';
import { BALANCED_SQUAT, balancedSquatSet, SEATED } from '../../helpers/postures';
import { frameStream, type RepPlan } from '../../helpers/motion';
import { seededRandom, STANDING, type Pose } from '../../helpers/stick-body';

const PLAN: RepPlan = { leadMs: 1000, count: 5, outMs: 1000, backMs: 1000, restMs: 700 };
/** Sitting on the chair's edge leaning forward, about to rise. */
const SEATED_TO_RISE: Pose = { ...SEATED, trunkLean: 20 };

function analyse(exerciseId: string, frames: readonly PoseFrame[]) {
  const analyzer = createExerciseAnalyzer(getExercise(exerciseId));
  const updates: AnalysisUpdate[] = frames.map((f) => analyzer.push(f));
  return { updates, summary: analyzer.finish() };
}

const squats = balancedSquatSet(PLAN, 4);

describe('a standing squat under a seated exercise', () => {
  it('counts as a squat under Squat (the same frames are countable)', () => {
    expect(analyse('squat', squats).summary.repCount).toBe(PLAN.count);
  });

  for (const id of ['knee_extension_seated', 'sit_to_stand']) {
    it(`counts nothing under ${id} and says the posture is wrong within a few seconds`, () => {
      const { updates, summary } = analyse(id, squats);
      expect(summary.repCount).toBe(0);
      expect(summary.reps).toEqual([]);
      const first = updates.find((u) => u.notCounting !== null);
      expect(first?.notCounting).toMatchObject({ code: 'posture', required: 'seated' });
      // From the first frame (standing) no progress: the reason comes at NOT_COUNTING_AFTER_MS.
      expect(first?.timestampMs).toBeLessThanOrEqual(NOT_COUNTING_AFTER_MS + 100);
      // And it is still given at the end of the set.
      expect(updates[updates.length - 1]?.notCounting).toMatchObject({ code: 'posture' });
    });
  }
});

describe('the seated exercises done seated', () => {
  it('counts seated knee extensions, one knee at a time', () => {
    const frames = repSet(
      SEATED,
      [
        { ...SEATED, kneeFlexL: 5 },
        { ...SEATED, kneeFlexR: 5 },
      ],
      { ...PLAN, count: 6 },
      { view: 'side', seed: 5 },
    ).frames;
    const { updates, summary } = analyse('knee_extension_seated', frames);
    expect(summary.repCount).toBe(6);
    expect(updates.every((u) => u.notCounting === null)).toBe(true);
  });

  it('counts sit to stand from a chair', () => {
    const frames = repSet(SEATED_TO_RISE, [STANDING], PLAN, { view: 'side', seed: 6 }).frames;
    expect(analyse('sit_to_stand', frames).summary.repCount).toBe(PLAN.count);
  });
});

describe('a body partly out of view', () => {
  it('says to move into view when the legs a squat is counted on are unseen', () => {
    const frames = repSet(STANDING, [BALANCED_SQUAT], PLAN, {
      view: 'side',
      seed: 10,
      visibilityAt: (index) => (index >= 25 ? 0.1 : 0.99),
    }).frames;
    const { updates, summary } = analyse('squat', frames);
    expect(summary.repCount).toBe(0);
    const first = updates.find((u) => u.notCounting !== null);
    expect(first?.notCounting).toEqual({ code: 'out_of_view' });
    expect(first?.timestampMs).toBeLessThanOrEqual(NOT_COUNTING_AFTER_MS + 100);
  });
});

describe('a hold that never starts', () => {
  it('says why: not in the start position (tandem stance with the feet side by side)', () => {
    const frames = frameStream(() => STANDING, {
      fps: 30,
      durationMs: 6000,
      noisePx: 1,
      random: seededRandom(7),
    });
    const { updates, summary } = analyse('tandem_stance', frames);
    expect(summary.holdSeconds).toBe(0);
    const first = updates.find((u) => u.notCounting !== null);
    expect(first?.notCounting).toEqual({ code: 'start_position' });
    expect(first?.timestampMs).toBeLessThanOrEqual(NOT_COUNTING_AFTER_MS + 100);
  });

  it('does not time a plank while standing up straight (the body line alone is met)', () => {
    const frames = frameStream(() => ({ ...STANDING, yaw: 90 }), {
      fps: 30,
      durationMs: 5000,
      noisePx: 1,
      random: seededRandom(8),
    });
    const { updates, summary } = analyse('plank', frames);
    expect(summary.holdSeconds).toBe(0);
    expect(updates[updates.length - 1]?.notCounting).toEqual({
      code: 'posture',
      observed: 'standing',
      required: 'prone',
    });
  });
});
