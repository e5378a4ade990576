// The posture classifier on the synthetic stick body: each posture an exercise can need, from
// front, side and oblique views; seated and a squat's bottom told apart by support alone.
import { describe, expect, it } from 'vitest';
import { bodyPointsFrom } from '../../../src/core/body';
import {
  POSTURE_SUPPORTED_BEHIND_HEELS_TORSO,
  postureClassify,
  postureFeatures,
  postureMatches,
} from '../../../src/core/posture';
import { BALANCED_SQUAT, KNEELING, QUADRUPED, SEATED } from '../../helpers/postures';
import { renderPose, STANDING, VIEW_YAW, type Pose } from '../../helpers/stick-body';

const classify = (pose: Pose, visibility?: (i: number) => number) => {
  const frame = renderPose(pose, 0, visibility === undefined ? {} : { visibility });
  const world = frame.worldLandmarks === null ? null : bodyPointsFrom(frame.worldLandmarks, 1, 1);
  return postureClassify(world, 0.5);
};

/** Seated knee extension at its top: one knee straight, the thigh still on the seat. */
const SEATED_EXTENDED: Pose = { ...SEATED, kneeFlexL: 0 };
/** Bent forward from the hips, standing (over to sit down, or to pick something up). */
const BENT_FORWARD: Pose = { ...STANDING, trunkLean: 80 };

describe('postureClassify', () => {
  const views = Object.entries(VIEW_YAW);
  for (const [view, yaw] of views) {
    it(`tells standing, seated, squatting and kneeling apart seen from the ${view}`, () => {
      expect(classify({ ...STANDING, yaw })).toBe('standing');
      expect(classify({ ...SEATED, yaw })).toBe('seated');
      expect(classify({ ...SEATED_EXTENDED, yaw })).toBe('seated');
      expect(classify({ ...BALANCED_SQUAT, yaw })).toBe('crouching');
      expect(classify({ ...KNEELING, yaw })).toBe('kneeling');
      expect(classify({ ...QUADRUPED, yaw })).toBe('quadruped');
    });
  }

  it('keeps standing on one leg, with the other knee raised or bent back, standing', () => {
    expect(classify({ ...STANDING, hipFlexL: 90, kneeFlexL: 90 })).toBe('standing');
    expect(classify({ ...STANDING, kneeFlexR: 120 })).toBe('standing');
  });

  it('does not take bending forward, standing or seated, for lying face down', () => {
    expect(classify({ ...BENT_FORWARD, yaw: 90 })).toBeNull();
    expect(classify({ ...SEATED, trunkLean: 75, yaw: 90 })).toBeNull();
  });

  it('tells lying on the back, on the front and on the side', () => {
    expect(classify({ ...STANDING, yaw: 90, roll: 90 })).toBe('supine');
    expect(classify({ ...STANDING, yaw: 90, roll: -90 })).toBe('prone');
    expect(classify({ ...STANDING, yaw: 0, roll: 90 })).toBe('side_lying');
  });

  it('calls a seat what carries the body: the centre of mass behind the heels', () => {
    const features = (pose: Pose) => {
      const frame = renderPose(pose, 0);
      return postureFeatures(bodyPointsFrom(frame.worldLandmarks ?? [], 1, 1), 0.5);
    };
    // Hips and knees bent alike; seated, the mass rests ~25 cm behind the heels; at the bottom of
    // a squat (trunk and arms forward) it is near the heels.
    expect(features(SEATED)?.comAheadOfHeels).toBeLessThan(
      -2 * POSTURE_SUPPORTED_BEHIND_HEELS_TORSO,
    );
    expect(features(BALANCED_SQUAT)?.comAheadOfHeels).toBeGreaterThan(
      -POSTURE_SUPPORTED_BEHIND_HEELS_TORSO,
    );
  });

  it('gives no verdict when the legs are out of view', () => {
    const legsHidden = (i: number) => (i >= 23 ? 0.1 : 0.99);
    expect(classify(SEATED, legsHidden)).toBeNull();
    expect(classify(STANDING, legsHidden)).toBeNull();
  });
});

describe('postureMatches', () => {
  it('takes sitting or standing as upright, and nothing else', () => {
    expect(postureMatches('upright', 'standing')).toBe(true);
    expect(postureMatches('upright', 'seated')).toBe(true);
    expect(postureMatches('upright', 'crouching')).toBe(false);
    expect(postureMatches('seated', 'crouching')).toBe(false);
    expect(postureMatches('seated', 'standing')).toBe(false);
  });
});
