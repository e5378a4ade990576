import { describe, expect, it } from 'vitest';
import { isPlausibleStandingPose } from '../../src/core/plausibility';

const point = (x: number, y: number) => ({ x, y, z: 0, visibility: 1, presence: 1 });

function pose(shoulderY: number, hipY: number, ankleY: number, x = 0.5) {
  const points = Array.from({ length: 33 }, () => point(x, 0.5));
  for (const i of [11, 12]) points[i] = point(x, shoulderY);
  for (const i of [23, 24]) points[i] = point(x, hipY);
  for (const i of [27, 28]) points[i] = point(x, ankleY);
  return points;
}

describe('isPlausibleStandingPose', () => {
  it('accepts shoulders above hips above ankles inside the frame', () => {
    expect(isPlausibleStandingPose(pose(0.3, 0.5, 0.9))).toBe(true);
  });
  it('rejects an upside-down pose', () => {
    expect(isPlausibleStandingPose(pose(0.9, 0.5, 0.3))).toBe(false);
  });
  it('rejects hips below the ankles', () => {
    expect(isPlausibleStandingPose(pose(0.3, 0.95, 0.9))).toBe(false);
  });
  it('rejects points outside the frame', () => {
    expect(isPlausibleStandingPose(pose(0.3, 0.5, 1.2))).toBe(false);
    expect(isPlausibleStandingPose(pose(0.3, 0.5, 0.9, -0.1))).toBe(false);
  });
  it('rejects no pose', () => {
    expect(isPlausibleStandingPose(null)).toBe(false);
  });
});
