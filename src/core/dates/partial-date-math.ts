/**
 * Arithmetic on partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): whether one exists, the instants it covers on a
 * time axis, and writing parts back. Apart from `partial-date.ts`, which the first render of an article page loads,
 * since only the validator, the timeline, the archive and the annotator use these.
 */
import { parsePartialDate, type PartialDateParts } from './partial-date';

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
