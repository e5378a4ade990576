import { describe, expect, it } from 'vitest';
import { chartXRange, LONE_POINT_PAD_S } from '../../../src/ui/history/x-range';

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
