// Weekly views of the history: volume (sessions, sets, reps, seconds held) and adherence (sessions
// done against the sessions planned by the program's frequencyPerWeek). Weeks start on Monday and
// every week of the range is present, empty weeks included, so a gap shows as a gap.
import { dayNumber, weekStartOf, type DayNumber } from './calendar';
import type { SessionFacts } from './session-facts';

export interface WeekVolume {
  readonly weekStart: DayNumber;
  readonly sessions: number;
  readonly sets: number;
  readonly reps: number;
  readonly holdSeconds: number;
}

export interface WeekAdherence {
  readonly weekStart: DayNumber;
  readonly done: number;
  /** Sessions planned that week; null before the first program session (nothing was planned). */
  readonly planned: number | null;
  /** done / planned as a percentage, capped at 100; null when nothing was planned. */
  readonly percent: number | null;
}

/** Monday of every week from the week of `from` to the week of `to`, oldest first. */
export function weeksBetween(from: DayNumber, to: DayNumber): DayNumber[] {
  const weeks: DayNumber[] = [];
  for (let w = weekStartOf(from); w <= to; w = dayNumber(w + 7)) weeks.push(w);
  return weeks;
}

const byWeek = (facts: readonly SessionFacts[]): Map<number, SessionFacts[]> => {
  const map = new Map<number, SessionFacts[]>();
  for (const f of facts) {
    const week = weekStartOf(f.day);
    map.set(week, [...(map.get(week) ?? []), f]);
  }
  return map;
};

export function weeklyVolume(
  facts: readonly SessionFacts[],
  from: DayNumber,
  to: DayNumber,
): WeekVolume[] {
  const grouped = byWeek(facts);
  return weeksBetween(from, to).map((weekStart) => {
    const week = grouped.get(weekStart) ?? [];
    return {
      weekStart,
      sessions: week.length,
      sets: week.reduce((n, f) => n + f.setCount, 0),
      reps: week.reduce((n, f) => n + f.repCount, 0),
      holdSeconds: week.reduce((n, f) => n + f.holdSeconds, 0),
    };
  });
}

/**
 * Sessions done vs planned per week. The plan of a week is the frequencyPerWeek of the program of
 * the latest program session started up to the end of that week (so switching programs changes
 * the plan from that week on); `frequencyOf` returns null for a program it does not know.
 */
export function weeklyAdherence(
  facts: readonly SessionFacts[],
  frequencyOf: (programId: string) => number | null,
  from: DayNumber,
  to: DayNumber,
): WeekAdherence[] {
  const grouped = byWeek(facts);
  const programSessions = facts
    .filter((f) => f.programId !== null)
    .sort((a, b) => a.startedAt - b.startedAt);
  let planned: number | null = null;
  let next = 0;
  return weeksBetween(from, to).map((weekStart) => {
    const weekEnd = weekStart + 7;
    for (; next < programSessions.length; next += 1) {
      const f = programSessions[next];
      if (f === undefined || f.day >= weekEnd) break;
      planned = frequencyOf(f.programId ?? '') ?? planned;
    }
    const done = (grouped.get(weekStart) ?? []).filter((f) => f.isDone).length;
    return {
      weekStart,
      done,
      planned,
      percent:
        planned === null || planned === 0
          ? null
          : Math.min(100, Math.round((done / planned) * 100)),
    };
  });
}
