// Standing hip extension on the stick body, side-on: a straight leg taken back and held is a rep,
// its ROM is hip extension in the goniometric convention (the thigh behind the trunk's line, which
// a forward tip of the trunk does not inflate), and the pause at the target is measured.
import { describe, expect, it } from 'vitest';
import { createExerciseAnalyzer } from '../../../src/core/analyzer';
import { segmentAngleBehindTrunk } from '../../../src/core/angles';
import { getExercise } from '../../../src/core/exercises/library';
import type { Point3 } from '../../../src/core/landmarks';
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

const p = (x: number, y: number): Point3 => ({ x, y, z: 0 });
const deg = (d: number) => (d * Math.PI) / 180;

describe('the thigh behind the trunk (hip extension, signed)', () => {
  // Image coordinates, y down; shoulders above hips; thigh 0.5 long from the hip at (0, 1).
  const shoulder = p(0, 0);
  const hip = p(0, 1);
  const thighAt = (backDeg: number, facing: 1 | -1) =>
    p(-facing * 0.5 * Math.sin(deg(backDeg)), 1 + 0.5 * Math.cos(deg(backDeg)));
  const head = (facing: 1 | -1) => ({ nose: p(0.1 * facing, -0.3), ear: p(0, -0.3) });

  it('is positive behind and negative in front, whichever way the person faces', () => {
    for (const facing of [1, -1] as const) {
      const { nose, ear } = head(facing);
      expect(
        segmentAngleBehindTrunk(hip, thighAt(20, facing), shoulder, hip, nose, ear),
      ).toBeCloseTo(20, 6);
      expect(
        segmentAngleBehindTrunk(hip, thighAt(-30, facing), shoulder, hip, nose, ear),
      ).toBeCloseTo(-30, 6);
    }
  });

  it('measures from the trunk line: trunk tipped 30° forward, thigh 45° back from vertical is 15°', () => {
    const facing = 1;
    const tipped = p(0.5 * facing * Math.sin(deg(30)), 1 - 0.5 * Math.cos(deg(30)));
    const { nose, ear } = head(facing);
    expect(segmentAngleBehindTrunk(hip, thighAt(45, facing), tipped, hip, nose, ear)).toBeCloseTo(
      15,
      6,
    );
  });

  it('is not defined facing the camera (nose level with the ears)', () => {
    expect(
      segmentAngleBehindTrunk(hip, thighAt(20, 1), shoulder, hip, p(0, -0.3), p(0, -0.3)),
    ).toBeNull();
  });
});

describe('standing hip extension', () => {
  it('is a standing, side-view rep exercise reported as hip extension, with a pause', () => {
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

  it('reports 15° when the trunk tips 30° forward as the thigh goes 45° behind vertical', () => {
    const seesaw: Pose = { ...STANDING, hipFlexL: -45, trunkLean: 30 };
    const { frames } = repSet(
      STANDING,
      [seesaw],
      { ...PLAN, holdMs: 1500 },
      {
        view: 'side',
        seed: 43,
      },
    );
    const summary = analyse(frames);
    expect(summary.repCount).toBe(3);
    for (const rep of summary.reps) {
      expect(rep.quality.peakRomDeg).toBeGreaterThan(12);
      expect(rep.quality.peakRomDeg).toBeLessThan(18);
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
