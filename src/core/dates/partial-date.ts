/**
 * Dates at their real precision. An article says "2008", "im September 2022" or "am 13. Februar 2025";
 * the format keeps each as an ISO 8601 reduced-precision string (`2008`, `2022-09`, `2025-02-13`) and
 * nothing here pads a year to a fake first of January. What every article page needs before it is interactive
 * (parsing, for formatting); checking, placing on an axis and writing back are in `partial-date-math.ts`.
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
