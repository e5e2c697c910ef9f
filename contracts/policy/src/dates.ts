/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so no time zone moves a day.
 */
import { isIsoDate } from '@kente/contract-core';

export type IsoDate = string;

function parts(date: IsoDate): [number, number, number] {
  if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * `months` later (or earlier when negative), the day kept, or the month's last day when the
 * target month is shorter: 2024-01-31 + 1 → 2024-02-29, 2023-01-31 + 1 → 2023-02-28.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * The last day of a period of `months` starting on `start`: the day before the same day
 * `months` later, or the target month's last day when that day does not exist in it.
 * 2024-01-01 + 12 → 2024-12-31; 2024-01-31 + 1 → 2024-02-29; 2024-02-29 + 12 → 2025-02-28.
 */
export function periodEnd(start: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(start);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return d > daysInMonth(year, month) ? format(year, month, daysInMonth(year, month)) : addDays(format(year, month, d), -1);
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** A cycle start "dd-mm" that exists every year (29-02 does not), as [day, month]; null otherwise. */
export function parseCycle(value: string): [number, number] | null {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2023, month)) return null;
  return [day, month];
}

/** The cycle "dd-mm" in `year`. */
export function cycleDate(cycle: [number, number], year: number): IsoDate {
  return format(year, cycle[1], cycle[0]);
}

export function yearOf(date: IsoDate): number {
  return parts(date)[0];
}
