import { describe, expect, it } from 'vitest';
import { getExercise } from '../../../src/core/exercises/library';
import { jointGauge } from '../../../src/ui/session/live-view';

describe('the live gauge', () => {
  it('shows knee flexion from straight against the target, not the inner knee angle', () => {
    // The inner knee angle 163° is 17° of knee flexion: 19% of the 90° target.
    const gauge = jointGauge(getExercise('squat'), { knee_angle: 163 });
    expect(gauge).toEqual({ romDeg: 17, targetDeg: 90, percent: 19, fraction: 17 / 90 });
  });

  it('shows shoulder abduction from the arm at the side, capped at 120% on the meter', () => {
    const gauge = jointGauge(getExercise('shoulder_abduction'), { arm_elevation: 200 });
    expect(gauge).toMatchObject({ romDeg: 200, percent: 133, fraction: 1.2 });
  });

  it('has no reading without the measure', () => {
    expect(jointGauge(getExercise('squat'), { knee_angle: null })).toBeNull();
    expect(jointGauge(getExercise('plank'), {})).toBeNull();
  });
});
