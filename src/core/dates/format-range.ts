/**
 * A stretch between two partial dates in words, for a speaker's roles over time. Apart from `format.ts`, whose
 * functions every article page runs before it is interactive: this one is used by a lazy page only.
 */
import { formatPartialDateFor, formatter } from './format';
import { parsePartialDate, type PartialDateParts } from './partial-date';

/** The first day a partial date covers, at midnight UTC. */
const firstDay = (parts: PartialDateParts): Date =>
  new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1));

/** The dash between a stretch's ends, as `formatRange` writes it in German and English: an en dash, thin spaces. */
const RANGE_DASH = '\u2009–\u2009';

/**
 * `formatRange`'s dash and the spaces around it, which engines write differently: Node's ICU thin spaces, Chromium's
 * plain ones ("January 10 – May 10, 2019"). A page prerendered by one and hydrated by the other must read the same.
 */
const ANY_RANGE_DASH = /\s?–\s?/u;

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
  return formatter(locale, start.precision)
    .formatRange(firstDay(start), firstDay(end))
    .replace(ANY_RANGE_DASH, RANGE_DASH);
}
