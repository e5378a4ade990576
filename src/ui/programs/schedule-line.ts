// A program's schedule in a line: days, times a day (at what times), from when to when.
import type { ProgramSchedule } from '../../core/session/types';
import { text } from '../text';

export const scheduleLine = (s: ProgramSchedule): string => {
  const t = text.schedule;
  return `${t.days(s.dayOfWeek)} · ${t.timesPerDay(s.frequency)}${t.at(s.timeOfDay)} · ${t.from(s.boundsPeriod.start, s.boundsPeriod.end)}`;
};
