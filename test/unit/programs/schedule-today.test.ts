import { describe, expect, it } from 'vitest';
import { dayOfWeekOf, scheduleDayOf } from '../../../src/core/programs/schedule-today';
import type { Program } from '../../../src/core/session/types';
import { programWith } from '../../helpers/program-fixtures';

const program: Program = programWith(2, 'fp'); // mon, wed, fri from 2026-12-07 to 2027-02-28

describe('dayOfWeekOf', () => {
  it('names the day of known dates and refuses what is no date', () => {
    expect(dayOfWeekOf('2026-12-07')).toBe('mon');
    expect(dayOfWeekOf('2026-12-02')).toBe('wed');
    expect(dayOfWeekOf('2027-02-28')).toBe('sun');
    expect(dayOfWeekOf('2024-02-29')).toBe('thu');
    expect(dayOfWeekOf('2026-02-30')).toBeNull();
  });
});

describe('scheduleDayOf', () => {
  it('is due on the schedule’s days within its bounds, a rest day on the others', () => {
    expect(scheduleDayOf(program, '2026-12-09')).toEqual({ kind: 'due', timesToday: 1 });
    expect(scheduleDayOf(program, '2026-12-08')).toEqual({
      kind: 'rest_day',
      days: ['mon', 'wed', 'fri'],
    });
  });
  it('is not due before the start or after the end', () => {
    expect(scheduleDayOf(program, '2026-12-04')).toEqual({
      kind: 'not_started',
      start: '2026-12-07',
    });
    expect(scheduleDayOf(program, '2027-03-01')).toEqual({ kind: 'ended', end: '2027-02-28' });
  });
  it('is due every day when no day is named, and unscheduled without a schedule', () => {
    const schedule = program.schedule;
    if (schedule === undefined) throw new Error('fixture has a schedule');
    const daily: Program = { ...program, schedule: { ...schedule, dayOfWeek: [], frequency: 2 } };
    expect(scheduleDayOf(daily, '2026-12-08')).toEqual({ kind: 'due', timesToday: 2 });
    const { schedule: dropped, ...bare } = program;
    expect(dropped).toBeDefined();
    expect(scheduleDayOf(bare, '2026-12-08')).toEqual({ kind: 'unscheduled' });
  });
});
