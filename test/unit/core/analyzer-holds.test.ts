// Hold timing and balance on synthetic streams.
import { describe, expect, it } from 'vitest';
import { createExerciseAnalyzer } from '../../../src/core/analyzer';
import { getExercise } from '../../../src/core/exercises/library';
import { holdCreate, holdStep } from '../../../src/core/hold';
import { ms } from '../../../src/core/units';
import { frameStream } from '../../helpers/motion';
import { seededRandom, STANDING, type Pose } from '../../helpers/stick-body';

const FPS = 30;
const FRAME_MS = 1000 / FPS;

const PLANK: Pose = {
  ...STANDING,
  yaw: 90,
  roll: -90,
  shoulderFlexL: 90,
  shoulderFlexR: 90,
  elbowFlexL: 90,
  elbowFlexR: 90,
};
const PIKE: Pose = { ...PLANK, hipFlexL: 70, hipFlexR: 70 };
const TREE: Pose = { ...STANDING, hipFlexL: 40, hipAbdL: 30, kneeFlexL: 110 };

function run(
  exerciseId: string,
  poseAt: (t: number) => Pose,
  durationMs: number,
  absent?: (t: number) => boolean,
) {
  const frames = frameStream(poseAt, {
    fps: FPS,
    durationMs,
    noisePx: 1,
    random: seededRandom(21),
    ...(absent === undefined ? {} : { absent }),
  });
  const analyzer = createExerciseAnalyzer(getExercise(exerciseId));
  const updates = frames.map((f) => analyzer.push(f));
  return { updates, summary: analyzer.finish() };
}

describe('holds', () => {
  it('times a plank held from 1 s to 6 s within one frame', () => {
    const { summary } = run('plank', (t) => (t >= 1000 && t <= 6000 ? PLANK : PIKE), 8000);
    expect(Math.abs((summary.holdSeconds ?? 0) - 5)).toBeLessThanOrEqual(FRAME_MS / 1000);
    expect(summary.repCount).toBe(0);
  });

  it('pauses while the position is lost and resumes after', () => {
    // Held 0–3 s and 5–8 s (frame times fall on both ends).
    const held = (t: number) => (t <= 3000 || (t >= 5000 && t <= 8000) ? PLANK : PIKE);
    const { updates, summary } = run('plank', held, 9000);
    expect(Math.abs((summary.holdSeconds ?? 0) - 6)).toBeLessThanOrEqual(FRAME_MS / 1000);
    expect(Math.abs((summary.longestHoldSeconds ?? 0) - 3)).toBeLessThanOrEqual(FRAME_MS / 1000);
    const at4s = updates.find((u) => u.timestampMs >= 4000);
    expect(at4s?.hold?.isHolding).toBe(false);
    expect(updates.some((u) => u.cues.some((c) => c.kind === 'hold_progress'))).toBe(true);
  });

  it('bridges a dropout shorter than the grace period', () => {
    const { summary } = run(
      'plank',
      () => PLANK,
      6000,
      (t) => t > 2000 && t < 2200,
    );
    expect(Math.abs((summary.holdSeconds ?? 0) - 6)).toBeLessThanOrEqual(FRAME_MS / 1000);
  });

  it('holdStep counts only between in-position frames', () => {
    const spec = { conditions: [], targetSeconds: 10, graceMs: 100 };
    const state = holdCreate();
    holdStep(state, spec, ms(0), true);
    holdStep(state, spec, ms(50), true);
    holdStep(state, spec, ms(100), false);
    holdStep(state, spec, ms(400), true);
    holdStep(state, spec, ms(450), true);
    expect(state.heldMs).toBe(100);
  });
});

describe('balance', () => {
  it('times a single-leg stance, measures sway and reports the foot coming down', () => {
    const sway = (t: number): Pose => ({ ...TREE, trunkLean: 2 * Math.sin(t / 300) });
    const { updates, summary } = run(
      'single_leg_stance',
      (t) => (t >= 500 && t <= 7500 ? sway(t) : STANDING),
      9000,
    );
    expect(Math.abs((summary.holdSeconds ?? 0) - 7)).toBeLessThanOrEqual(FRAME_MS / 1000);
    const balance = summary.balance;
    expect(balance?.pathLengthTorso).toBeGreaterThan(0);
    expect(balance?.area95Torso2).toBeGreaterThan(0);
    expect(Math.abs((balance?.stanceMs ?? 0) - 7000)).toBeLessThanOrEqual(2 * FRAME_MS);
    expect(balance?.losses.map((l) => l.kind)).toEqual(['foot_down']);
    expect(updates.some((u) => u.cues.some((c) => c.kind === 'balance_lost'))).toBe(true);
  });

  it('reports large sway as a loss of balance', () => {
    const frames = frameStream(() => TREE, { fps: FPS, durationMs: 6000 });
    const analyzer = createExerciseAnalyzer(getExercise('single_leg_stance'));
    // Move the whole body sideways by half a torso for 0.8 s (a stumble).
    for (const f of frames) {
      const stumble = f.timestampMs > 4000 && f.timestampMs < 4800;
      analyzer.push(
        stumble && f.landmarks !== null
          ? { ...f, landmarks: f.landmarks.map((l) => ({ ...l, x: l.x + 0.1 })) }
          : f,
      );
    }
    const { balance } = analyzer.finish();
    expect(balance?.losses.map((l) => l.kind)).toContain('large_sway');
  });
});
