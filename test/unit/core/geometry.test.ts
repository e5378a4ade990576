import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  imagePointToPixels,
  jointAngle2d,
  jointAngle3d,
  segmentAngleFromHorizontal,
  segmentAngleFromUp,
  segmentAngleFromVertical,
} from '../../../src/core/angles';
import { pointLineOffset, vecAngleBetween, vecFrom } from '../../../src/core/geometry';

const p = (x: number, y: number, z = 0) => vecFrom(x, y, z);
const finite = fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true });
const point = fc.tuple(finite, finite, finite).map(([x, y, z]) => p(x, y, z));

describe('vecAngleBetween', () => {
  it('measures right, straight and zero angles', () => {
    expect(vecAngleBetween(p(1, 0), p(0, 1))).toBeCloseTo(90, 10);
    expect(vecAngleBetween(p(1, 0), p(-1, 0))).toBeCloseTo(180, 10);
    expect(vecAngleBetween(p(1, 0), p(3, 0))).toBeCloseTo(0, 10);
    expect(vecAngleBetween(p(1, 0, 0), p(0, 0, 2))).toBeCloseTo(90, 10);
  });

  it('stays accurate near 0° where acos would not', () => {
    expect(vecAngleBetween(p(1, 0), p(1, 1e-9))).toBeGreaterThan(0);
    expect(vecAngleBetween(p(1, 0), p(1, Math.tan((0.01 * Math.PI) / 180)))).toBeCloseTo(0.01, 8);
  });

  it('is always within [0°, 180°] (property)', () => {
    fc.assert(
      fc.property(point, point, point, (a, v, b) => {
        const angle3 = jointAngle3d(a, v, b);
        const angle2 = jointAngle2d(a, v, b);
        return angle3 >= 0 && angle3 <= 180 && angle2 >= 0 && angle2 <= 180;
      }),
    );
  });
});

describe('image angles', () => {
  it('undo the frame aspect ratio before measuring', () => {
    // A true 45° line on a 640×360 frame, in normalised coordinates.
    const size = { width: 640, height: 360 };
    const a = { x: 0.5, y: 0.5, z: 0 };
    const b = { x: 0.5 + 100 / 640, y: 0.5 - 100 / 360, z: 0 };
    const naive = segmentAngleFromHorizontal(a, b);
    const corrected = segmentAngleFromHorizontal(
      imagePointToPixels(a, size),
      imagePointToPixels(b, size),
    );
    expect(Math.abs(naive - 45)).toBeGreaterThan(10);
    expect(corrected).toBeCloseTo(45, 10);
  });

  it('measure segments against up, vertical and horizontal', () => {
    const hip = p(0, 0);
    expect(segmentAngleFromUp(hip, p(0, -1))).toBeCloseTo(0, 10);
    expect(segmentAngleFromUp(hip, p(1, -1))).toBeCloseTo(45, 10);
    expect(segmentAngleFromUp(hip, p(0, 1))).toBeCloseTo(180, 10);
    expect(segmentAngleFromVertical(hip, p(0, 1))).toBeCloseTo(0, 10);
    expect(segmentAngleFromHorizontal(hip, p(-2, 0))).toBeCloseTo(0, 10);
    expect(segmentAngleFromHorizontal(hip, p(1, Math.sqrt(3)))).toBeCloseTo(60, 10);
  });

  it('ignore depth for 2D joint angles and use it for 3D ones', () => {
    expect(jointAngle2d(p(1, 0, 5), p(0, 0, 0), p(0, 1, -5))).toBeCloseTo(90, 10);
    expect(jointAngle3d(p(1, 0, 0), p(0, 0, 0), p(1, 0, 1))).toBeCloseTo(45, 10);
  });
});

describe('pointLineOffset', () => {
  it('is positive below the line and negative above, either way the line runs', () => {
    expect(pointLineOffset(p(1, 1), p(0, 0), p(2, 0))).toBeCloseTo(1, 10);
    expect(pointLineOffset(p(1, 1), p(2, 0), p(0, 0))).toBeCloseTo(1, 10);
    expect(pointLineOffset(p(1, -0.5), p(0, 0), p(2, 0))).toBeCloseTo(-0.5, 10);
  });
});
