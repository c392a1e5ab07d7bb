/**
 * Formats dates for people, through `Intl.DateTimeFormat`, at exactly the precision they are known:
 * `2008` → "2008", `2022-09` → "September 2022", `2025-02-13` → "13. Februar 2025" / "February 13, 2025".
 * Formatting happens in UTC so that a date never shifts by a day with the reader's time zone.
 */
import { parsePartialDate, type DatePrecision } from './partial-date';

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

/** The formatter of `locale` for dates of `precision`, made once per language and precision. */
export function formatter(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, OPTIONS[precision]);
    cache.set(key, format);
  }
  return format;
}

/** A partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) in words for `locale`; the input itself if it is malformed. */
export function formatPartialDateFor(value: string, locale: string): string {
  const parts = parsePartialDate(value);
  if (!parts) return value;
  const date = new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1));
  return formatter(locale, parts.precision).format(date);
}

/**
 * A publication date (`YYYY-MM-DD` or an ISO timestamp) as a day in words. Timestamps keep their calendar day
 * as written, not as it falls in the reader's time zone.
 */
export function formatPublished(value: string, locale: string): string {
  return formatPartialDateFor(value.slice(0, 10), locale);
}
