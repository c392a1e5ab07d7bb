/** Days written with numbers: "3.4.2008", "03.04.08", "am 3.4.", "2008-04-03". */
import { DATE_PREPOSITIONS, RANGE_JOINERS } from '../lexicon/calendar';
import type { Token } from '../text/tokens';
import { dateWay, relativeDayMatch } from './date-direction';
import { dayMatch, type Day, type Match, type Scan } from './date-match';
import { digits, joined } from './date-tokens';

/** "3.4.2008", "03.04.08"; "3.4." only after "am", "vom", "seit" …, resolved against the publication date. */
export function numericDate(scan: Scan, i: number): Match | undefined {
  const { tokens } = scan;
  const parts = numericParts(scan, i);
  if (!parts) return undefined;
  const before = tokens[i - 1];
  // Part of a longer number ("1.3.4.2008", "2/3.4.2008"), not the start of a date.
  if (before && joined(before, tokens[i] as Token) && /^[.,/:\d]/.test(before.text)) return undefined;
  const start = (tokens[i] as Token).start;
  if (parts.year !== undefined)
    return dayMatch(start, parts.end, parts.year, parts.month, parts.day, parts.next);
  if (!before || !DATE_PREPOSITIONS.has(before.lower)) return undefined;
  // "vom 3.4. bis 5.4.2008": the year of the end.
  const joiner = tokens[parts.next];
  const last = joiner && RANGE_JOINERS.has(joiner.lower) ? numericParts(scan, parts.next + 1) : undefined;
  if (last?.year !== undefined) {
    const year = parts.month > last.month ? last.year - 1 : last.year;
    return dayMatch(before.start, last.end, year, parts.month, parts.day, last.next);
  }
  return relativeDayMatch(scan, start, parts.end, parts.month, parts.day, parts.next, dateWay(scan, i));
}

interface NumericParts {
  day: number;
  month: number;
  year: number | undefined;
  /** Offset after the last character. */
  end: number;
  next: number;
}

/** Day, full stop, month, full stop, and an optional two- or four-digit year, with nothing in between. */
function numericParts(scan: Scan, i: number): NumericParts | undefined {
  const { tokens } = scan;
  const day = tokens[i];
  const dot = tokens[i + 1];
  const month = tokens[i + 2];
  const dot2 = tokens[i + 3];
  if (!day || !dot || !month || !dot2 || !digits(day, 1, 2) || !digits(month, 1, 2)) return undefined;
  if (
    dot.text !== '.' ||
    dot2.text !== '.' ||
    !joined(day, dot) ||
    !joined(dot, month) ||
    !joined(month, dot2)
  )
    return undefined;
  const parts = { day: Number(day.text), month: Number(month.text) };
  if (parts.month < 1 || parts.month > 12 || parts.day < 1) return undefined;
  const year = tokens[i + 4];
  if (year && joined(dot2, year) && (digits(year, 4, 4) || digits(year, 2, 2))) {
    const value = year.text.length === 4 ? Number(year.text) : century(Number(year.text), scan.published);
    return { ...parts, year: value, end: year.end, next: i + 5 };
  }
  if (year && joined(dot2, year) && year.word) return undefined;
  return { ...parts, year: undefined, end: dot2.end, next: i + 4 };
}

/** "08" as 2008, "98" as 1998: the century that puts the year at most ten years after publication. */
function century(twoDigits: number, published: Day | undefined): number {
  if (!published) return twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits;
  const candidate = Math.floor(published.year / 100) * 100 + twoDigits;
  return candidate > published.year + 10 ? candidate - 100 : candidate;
}

/** "2008-04-03" (one token: the hyphen joins digits). */
export function isoDate(scan: Scan, i: number): Match | undefined {
  const token = scan.tokens[i] as Token;
  if (token.text.length !== 10) return undefined; // "2024-05-02", the only length that can match
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(token.text);
  if (!match) return undefined;
  return dayMatch(token.start, token.end, Number(match[1]), Number(match[2]), Number(match[3]), i + 1);
}
