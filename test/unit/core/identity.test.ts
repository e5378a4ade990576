// Someone else in the picture (issue #9, item 10): the pose model follows one person and may jump
// to a caregiver or a child walking through. Their frames must not add reps or break a hold;
// counting pauses, says so, and resumes when the patient is back.
import { describe, expect, it } from 'vitest';
import type { AnalysisUpdate } from '../../../src/core/analysis-types';
import { createExerciseAnalyzer } from '../../../src/core/analyzer';
import { getExercise } from '../../../src/core/exercises/library';
import {
  IDENTITY_ADOPT_AFTER_MS,
  identityCreate,
  identityStep,
  type IdentitySample,
} from '../../../src/core/identity';
import type { PoseFrame } from '../../../src/core/landmarks';
import { repSet, SQUAT_BOTTOM } from '../../helpers/exercise-sets';
import { frameStream, type RepPlan } from '../../helpers/motion';
import {
  CAMERA_16_9,
  renderPose,
  seededRandom,
  STANDING,
  type Pose,
} from '../../helpers/stick-body';

const PLAN: RepPlan = { leadMs: 1000, count: 4, outMs: 1000, backMs: 1000, restMs: 2500 };
/** Standing on the right leg, the left foot lifted behind (single-leg stance). */
const ONE_LEG: Pose = { ...STANDING, kneeFlexL: 90 };

/**
 * Another person: a child (0.7 of the patient's size) or a caregiver nearer the camera (1.6 ×),
 * walking across the frame from left to right, rendered in place of the patient's frame.
 */
function otherPerson(frame: PoseFrame, scale: number, across: number): PoseFrame {
  const pose: Pose = { ...STANDING, yaw: 90 };
  const other = renderPose(pose, frame.timestampMs, {
    camera: { ...CAMERA_16_9, distance: CAMERA_16_9.distance / scale },
  });
  return {
    ...other,
    landmarks: (other.landmarks ?? []).map((p) => ({ ...p, x: p.x - 0.35 + 0.7 * across })),
  };
}

function swapIn(
  frames: readonly PoseFrame[],
  fromMs: number,
  toMs: number,
  scale: number,
): PoseFrame[] {
  return frames.map((f) =>
    f.timestampMs >= fromMs && f.timestampMs < toMs
      ? otherPerson(f, scale, (f.timestampMs - fromMs) / (toMs - fromMs))
      : f,
  );
}

function analyse(exerciseId: string, frames: readonly PoseFrame[]) {
  const analyzer = createExerciseAnalyzer(getExercise(exerciseId));
  const updates: AnalysisUpdate[] = frames.map((f) => analyzer.push(f));
  return { updates, summary: analyzer.finish() };
}

describe('another person walking through during a set of reps', () => {
  const { frames, schedule } = repSet(STANDING, [SQUAT_BOTTOM], PLAN, { view: 'side', seed: 9 });
  const plain = analyse('squat', frames);
  // While the patient rests between reps 2 and 3, and again through the start of rep 4's descent.
  const rest = (schedule.reps[1]?.endMs ?? 0) + 300;
  const descent = schedule.reps[3]?.startMs ?? 0;
  const windows = [
    [rest, rest + 1800],
    [descent - 200, descent + 500],
  ] as const;

  for (const scale of [0.7, 1.6]) {
    it(`adds no reps and breaks none (the other body ${scale} × the patient's size)`, () => {
      let swapped = frames;
      for (const [from, to] of windows) swapped = swapIn(swapped, from, to, scale);
      const { updates, summary } = analyse('squat', swapped);
      expect(plain.summary.repCount).toBe(PLAN.count);
      expect(summary.repCount).toBe(PLAN.count);
      expect(summary.partials).toEqual(plain.summary.partials);
      // Paused with the cue, then back to counting with no cue once the patient is back.
      const at = (t: number) => updates.find((u) => u.timestampMs >= t);
      expect(at(windows[0][0] + 400)?.notCounting).toEqual({ code: 'other_person' });
      expect(at(windows[0][0] + 400)?.repCount).toBe(2);
      expect(at(windows[0][1] + 100)?.notCounting).toBeNull();
      expect(updates[updates.length - 1]?.notCounting).toBeNull();
    });
  }
});

describe('another person walking through during a hold', () => {
  const DURATION_MS = 12_000;
  const frames = frameStream(() => ONE_LEG, {
    fps: 30,
    durationMs: DURATION_MS,
    noisePx: 1,
    random: seededRandom(3),
  });
  const plain = analyse('single_leg_stance', frames);

  it('keeps the hold going: the other body adds no time and does not break it', () => {
    const from = 4000;
    const to = 6000;
    const { updates, summary } = analyse('single_leg_stance', swapIn(frames, from, to, 1.6));
    const plainSeconds = plain.summary.holdSeconds ?? 0;
    expect(plainSeconds).toBeGreaterThan(11.5);
    // The two seconds of the other person are not timed; one frame either side may be.
    expect(summary.holdSeconds ?? 0).toBeCloseTo(plainSeconds - (to - from) / 1000, 1);
    // Not broken: the longest unbroken hold is the whole of it.
    expect(summary.longestHoldSeconds).toBeCloseTo(summary.holdSeconds ?? 0, 5);
    const during = updates.find((u) => u.timestampMs >= from + 500);
    expect(during?.notCounting).toEqual({ code: 'other_person' });
    expect(during?.hold?.isHolding).toBe(true);
  });
});

describe('identityStep', () => {
  const sample = (x: number, torso: number, t: number): IdentitySample => ({
    hip: { x, y: 200, z: 0 },
    size: torso,
    timestampMs: t,
  });

  it('follows the patient, flags a jump, and takes the patient back when they return', () => {
    const state = identityCreate();
    expect(identityStep(state, sample(300, 100, 0), 0)).toBe('patient');
    expect(identityStep(state, sample(305, 102, 33), 33)).toBe('patient');
    // Two torso lengths away in one frame: someone else.
    expect(identityStep(state, sample(505, 100, 66), 66)).toBe('other');
    expect(identityStep(state, sample(500, 100, 100), 100)).toBe('other');
    // The patient's size where the patient was: back.
    expect(identityStep(state, sample(310, 101, 133), 133)).toBe('patient');
  });

  it('takes a different body that stays, steady, for long as the patient (the camera moved)', () => {
    const state = identityCreate();
    identityStep(state, sample(300, 100, 0), 0);
    let verdict = identityStep(state, sample(300, 180, 33), 33);
    expect(verdict).toBe('other');
    for (let t = 66; t <= 33 + IDENTITY_ADOPT_AFTER_MS; t += 33) {
      verdict = identityStep(state, sample(300, 180, t), t);
    }
    expect(verdict).toBe('other');
    expect(
      identityStep(
        state,
        sample(300, 180, 100 + IDENTITY_ADOPT_AFTER_MS),
        100 + IDENTITY_ADOPT_AFTER_MS,
      ),
    ).toBe('patient');
  });
});
