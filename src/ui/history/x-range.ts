// The time axis of a progress chart, from the data's own first and last x (seconds).
// uPlot on its own widens a single point to a 1000-day range, so one session showed up under the
// years 2027–2029; this keeps at least a few days either side of a lone point instead.

const DAY_S = 86_400;
/** Room either side of a single point, when the chart asks for none. */
export const LONE_POINT_PAD_S = 3 * DAY_S;

export function chartXRange(x: readonly number[], padX = 0): [number, number] {
  const finite = x.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const pad = min === max ? Math.max(padX, LONE_POINT_PAD_S) : padX;
  return [min - pad, max + pad];
}

export interface ChartSeriesIn {
  readonly values: readonly (number | null)[];
  /** A reference level (target, plan): drawn as a line, so a lone value spreads across the axis. */
  readonly isReference: boolean;
}

/**
 * The data uPlot draws. With a single x, a line series has nothing to join and a reference line
 * (target, planned sessions) was not drawn at all; so a lone point gets the axis ends as two more
 * x values, where reference lines repeat their value and the other series stay empty.
 */
export function chartSeriesData(
  x: readonly number[],
  series: readonly ChartSeriesIn[],
  padX = 0,
): { x: number[]; ys: (number | null)[][] } {
  const single = x.length === 1 ? x[0] : undefined;
  if (single === undefined || !Number.isFinite(single)) {
    return { x: [...x], ys: series.map((s) => [...s.values]) };
  }
  const [from, to] = chartXRange(x, padX);
  return {
    x: [from, single, to],
    ys: series.map(({ values, isReference }) => {
      const v = values[0] ?? null;
      return isReference ? [v, v, v] : [null, v, null];
    }),
  };
}
