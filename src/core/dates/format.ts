/**
 * Formats dates for people, through `Intl.DateTimeFormat`, at exactly the precision they are known:
 * `2008` → "2008", `2022-09` → "September 2022", `2025-02-13` → "13. Februar 2025" / "February 13, 2025".
 * Formatting happens in UTC so that a date never shifts by a day with the reader's time zone.
 */
import { parsePartialDate, type DatePrecision, type PartialDateParts } from './partial-date';

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/** The dash between a stretch's ends, as `formatRange` writes it in German and English: an en dash, thin spaces. */
const RANGE_DASH = '\u2009–\u2009';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, OPTIONS[precision]);
    cache.set(key, format);
  }
  return format;
}

/** The first day a partial date covers, at midnight UTC. */
function utcDate(parts: PartialDateParts): Date {
  return new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1));
}

/** A partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) in words for `locale`; the input itself if it is malformed. */
export function formatPartialDateFor(value: string, locale: string): string {
  const parts = parsePartialDate(value);
  if (!parts) return value;
  return formatter(locale, parts.precision).format(utcDate(parts));
}

/**
 * A stretch between two partial dates for `locale`, as `Intl.DateTimeFormat.formatRange` writes it: what the two
 * share is said once ("13. Februar – 2. März 2025", "February 2024 – March 2025"), and a stretch that starts and
 * ends on the same date is that date alone ("13. Februar 2025", not "13. Februar 2025 – 13. Februar 2025"). Dates
 * of different precision (`2024` to `2025-03`) are each written at their own, joined by the same dash; malformed
 * input is returned as written.
 */
export function formatPartialDateRange(from: string, to: string, locale: string): string {
  const start = parsePartialDate(from);
  const end = parsePartialDate(to);
  if (!start || !end || start.precision !== end.precision)
    return from === to
      ? formatPartialDateFor(from, locale)
      : `${formatPartialDateFor(from, locale)}${RANGE_DASH}${formatPartialDateFor(to, locale)}`;
  return formatter(locale, start.precision).formatRange(utcDate(start), utcDate(end));
}

/**
 * A publication date (`YYYY-MM-DD` or an ISO timestamp) as a day in words. Timestamps keep their calendar day
 * as written, not as it falls in the reader's time zone.
 */
export function formatPublished(value: string, locale: string): string {
  return formatPartialDateFor(value.slice(0, 10), locale);
}
