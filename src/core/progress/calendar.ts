// Calendar days as plain numbers, without Date: a DayNumber counts local calendar days from
// 1970-01-01 (day 0, a Thursday). The UI turns an epoch time into its local civil date; from there
// on, days, weeks and ISO date strings are arithmetic (Howard Hinnant's days-from-civil).
import type { Brand } from '../units';

export type DayNumber = Brand<number, 'DayNumber'>;

export const dayNumber = (value: number): DayNumber => value as DayNumber;

/** Days from 1970-01-01 to the civil date year-month-day (month 1–12). */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return dayNumber(era * 146_097 + doe - 719_468);
}

export function civilFromDay(day: DayNumber): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of a day (the journal's date format). */
export function isoDateFromDay(day: DayNumber): string {
  const c = civilFromDay(day);
  return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}`;
}

/** The day of a 'YYYY-MM-DD' string; null when it is not one. */
export function dayFromIsoDate(iso: string): DayNumber | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const result = dayFromCivil(year, month, day);
  return isoDateFromDay(result) === iso ? result : null;
}

/** The Monday that starts the (ISO) week of `day`. */
export const weekStartOf = (day: DayNumber): DayNumber =>
  dayNumber(day - ((((day + 3) % 7) + 7) % 7));
