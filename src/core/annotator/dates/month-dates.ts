/**
 * Days and months with a month name: "am 30. September 2022", "vom 3. bis 5. April 2008", "3. April bis 5. Mai
 * 2008"; "im September 2022", "Mitte März 2023", "von März bis Mai 2008", "im Februar".
 */
import { formatPartialDate } from '../../dates/partial-date-math';
import {
  DATE_PREPOSITIONS,
  DAY_ARTICLES,
  MONTH_OPENERS,
  PERIOD_PARTS,
  PRESENT_QUALIFIERS,
  RANGE_JOINERS,
  RANGE_OPENERS,
  YEAR_PERIODS,
} from '../lexicon/calendar';
import type { Token } from '../text/tokens';
import { dateWay, qualifierWay, relativeDayMatch, yearsAway } from './date-direction';
import { dayMatch, monthMatch, type Match, type Scan } from './date-match';
import { digits, monthOf, yearValue } from './date-tokens';

export function dayOfMonth(scan: Scan, i: number): Match | undefined {
  const { tokens } = scan;
  const first = tokens[i] as Token;
  if (!digits(first, 1, 2) || tokens[i + 1]?.text !== '.') return undefined;
  const joiner = tokens[i + 2];
  // "3. bis 5. April", "3. und 4. April", "3.–5. April": the first day, with the month of the last.
  const within =
    joiner && (RANGE_JOINERS.has(joiner.lower) || joiner.lower === 'und')
      ? monthDay(tokens, i + 3)
      : undefined;
  const single = within ? undefined : monthDay(tokens, i);
  const last = within ?? single;
  if (!last) return undefined;
  const day = Number(first.text);
  let start = within ? rangeStart(tokens, i) : first.start;
  let end = last.end;
  let next = last.next;
  let year = yearValue(tokens[next]);
  if (year !== undefined) {
    end = (tokens[next] as Token).end;
    next++;
  } else if (single) {
    // "3. April bis 5. Mai 2008": the year of the end.
    const to = tokens[next];
    const other = to && RANGE_JOINERS.has(to.lower) ? monthDay(tokens, next + 1) : undefined;
    const otherYear = other ? yearValue(tokens[other.next]) : undefined;
    if (other && otherYear !== undefined) {
      year = last.month > other.month ? otherYear - 1 : otherYear;
      start = rangeStart(tokens, i);
      end = (tokens[other.next] as Token).end;
      next = other.next + 1;
    }
  }
  if (year !== undefined) return dayMatch(start, end, year, last.month, day, next);
  return relativeDayMatch(scan, start, end, last.month, day, next, dateWay(scan, i));
}

/** A day, its full stop and a month name at `i`: the month, the offset after it, the index after it. */
function monthDay(
  tokens: readonly Token[],
  i: number,
): { month: number; end: number; next: number } | undefined {
  const day = tokens[i];
  const month = monthOf(tokens[i + 2]);
  if (!day || !digits(day, 1, 2) || tokens[i + 1]?.text !== '.' || month === undefined) return undefined;
  return { month, end: (tokens[i + 2] as Token).end, next: i + 3 };
}

/** Where a range's mention starts: at "vom"/"von" or "zwischen dem" before its first token. */
function rangeStart(tokens: readonly Token[], i: number): number {
  const before = tokens[i - 1];
  if (!before) return (tokens[i] as Token).start;
  if (RANGE_OPENERS.has(before.lower)) return before.start;
  const zwischen = tokens[i - 2];
  if (zwischen?.lower === 'zwischen' && DAY_ARTICLES.has(before.lower)) return zwischen.start;
  return (tokens[i] as Token).start;
}

/** How far back in a sentence, in tokens, a year can frame a month ("im ersten Halbjahr 2025 … im März"). */
const FRAME_REACH = 30;

/**
 * The year of a period of a year named earlier in the sentence ("im ersten Halbjahr 2025", "im Geschäftsjahr 2024",
 * "im Jahr 2023"), which frames a month named after it without a year. A year alone may be an attribute ("die 2015
 * gegründete Firma meldete im März …"), so only a year after a noun for a period counts.
 */
function frameYear(tokens: readonly Token[], at: number): number | undefined {
  for (let k = at - 1; k > 0 && at - k <= FRAME_REACH; k--) {
    const year = yearValue(tokens[k]);
    if (year !== undefined && YEAR_PERIODS.has((tokens[k - 1] as Token).lower)) return year;
  }
  return undefined;
}

export function monthName(scan: Scan, i: number): Match | undefined {
  const { tokens } = scan;
  const token = tokens[i] as Token;
  const month = monthOf(token);
  if (month === undefined) return undefined;
  const before = tokens[i - 1];
  const qualified = before && (PERIOD_PARTS.has(before.lower) || DATE_PREPOSITIONS.has(before.lower));
  const year = yearValue(tokens[i + 1]);
  if (year !== undefined) {
    const start = qualified ? before.start : token.start;
    return monthMatch(start, (tokens[i + 1] as Token).end, year, month, i + 2);
  }
  // "von März bis Mai 2008", "zwischen März und Mai 2008": the first month, in the year of the last.
  const joiner = tokens[i + 1];
  const joins =
    joiner && (RANGE_JOINERS.has(joiner.lower) || (joiner.lower === 'und' && before?.lower === 'zwischen'));
  const other = joins ? monthOf(tokens[i + 2]) : undefined;
  const otherYear = yearValue(tokens[i + 3]);
  if (other !== undefined && otherYear !== undefined) {
    const start =
      before && RANGE_OPENERS.has(before.lower) ? before.start : qualified ? before.start : token.start;
    return monthMatch(
      start,
      (tokens[i + 3] as Token).end,
      month > other ? otherYear - 1 : otherYear,
      month,
      i + 4,
    );
  }
  // "Im ersten Halbjahr 2025 wurden von Januar bis Juni …": a period of a year named before in the sentence frames
  // the months after it
  const framed = frameYear(tokens, i);
  if (framed !== undefined) {
    const opens = before && (RANGE_OPENERS.has(before.lower) || qualified);
    const start = opens ? before.start : token.start;
    return other !== undefined
      ? monthMatch(start, (tokens[i + 2] as Token).end, framed, month, i + 3)
      : monthMatch(start, token.end, framed, month, i + 1);
  }
  // "im Februar", "Ende Mai", "im vergangenen März", "seit Januar": the month before (or after) publication.
  const { published } = scan;
  if (!published || !before) return undefined;
  let start = before.start;
  const qualifier = qualifierWay(before.lower);
  const present = PRESENT_QUALIFIERS.has(before.lower);
  if (!qualifier && !present && !MONTH_OPENERS.has(before.lower)) return undefined;
  const way = qualifier ?? dateWay(scan, i);
  const opener = tokens[i - 2];
  if ((qualifier || present) && opener && (MONTH_OPENERS.has(opener.lower) || opener.lower === 'in'))
    start = opener.start;
  const here = published.year * 12 + published.month;
  const resolved = published.year + yearsAway((y) => y * 12 + month, published.year, here, way);
  return {
    mention: { start, end: token.end, date: formatPartialDate({ year: resolved, month }), relative: true },
    next: i + 1,
  };
}
