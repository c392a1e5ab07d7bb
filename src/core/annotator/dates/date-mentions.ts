/**
 * Dates the text mentions, at their real precision: "im Jahr 2008", "seit 2014", "wurde 1998 gegründet", "im
 * Herbst 1999" (year), "im September 2022", "Mitte März 2023" (month), "am 30. September 2022", "am 3.4.2008"
 * (day), a range by its first day ("vom 3. bis 5. April 2008": the article format has no ranges), and weekdays,
 * months without a year and relative days ("am vergangenen Freitag", "im Februar", "gestern", "im vergangenen
 * Jahr") resolved against the publication date. A hand-written token matcher rather than chrono-node, whose German
 * locale misses "im September 2022" and "im Jahr 2008".
 *
 * The strategy is here: each token is tried by the matchers for its kind, most specific first; the matchers are in
 * `numeric-days.ts`, `month-dates.ts`, `years.ts` and `relative-dates.ts`, what they share in `date-match.ts`,
 * `date-tokens.ts` and `date-direction.ts`.
 */
import type { Token } from '../text/tokens';
import type { DateMention, Day, Match, Matcher, Scan } from './date-match';
import { dayOfMonth, monthName } from './month-dates';
import { isoDate, numericDate } from './numeric-days';
import { relativeDay, relativePeriod, weekday } from './relative-dates';
import { yearNumber } from './years';

/**
 * Finds the dates in a sentence's tokens, left to right; each token belongs to at most one date. `published`
 * resolves weekdays, relative days and dates without a year; without it those are skipped.
 */
export function findDates(tokens: readonly Token[], published: Day | undefined): DateMention[] {
  const scan: Scan = { tokens, published };
  const found: DateMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = matchAt(scan, i);
    if (match) {
      found.push(match.mention);
      i = match.next;
    } else i++;
  }
  return found;
}

/** Matchers for a token that starts with a digit, most specific first: a numeric day before a year. */
const NUMBER_MATCHERS: readonly Matcher[] = [numericDate, isoDate, dayOfMonth, yearNumber];

/** Matchers for a capitalised word: a month name, "Jahr"/"Monat" after a qualifier, a weekday, "Gestern". */
const NAME_MATCHERS: readonly Matcher[] = [monthName, relativePeriod, weekday, relativeDay];

function matchAt(scan: Scan, i: number): Match | undefined {
  const token = scan.tokens[i] as Token;
  if (!token.word) return undefined;
  const code = token.text.charCodeAt(0);
  const matchers = code >= 48 && code <= 57 ? NUMBER_MATCHERS : token.capital ? NAME_MATCHERS : undefined;
  if (!matchers) return relativeDay(scan, i);
  for (const matcher of matchers) {
    const match = matcher(scan, i);
    if (match) return match;
  }
  return undefined;
}
