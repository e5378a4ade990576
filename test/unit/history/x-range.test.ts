import { describe, expect, it } from 'vitest';
import { chartSeriesData, chartXRange, LONE_POINT_PAD_S } from '../../../src/ui/history/x-range';

const NOV_21_2026 = 1_795_300_000;
const WEEK_S = 7 * 86_400;

describe('chartXRange', () => {
  it('keeps a lone session within days of itself, not years', () => {
    expect(chartXRange([NOV_21_2026])).toEqual([
      NOV_21_2026 - LONE_POINT_PAD_S,
      NOV_21_2026 + LONE_POINT_PAD_S,
    ]);
  });
  it('pads a lone weekly bar by its own half week (more than the lone-point pad)', () => {
    const [from, to] = chartXRange([NOV_21_2026], WEEK_S / 2);
    expect(to - from).toBe(WEEK_S);
  });
  it('spans the data plus the pad when there are several points, in any order', () => {
    expect(chartXRange([NOV_21_2026 + WEEK_S, NOV_21_2026], 10)).toEqual([
      NOV_21_2026 - 10,
      NOV_21_2026 + WEEK_S + 10,
    ]);
  });
  it('ignores gaps (non-finite x) and has a range even with no data', () => {
    expect(chartXRange([NaN, NOV_21_2026, NOV_21_2026 + 60])).toEqual([
      NOV_21_2026,
      NOV_21_2026 + 60,
    ]);
    expect(chartXRange([])).toEqual([0, 1]);
  });
});

describe('chartSeriesData', () => {
  it('draws a lone session’s target (a reference line) across the axis, its point once', () => {
    const data = chartSeriesData(
      [NOV_21_2026],
      [
        { values: [72], isReference: false },
        { values: [90], isReference: true },
      ],
    );
    expect(data.x).toEqual([
      NOV_21_2026 - LONE_POINT_PAD_S,
      NOV_21_2026,
      NOV_21_2026 + LONE_POINT_PAD_S,
    ]);
    expect(data.ys).toEqual([
      [null, 72, null],
      [90, 90, 90],
    ]);
  });
  it('leaves several points as they are', () => {
    const data = chartSeriesData(
      [NOV_21_2026, NOV_21_2026 + WEEK_S],
      [{ values: [3, null], isReference: true }],
    );
    expect(data).toEqual({ x: [NOV_21_2026, NOV_21_2026 + WEEK_S], ys: [[3, null]] });
  });
});
