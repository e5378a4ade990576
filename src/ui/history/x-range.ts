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
