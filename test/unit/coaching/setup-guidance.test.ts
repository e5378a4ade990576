import { describe, expect, it } from 'vitest';
import {
  setupIssue,
  setupReadinessCreate,
  setupReadinessStep,
  SETUP_READY_AFTER_MS,
  SETUP_UNREADY_AFTER_MS,
} from '../../../src/core/coaching/setup-guidance';
import { getExercise } from '../../../src/core/exercises/library';
import { Landmark, type PoseLandmark } from '../../../src/core/landmarks';

/** A standing person spanning y = top..bottom of the frame, centred, every landmark visible. */
function standing(top: number, bottom: number, x = 0.5): PoseLandmark[] {
  const points = Array.from({ length: 33 }, () => ({
    x,
    y: top,
    z: 0,
    visibility: 0.9,
    presence: 0.9,
  }));
  const at = (fraction: number) => top + fraction * (bottom - top);
  const set = (i: number, y: number) => {
    points[i] = { x, y, z: 0, visibility: 0.9, presence: 0.9 };
  };
  set(Landmark.nose, at(0));
  for (const i of [Landmark.leftShoulder, Landmark.rightShoulder]) set(i, at(0.2));
  for (const i of [Landmark.leftElbow, Landmark.rightElbow]) set(i, at(0.35));
  for (const i of [Landmark.leftWrist, Landmark.rightWrist]) set(i, at(0.5));
  for (const i of [Landmark.leftHip, Landmark.rightHip]) set(i, at(0.5));
  for (const i of [Landmark.leftKnee, Landmark.rightKnee]) set(i, at(0.75));
  for (const i of [Landmark.leftAnkle, Landmark.rightAnkle]) set(i, at(1));
  return points;
}

const squat = getExercise('squat');
const good = { tracking: 'tracking', view: 'side', posture: 'standing' } as const;

describe('setupIssue', () => {
  it('is null for a whole body well inside the frame', () => {
    expect(setupIssue(squat, { landmarks: standing(0.1, 0.9), ...good })).toBeNull();
  });
  it('asks the person to step into view when nobody is seen', () => {
    expect(setupIssue(squat, { landmarks: null, tracking: null, view: null, posture: null })).toBe(
      'no-person',
    );
  });
  it('asks to step back when the feet are cut off and the body fills the frame', () => {
    expect(setupIssue(squat, { landmarks: standing(0.05, 1.1), ...good })).toBe('step-back');
  });
  it('asks to move into the picture when a small body is cut off at the side', () => {
    expect(setupIssue(squat, { landmarks: standing(0.3, 0.8, 1.05), ...good })).toBe(
      'not-in-frame',
    );
  });
  it('asks to come closer when the body is small', () => {
    expect(setupIssue(squat, { landmarks: standing(0.4, 0.7), ...good })).toBe('step-closer');
  });
  it('asks to turn sideways for a side-only exercise seen from the front', () => {
    const sideOnly = { ...squat, views: ['side'] as const };
    expect(
      setupIssue(sideOnly, {
        landmarks: standing(0.1, 0.9),
        tracking: 'tracking',
        view: 'front',
        posture: 'standing',
      }),
    ).toBe('turn-sideways');
  });
  // Issue #9 item 4: a standing person squatting was "in a good position" for a seated exercise.
  it('asks for the posture the exercise needs: seated knee extension seen standing', () => {
    const seated = getExercise('knee_extension_seated');
    const body = { landmarks: standing(0.1, 0.9), tracking: 'tracking', view: 'side' } as const;
    expect(setupIssue(seated, { ...body, posture: 'standing' })).toBe('wrong-posture');
    expect(setupIssue(seated, { ...body, posture: 'crouching' })).toBe('wrong-posture');
    expect(setupIssue(seated, { ...body, posture: 'seated' })).toBeNull();
    // No verdict (legs unreadable, say) is no reason to hold the person back.
    expect(setupIssue(seated, { ...body, posture: null })).toBeNull();
  });
  // A standing person in front of a seated exercise often has the feet or head at the edge of
  // the picture too; sitting down changes the framing anyway, so the posture is asked for first
  // (the e2e setup check saw "step back" for a minute and never the posture).
  it('asks for the posture before the framing when the posture is read and wrong', () => {
    const seated = getExercise('knee_extension_seated');
    const cutOff = { landmarks: standing(0.05, 1.1), tracking: 'tracking', view: 'side' } as const;
    expect(setupIssue(seated, { ...cutOff, posture: 'standing' })).toBe('wrong-posture');
    expect(setupIssue(seated, { ...cutOff, posture: 'seated' })).toBe('step-back');
    expect(setupIssue(seated, { ...cutOff, posture: null })).toBe('step-back');
  });
  it('takes sitting or standing for an arm exercise done upright', () => {
    const curl = getExercise('bicep_curl');
    const body = { landmarks: standing(0.1, 0.9), tracking: 'tracking', view: 'front' } as const;
    expect(setupIssue(curl, { ...body, posture: 'seated' })).toBeNull();
    expect(setupIssue(curl, { ...body, posture: 'supine' })).toBe('wrong-posture');
  });
});

describe('setupReadinessStep', () => {
  it('becomes ready after a second of good frames and survives a short dropout', () => {
    let state = setupReadinessCreate();
    state = setupReadinessStep(state, null, 0);
    expect(state.isReady).toBe(false);
    state = setupReadinessStep(state, null, SETUP_READY_AFTER_MS);
    expect(state.isReady).toBe(true);
    state = setupReadinessStep(state, 'hold-still', SETUP_READY_AFTER_MS + 100);
    expect(state.isReady).toBe(true);
    state = setupReadinessStep(
      state,
      'hold-still',
      SETUP_READY_AFTER_MS + 100 + SETUP_UNREADY_AFTER_MS,
    );
    expect(state.isReady).toBe(false);
  });
  it('restarts the good streak after a bad frame', () => {
    let state = setupReadinessCreate();
    state = setupReadinessStep(state, null, 0);
    state = setupReadinessStep(state, 'step-closer', 500);
    state = setupReadinessStep(state, null, 600);
    state = setupReadinessStep(state, null, 600 + SETUP_READY_AFTER_MS - 1);
    expect(state.isReady).toBe(false);
  });
});
