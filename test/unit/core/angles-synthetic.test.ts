// Angles measured on the synthetic stick body against the angles it was posed with.
import { describe, expect, it } from 'vitest';
import { createExerciseAnalyzer } from '../../../src/core/analyzer';
import { getExercise } from '../../../src/core/exercises/library';
import {
  CAMERA_9_16,
  renderPose,
  seededRandom,
  STANDING,
  VIEW_YAW,
  type Pose,
} from '../../helpers/stick-body';

/** The filtered measures of a single frame (the filter starts at its first sample). */
function measuresOf(exerciseId: string, pose: Pose, portrait = false) {
  const analyzer = createExerciseAnalyzer(getExercise(exerciseId));
  return analyzer.push(renderPose(pose, 0, portrait ? { camera: CAMERA_9_16 } : {})).measures;
}

describe('joint angles on the stick body', () => {
  for (const view of ['front', 'side', 'oblique'] as const) {
    it(`world knee angle is within 1° of the truth from the ${view}`, () => {
      for (const flex of [0, 30, 60, 90, 120]) {
        const pose = {
          ...STANDING,
          yaw: VIEW_YAW[view],
          hipFlexL: flex,
          hipFlexR: flex,
          kneeFlexL: flex,
          kneeFlexR: flex,
        };
        const knee = measuresOf('squat', pose).knee_angle ?? NaN;
        expect(Math.abs(knee - (180 - flex))).toBeLessThan(1);
      }
    });
  }

  it('image knee angle is within 1° of the truth side-on, on landscape and portrait frames', () => {
    for (const portrait of [false, true]) {
      for (const flex of [10, 45, 90, 130]) {
        const pose = {
          ...STANDING,
          yaw: 90,
          hipFlexL: 20,
          kneeFlexL: flex,
          hipFlexR: 20,
          kneeFlexR: flex,
        };
        const knee = measuresOf('hamstring_curl_standing', pose, portrait).knee_angle ?? NaN;
        expect(Math.abs(knee - (180 - flex))).toBeLessThan(1);
      }
    }
  });

  it('image elbow angle is within 1° of the truth side-on', () => {
    for (const flex of [0, 40, 90, 140]) {
      const pose = { ...STANDING, yaw: 90, elbowFlexL: flex, elbowFlexR: flex };
      const elbow = measuresOf('bicep_curl', pose).elbow_angle ?? NaN;
      expect(Math.abs(elbow - (180 - flex))).toBeLessThan(1);
    }
  });

  it('segment angles (arm elevation, leg abduction) are within 1° of the truth from the front', () => {
    for (const abd of [0, 45, 90, 150]) {
      const arm =
        measuresOf('shoulder_abduction', { ...STANDING, shoulderAbdL: abd, shoulderAbdR: abd })
          .arm_elevation ?? NaN;
      expect(Math.abs(arm - abd)).toBeLessThan(1);
    }
    for (const abd of [0, 20, 40]) {
      const leg =
        measuresOf('hip_abduction_standing', { ...STANDING, hipAbdR: abd }).leg_abduction ?? NaN;
      expect(Math.abs(leg - abd)).toBeLessThan(1);
    }
  });

  it('stays within 1° on average under 1 px landmark noise (after filtering a still pose)', () => {
    const random = seededRandom(7);
    const analyzer = createExerciseAnalyzer(getExercise('hamstring_curl_standing'));
    const pose = { ...STANDING, yaw: 90, kneeFlexL: 70, kneeFlexR: 70 };
    let last = NaN;
    for (let i = 0; i < 90; i += 1) {
      last =
        analyzer.push(renderPose(pose, i * 33.3, { noisePx: 1, random })).measures.knee_angle ??
        NaN;
    }
    expect(Math.abs(last - 110)).toBeLessThan(1);
  });
});
