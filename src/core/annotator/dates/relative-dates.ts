/**
 * Dates counted from the publication date: relative days ("gestern", "übermorgen"), periods ("im vergangenen
 * Jahr", "im kommenden Monat", "im Vorjahr") and weekdays ("am Mittwoch", "am vergangenen Freitag", "Freitag
 * vergangener Woche").
 */
import { INDEFINITE_ARTICLES } from '../lexicon/articles';
import {
  AHEAD_PREPOSITIONS,
  DAY_ARTICLES,
  DAY_PARTS,
  FUTURE_QUALIFIERS,
  PAST_QUALIFIERS,
  PERIOD_PARTS,
  PERIOD_PREPOSITIONS,
  PRESENT_QUALIFIERS,
  PRIOR_YEAR_OPENERS,
  RELATIVE_DAYS,
  TOMORROW,
  WEEKDAY_SYNONYMS,
  WEEKDAYS,
} from '../lexicon/calendar';
import { formatPartialDate } from '../../dates/partial-date-math';
import type { Token } from '../text/tokens';
import { qualifierWay, tenseAt } from './date-direction';
import { monthShift, shift, type Match, type Scan } from './date-match';
import { digits } from './date-tokens';

/** "gestern", "heute", "vorgestern", "übermorgen", and "morgen" in lower case (not "heute morgen"). */
export function relativeDay(scan: Scan, i: number): Match | undefined {
  const { tokens, published } = scan;
  const token = tokens[i] as Token;
  if (!published || !token.word) return undefined;
  let offset = RELATIVE_DAYS.get(token.lower);
  if (offset === undefined && token.text === TOMORROW) {
    const before = tokens[i - 1]?.lower;
    if (before !== undefined && RELATIVE_DAYS.has(before)) return undefined;
    offset = 1;
  }
  if (offset === undefined) return undefined;
  return {
    mention: { start: token.start, end: token.end, date: shift(published, offset), relative: true },
    next: i + 1,
  };
}

/** "im vergangenen Jahr", "Ende letzten Jahres", "in diesem Jahr", "im kommenden Monat", "im Vorjahr". */
export function relativePeriod(scan: Scan, i: number): Match | undefined {
  const { tokens, published } = scan;
  const token = tokens[i] as Token;
  if (!published || !token.capital) return undefined;
  const before = tokens[i - 1];
  const isYear = token.lower === 'jahr' || token.lower === 'jahres';
  const isMonth = token.lower === 'monat' || token.lower === 'monats';
  let delta: number;
  if (
    (token.lower === 'vorjahr' || token.lower === 'vorjahres') &&
    before &&
    PRIOR_YEAR_OPENERS.has(before.lower)
  ) {
    const y = published.year - 1;
    return { mention: { start: before.start, end: token.end, date: String(y), relative: true }, next: i + 1 };
  }
  if (!before || (!isYear && !isMonth)) return undefined;
  if (PAST_QUALIFIERS.has(before.lower)) delta = -1;
  else if (FUTURE_QUALIFIERS.has(before.lower)) delta = 1;
  else if (PRESENT_QUALIFIERS.has(before.lower)) delta = 0;
  else return undefined;
  const opener = tokens[i - 2];
  const start =
    opener && (PERIOD_PREPOSITIONS.has(opener.lower) || PERIOD_PARTS.has(opener.lower))
      ? opener.start
      : before.start;
  const date = isYear ? String(published.year + delta) : formatPartialDate(monthShift(published, delta));
  return { mention: { start, end: token.end, date, relative: true }, next: i + 1 };
}

export function weekday(scan: Scan, i: number): Match | undefined {
  const { tokens, published } = scan;
  const token = tokens[i] as Token;
  if (!published || !token.capital) return undefined;
  const day = weekdayOf(token.lower);
  if (day === undefined) return undefined;
  // "Montag, den 3. April", "Montag, 3.4.": the date that follows says which Monday.
  const after = tokens[i + 1];
  const then = tokens[i + 2];
  const dated = then && ((digits(then, 1, 2) && tokens[i + 3]?.text === '.') || DAY_ARTICLES.has(then.lower));
  if (after?.text === ',' && dated) return undefined;
  const before = tokens[i - 1];
  let start = token.start;
  const qualified = before ? qualifierWay(before.lower) : undefined;
  const present = before !== undefined && PRESENT_QUALIFIERS.has(before.lower);
  if (before && before.lower !== 'seit' && (qualified || present)) start = before.start;
  const am = tokens[start === token.start ? i - 1 : i - 2];
  if (am?.lower === 'am') start = am.start;
  // An indefinite article ("an einem Sonnabend im Mai") names no particular week.
  if (am && INDEFINITE_ARTICLES.has(am.lower)) return undefined;
  // A weekday is back unless its clause is in the future, or "für"/"ab" put it ahead in a clause not in the past:
  // news reports what happened, and forecasts and rules what is to come.
  const tense = tenseAt(scan, i);
  const forward = tense === 'future' || (AHEAD_PREPOSITIONS.has(before?.lower ?? '') && tense !== 'past');
  const way = qualified ?? { toward: forward ? 'forward' : 'back', strict: false };
  const base = new Date(Date.UTC(published.year, published.month - 1, published.day)).getUTCDay();
  // "Freitag vergangener Woche": that weekday in the week (Monday to Sunday) before, of or after publication.
  const week = then?.lower === 'woche' && after ? weekOffset(after.lower) : undefined;
  if (week !== undefined && then) {
    const monday = -((base + 6) % 7);
    const offset = monday + 7 * week + ((day + 6) % 7);
    return { mention: { start, end: then.end, date: shift(published, offset), relative: true }, next: i + 3 };
  }
  const back = (base - day + 7) % 7;
  const ahead = (day - base + 7) % 7;
  const offset =
    way.toward === 'forward'
      ? ahead === 0 && way.strict
        ? 7
        : ahead
      : back === 0 && way.strict
        ? -7
        : -back;
  return { mention: { start, end: token.end, date: shift(published, offset), relative: true }, next: i + 1 };
}

/** The `getUTCDay()` number of "Montag", "Montagabend", "Sonnabend"; `undefined` for other words. */
function weekdayOf(lower: string): number | undefined {
  const synonym = WEEKDAY_SYNONYMS.get(lower);
  if (synonym !== undefined) return synonym;
  for (let day = 0; day < WEEKDAYS.length; day++) {
    const name = WEEKDAYS[day] as string;
    if (!lower.startsWith(name)) continue;
    const rest = lower.slice(name.length);
    if (rest === '' || DAY_PARTS.includes(rest)) return day;
  }
  return undefined;
}

/** −1 for "vergangener Woche", 0 for "dieser Woche", 1 for "nächster Woche". */
function weekOffset(qualifier: string): number | undefined {
  if (PAST_QUALIFIERS.has(qualifier)) return -1;
  if (FUTURE_QUALIFIERS.has(qualifier)) return 1;
  if (PRESENT_QUALIFIERS.has(qualifier)) return 0;
  return undefined;
}
