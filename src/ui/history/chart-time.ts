// What the history's charts share: seconds on the time axis, noon of a day, half a week, and the
// span of weeks the weekly charts cover.
import type { DayNumber } from '../../core/progress';
import type { HistoryState } from './controller';
import { localDayOf } from './format';

export const NOON_MS = 12 * 3_600_000;
export const seconds = (ms: number): number => Math.round(ms / 1000);
/** Half a week, so a week's bar is whole at either end of the axis. */
export const HALF_WEEK_S = 3.5 * 86_400;

/** The weeks from the first session to today (or the last session, if later). */
export function range(state: HistoryState): { from: DayNumber; to: DayNumber } | null {
  const oldest = state.sessions.at(-1);
  const newest = state.sessions[0];
  if (oldest === undefined || newest === undefined) return null;
  const today = localDayOf(Date.now());
  return { from: oldest.day, to: (newest.day > today ? newest.day : today) as DayNumber };
}
