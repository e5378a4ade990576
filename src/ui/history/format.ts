// Local calendar and display formats: the one place the UI turns epoch times into local days
// (the core's DayNumber) and back, and into words.
import {
  dayFromCivil,
  isoDateFromDay,
  type DayNumber,
  type SessionFacts,
} from '../../core/progress';
import { exerciseName, text } from '../text';

export const localDayOf = (epochMs: number): DayNumber => {
  const d = new Date(epochMs);
  return dayFromCivil(d.getFullYear(), d.getMonth() + 1, d.getDate());
};

/** Local midnight of a day, in epoch ms. */
export const msOfDay = (day: DayNumber): number => {
  const [year, month, date] = isoDateFromDay(day).split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1).getTime();
};

export const todayIso = (nowMs: number): string => isoDateFromDay(localDayOf(nowMs));

export const formatDateTime = (epochMs: number): string =>
  new Date(epochMs).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

export const formatDate = (epochMs: number): string =>
  new Date(epochMs).toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });

export const formatDay = (day: DayNumber): string => formatDate(msOfDay(day));

export const formatShortDay = (day: DayNumber): string =>
  new Date(msOfDay(day)).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

export const scoreText = (value: number | null, dash = '—'): string =>
  value === null ? dash : String(Math.round(value * 10) / 10);

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/** A file-name-safe local date stamp, e.g. 2024-03-05. */
export const fileDate = (epochMs: number): string => todayIso(epochMs);

/** The exercises a session did, by name, in the order they were done. */
export const exerciseNames = (facts: Pick<SessionFacts, 'exerciseIds'>): string =>
  facts.exerciseIds.map(exerciseName).join(', ');

/**
 * What a session did: its reps, and (when it had hold exercises) the seconds held — the one
 * wording for the history list and home's last line, so a hold session never reads "0 reps".
 */
export function doneText(
  facts: Pick<SessionFacts, 'repCount' | 'holdSeconds' | 'holdSecondsPrescribed'>,
): string {
  const hasHolds = facts.holdSecondsPrescribed > 0;
  const parts = [
    ...(facts.repCount > 0 || !hasHolds ? [text.history.reps(facts.repCount)] : []),
    ...(hasHolds ? [text.history.held(Math.round(facts.holdSeconds))] : []),
  ];
  return parts.join(', ');
}
