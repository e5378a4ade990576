// Whether a program's schedule has a session on a given local date: within its bounds, on one of
// its days of the week (every day when it names none). The date comes in as a parameter
// (YYYY-MM-DD, the patient's local calendar), never from a clock.
import type { DayOfWeek, Program } from '../session/types';
import { dayFromIsoDate, weekStartOf } from '../progress/calendar';
import { DAYS_OF_WEEK } from './versions';

export type ScheduleDay =
  /** No schedule: the program is done whenever the patient likes. */
  | { readonly kind: 'unscheduled' }
  | { readonly kind: 'due'; readonly timesToday: number }
  | { readonly kind: 'rest_day'; readonly days: readonly DayOfWeek[] }
  | { readonly kind: 'not_started'; readonly start: string }
  | { readonly kind: 'ended'; readonly end: string };

/** The day of the week of a YYYY-MM-DD date; null when it is not one. */
export function dayOfWeekOf(isoDate: string): DayOfWeek | null {
  const day = dayFromIsoDate(isoDate);
  // weekStartOf is the Monday of the day's week; DAYS_OF_WEEK starts on Monday.
  return day === null ? null : (DAYS_OF_WEEK[day - weekStartOf(day)] ?? null);
}

export function scheduleDayOf(program: Program, isoDate: string): ScheduleDay {
  const s = program.schedule;
  if (s === undefined) return { kind: 'unscheduled' };
  // ISO dates compare as strings.
  if (isoDate < s.boundsPeriod.start) return { kind: 'not_started', start: s.boundsPeriod.start };
  if (s.boundsPeriod.end !== null && isoDate > s.boundsPeriod.end) {
    return { kind: 'ended', end: s.boundsPeriod.end };
  }
  const day = dayOfWeekOf(isoDate);
  const isDue = s.dayOfWeek.length === 0 || (day !== null && s.dayOfWeek.includes(day));
  return isDue ? { kind: 'due', timesToday: s.frequency } : { kind: 'rest_day', days: s.dayOfWeek };
}
