// Standing hip extension on the stick body, side-on: a straight leg taken back and held is a rep,
// its ROM is the thigh's angle behind vertical (hip extension, 0° standing straight), and the
// pause at the target is measured; a knee raise forward is not hip extension's start-to-target.
import { describe, expect, it } from 'vitest';
import { createExerciseAnalyzer } from '../../../src/core/analyzer';
import { getExercise } from '../../../src/core/exercises/library';
import type { PoseFrame } from '../../../src/core/landmarks';
import { repSet } from '../../helpers/exercise-sets';
import type { RepPlan } from '../../helpers/motion';
import { STANDING, type Pose } from '../../helpers/stick-body';

const def = getExercise('hip_extension_standing');
const PLAN: RepPlan = { leadMs: 1500, count: 3, outMs: 1000, backMs: 1000, restMs: 1000 };
const LEFT_BACK: Pose = { ...STANDING, hipFlexL: -15 };
const RIGHT_BACK: Pose = { ...STANDING, hipFlexR: -15 };

function analyse(frames: readonly PoseFrame[]) {
  const analyzer = createExerciseAnalyzer(def);
  for (const f of frames) analyzer.push(f);
  return analyzer.finish();
}

describe('standing hip extension', () => {
  it('is a standing, side-view rep exercise reported as hip extension', () => {
    expect(def.posture).toBe('standing');
    expect(def.views).toContain('side');
    expect(def.rom?.movement).toBe('hip_extension');
    expect(def.holdAtTargetSeconds).toBeGreaterThan(0);
  });

  it('counts each leg taken back 15° and held, with the ROM and the pause measured', () => {
    const { frames } = repSet(
      STANDING,
      [LEFT_BACK, RIGHT_BACK],
      { ...PLAN, holdMs: 1500 },
      {
        view: 'side',
        seed: 41,
      },
    );
    const summary = analyse(frames);
    expect(summary.repCount).toBe(3);
    for (const rep of summary.reps) {
      expect(rep.quality.peakRomDeg).toBeGreaterThan(12);
      expect(rep.quality.peakRomDeg).toBeLessThan(18);
      expect(rep.quality.targetHoldMs).toBeGreaterThanOrEqual(1000);
      expect(rep.quality.targetHoldShort).toBe(false);
    }
  });

  it('does not count a leg moved back only 5° (within standing sway)', () => {
    const { frames } = repSet(STANDING, [{ ...STANDING, hipFlexL: -5 }], PLAN, {
      view: 'side',
      seed: 42,
    });
    expect(analyse(frames).repCount).toBe(0);
  });
});
