/**
 * Dates at their real precision. An article says "2008", "im September 2022" or "am 13. Februar 2025";
 * the format keeps each as an ISO 8601 reduced-precision string (`2008`, `2022-09`, `2025-02-13`) and
 * nothing here pads a year to a fake first of January.
 */

/** How much of a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A parsed partial date. `month` is 1-12 and `day` 1-31 where present. */
export interface PartialDateParts {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Splits `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into parts; `undefined` when the string has another shape. */
export function parsePartialDate(value: string): PartialDateParts | undefined {
  const match = PATTERN.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { year, precision: 'year' };
  if (d === undefined) return { year, month: Number(m), precision: 'month' };
  return { year, month: Number(m), day: Number(d), precision: 'day' };
}

/** Days in a month of the proleptic Gregorian calendar; `month` is 1-12. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a partial date names a day, month or year that exists (no 2025-02-30, no month 13). */
export function isPossibleDate(value: string): boolean {
  const parts = parsePartialDate(value);
  if (!parts) return false;
  if (parts.month === undefined) return true;
  if (parts.month < 1 || parts.month > 12) return false;
  if (parts.day === undefined) return true;
  return parts.day >= 1 && parts.day <= daysInMonth(parts.year, parts.month);
}

/** Writes parts back as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function formatPartialDate(parts: Omit<PartialDateParts, 'precision'>): string {
  const year = String(parts.year).padStart(4, '0');
  if (parts.month === undefined) return year;
  const month = `${year}-${String(parts.month).padStart(2, '0')}`;
  if (parts.day === undefined) return month;
  return `${month}-${String(parts.day).padStart(2, '0')}`;
}

/**
 * The first and last instant (UTC milliseconds) a partial date covers: a year covers all of it,
 * a month all its days. Used to place an event on a time axis.
 */
export function dateRange(value: string): { start: number; end: number } | undefined {
  const parts = parsePartialDate(value);
  if (!parts || !isPossibleDate(value)) return undefined;
  const { year, month, day } = parts;
  if (month === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  if (day === undefined) return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) };
  return { start: Date.UTC(year, month - 1, day), end: Date.UTC(year, month - 1, day + 1) };
}
