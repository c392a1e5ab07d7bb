/**
 * Dates the text mentions, at their real precision: "im Jahr 2008", "seit 2014", "wurde 1998 gegründet", "im
 * Herbst 1999" (year), "im September 2022", "Mitte März 2023" (month), "am 30. September 2022", "am 3.4.2008"
 * (day), a range by its first day ("vom 3. bis 5. April 2008": the article format has no ranges), and weekdays,
 * months without a year and relative days ("am vergangenen Freitag", "im Februar", "gestern", "im vergangenen
 * Jahr") resolved against the publication date. A hand-written token matcher rather than chrono-node, whose German
 * locale misses "im September 2022" and "im Jahr 2008".
 */
import { daysInMonth, formatPartialDate } from '../../dates/partial-date';
import { MONTHS } from '../lexicon/abbreviations';
import { DETERMINERS } from '../lexicon/nouns';
import {
  AMOUNT_UNITS,
  AMOUNT_WORDS,
  DATE_PREPOSITIONS,
  DAY_PARTS,
  FUTURE_AUXILIARIES,
  FUTURE_QUALIFIERS,
  MONTH_OPENERS,
  NUMBER_LABELS,
  PAST_AUXILIARIES,
  PAST_QUALIFIERS,
  PERIOD_PARTS,
  PRESENT_QUALIFIERS,
  RANGE_JOINERS,
  RELATIVE_DAYS,
  SEASONS,
  TOMORROW,
  WEEKDAY_SYNONYMS,
  WEEKDAYS,
  YEAR_OR_COUNT_PREPOSITIONS,
  YEAR_PREPOSITIONS,
  YEAR_WORDS,
} from '../lexicon/calendar';
import { CLAUSE_MARKS } from '../lexicon/punctuation';
import type { Token } from '../text/tokens';

/** A date found in a sentence: the tokens that say it and the date they mean. */
export interface DateMention {
  /** Half-open UTF-16 offsets into the paragraph. */
  start: number;
  end: number;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** Whether the date was worked out from the publication date (a weekday, "gestern", "im Februar"). */
  relative: boolean;
}

/** A publication date as UTC year, month (1-12) and day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Parses `YYYY-MM-DD` (or the date part of an ISO timestamp). */
export function parseDay(value: string | undefined): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * Which way a date without a year, or a weekday, lies from the publication date: `back` takes the latest one on
 * or before it, `forward` the first one on or after it, `nearest` whichever is closer (the earlier on a tie);
 * `strict` excludes the publication day or month itself ("am vergangenen Donnerstag" in a Thursday's paper is a
 * week ago).
 */
interface Direction {
  toward: 'back' | 'forward' | 'nearest';
  strict: boolean;
}

/**
 * A clause's tense as its auxiliaries show it: `past` ("wurde", "hatte", "ist … worden"), `future` ("wird",
 * "soll" with no past auxiliary), else `unmarked` (a present or a preterite of a full verb, which says nothing).
 */
type Tense = 'past' | 'future' | 'unmarked';

/** What the matchers share for one sentence. */
interface Scan {
  tokens: readonly Token[];
  published: Day | undefined;
  /** The tense of each token's clause, worked out on first use. */
  tenses?: Tense[];
}

/** A matched date and the index of the first token after it. */
interface Match {
  mention: DateMention;
  next: number;
}

type Matcher = (scan: Scan, i: number) => Match | undefined;

/** Bare years (no preposition or "Jahr" before them) are looked for from here to the publication year + this. */
const EARLIEST_BARE_YEAR = 1800;
const BARE_YEARS_AHEAD = 30;

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

// --- Days written with numbers: "3.4.2008", "03.04.08", "am 3.4.", "2008-04-03" ---

/** "3.4.2008", "03.04.08"; "3.4." only after "am", "vom", "seit" …, resolved against the publication date. */
function numericDate(scan: Scan, i: number): Match | undefined {
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
function isoDate(scan: Scan, i: number): Match | undefined {
  const token = scan.tokens[i] as Token;
  if (token.text.length !== 10) return undefined; // "2024-05-02", the only length that can match
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(token.text);
  if (!match) return undefined;
  return dayMatch(token.start, token.end, Number(match[1]), Number(match[2]), Number(match[3]), i + 1);
}

// --- Days with a month name: "am 30. September 2022", "vom 3. bis 5. April 2008", "3. April bis 5. Mai 2008" ---

function dayOfMonth(scan: Scan, i: number): Match | undefined {
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
  if (before.lower === 'vom' || before.lower === 'von' || before.lower === 'zwischen') return before.start;
  const zwischen = tokens[i - 2];
  if (zwischen?.lower === 'zwischen' && /^(dem|den)$/.test(before.lower)) return zwischen.start;
  return (tokens[i] as Token).start;
}

// --- Months: "im September 2022", "Mitte März 2023", "von März bis Mai 2008", "im Februar" ---

function monthName(scan: Scan, i: number): Match | undefined {
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
      before && /^(von|zwischen)$/.test(before.lower) ? before.start : qualified ? before.start : token.start;
    return monthMatch(
      start,
      (tokens[i + 3] as Token).end,
      month > other ? otherYear - 1 : otherYear,
      month,
      i + 4,
    );
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

// --- Years: "im Jahr 2008", "seit 2014", "im Herbst 1999", "1998 bis 2002", "wurde 1998 gegründet" ---

function yearNumber(scan: Scan, i: number): Match | undefined {
  const { tokens } = scan;
  const token = tokens[i] as Token;
  const before = tokens[i - 1];
  // "1998-2002" is one token (the hyphen joins digits): a range of years, by its first.
  const joinedRange = /^(\d{4})[-‐‑](\d{4})$/.exec(token.text);
  const year = joinedRange ? Number(joinedRange[1]) : yearValue(token);
  if (year === undefined) return undefined;
  if (joinedRange && Number(joinedRange[2]) < year) return undefined;
  if (before && !before.word && joined(before, token) && before.text !== '(') return undefined;
  let end = token.end;
  let next = i + 1;
  // "2008/09", "2008/2009": a season or school year, by its first year.
  const slash = tokens[i + 1];
  const second = tokens[i + 2];
  if (
    slash?.text === '/' &&
    second &&
    joined(token, slash) &&
    joined(slash, second) &&
    /^\d{2}(\d{2})?$/.test(second.text)
  ) {
    end = second.end;
    next = i + 3;
  }
  // "1998 bis 2002", "1998–2002", "zwischen 1998 und 2002".
  const joiner = tokens[next];
  const range =
    joiner && (RANGE_JOINERS.has(joiner.lower) || (joiner.lower === 'und' && before?.lower === 'zwischen'));
  const last = range ? yearValue(tokens[next + 1]) : undefined;
  if (last !== undefined && last >= year) {
    end = (tokens[next + 1] as Token).end;
    next += 2;
  }
  const isRange = next > i + 1 && last !== undefined;
  const start = yearStart(tokens, i, isRange);
  if (start === undefined) {
    if (!bareYear(scan, i, year, next, isRange || joinedRange !== null) || beforeChrist(tokens, next))
      return undefined;
    return yearMatch(token.start, end, year, next);
  }
  // A unit makes any number an amount ("bis 2000 km"); a noun does after "vor", "in" ("vor 2000 Zuschauern").
  if (start.weak ? amountFollows(tokens, next) : unitFollows(tokens, next)) return undefined;
  if (beforeChrist(tokens, next)) return undefined;
  return yearMatch(start.offset, end, year, next);
}

/**
 * Where a year's mention starts when a word before it makes it a year: "im Jahr 2008", "im Herbst 1999", "Ende
 * 2023", "seit 2014"; `weak` for a preposition that takes counts too ("vor 2000 Zuschauern"). `undefined` when no
 * such word stands before it.
 */
function yearStart(
  tokens: readonly Token[],
  i: number,
  range: boolean,
): { offset: number; weak: boolean } | undefined {
  const token = tokens[i] as Token;
  const before = tokens[i - 1];
  if (!before?.word) return undefined;
  const earlier = tokens[i - 2];
  if (before.lower.startsWith('jahr') && YEAR_WORDS.has(before.lower))
    return { offset: earlier?.word ? earlier.start : before.start, weak: false };
  if (SEASONS.has(before.lower))
    return {
      offset: earlier && MONTH_OPENERS.has(earlier.lower) ? earlier.start : before.start,
      weak: false,
    };
  if (YEAR_WORDS.has(before.lower) || PERIOD_PARTS.has(before.lower))
    return { offset: before.start, weak: false };
  // "im Geschäftsjahr 2004", "das Haushaltsjahr 2000/2001".
  if (before.capital && /jahr(es)?$/.test(before.lower)) return { offset: before.start, weak: false };
  if (before.lower === 'zwischen' && range) return { offset: before.start, weak: false };
  if (YEAR_PREPOSITIONS.has(before.lower))
    return { offset: range && before.lower === 'von' ? before.start : token.start, weak: false };
  if (YEAR_OR_COUNT_PREPOSITIONS.has(before.lower)) return { offset: token.start, weak: true };
  return undefined;
}

/**
 * A year with no word before it that makes it one, read as a time adverbial ("1998 wurde sie gegründet", "die
 * 1998 gegründete Partei", "die Bundestagswahl 2009") rather than a count or a label ("Nummer 1994") ("1998 Menschen", "rund 1998", "2000 neue
 * Stellen"). Round hundreds ("2000 wurden evacuated") are counts as often as years and need a word before them.
 */
function bareYear(scan: Scan, i: number, year: number, next: number, range: boolean): boolean {
  const { tokens, published } = scan;
  const latest = (published?.year ?? 2100 - BARE_YEARS_AHEAD) + BARE_YEARS_AHEAD;
  if (year < EARLIEST_BARE_YEAR || year > latest || (year % 100 === 0 && !range)) return false;
  const before = tokens[i - 1];
  if (before) {
    if (
      before.word &&
      (NUMBER_LABELS.has(before.lower) || AMOUNT_WORDS.has(before.lower) || /\d/.test(before.text))
    )
      return false;
    if (!before.word && before.text !== ',' && before.text !== '„' && before.text !== '"') return false;
  }
  // A noun after a single number makes it a count ("1998 Menschen"); after a range of years it is what happened
  // then ("1980 bis 1989 Präsident").
  if (range ? unitFollows(tokens, next) : amountFollows(tokens, next)) return false;
  // "2000 neue Stellen": an adjective ending in -e before a noun follows a count; a verb in -te/-de may not.
  const after = tokens[next];
  const noun = tokens[next + 1];
  const adjective = after?.word === true && !after.capital && !DETERMINERS.has(after.lower);
  if (adjective && noun?.capital && /[^td]e$/.test(after.lower)) return false;
  return true;
}

/** "1500 v. Chr.": a year the format cannot write. */
function beforeChrist(tokens: readonly Token[], i: number): boolean {
  const v = tokens[i]?.lower;
  return (v === 'v' || v === 'vor') && tokens[i + (v === 'v' ? 2 : 1)]?.lower.startsWith('chr') === true;
}

/** Whether a unit follows: "1998 km", "2000 %". */
function unitFollows(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i];
  if (!after) return false;
  return after.word
    ? AMOUNT_UNITS.has(after.lower)
    : after.text === '%' || after.text === '€' || after.text === '$';
}

/** Whether the token at `i` makes the number before it an amount: a noun, a unit, another number, "%". */
function amountFollows(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i];
  if (!after) return false;
  if (!after.word) return after.text === '%' || after.text === '€' || after.text === '$';
  return after.capital || AMOUNT_UNITS.has(after.lower) || /^\d/.test(after.text);
}

// --- Days, months and years counted from the publication date ---

/** "gestern", "heute", "vorgestern", "übermorgen", and "morgen" in lower case (not "heute morgen"). */
function relativeDay(scan: Scan, i: number): Match | undefined {
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
function relativePeriod(scan: Scan, i: number): Match | undefined {
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
    /^(im|des)$/.test(before.lower)
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
    opener && (/^(im|in|seit|bis|ab)$/.test(opener.lower) || PERIOD_PARTS.has(opener.lower))
      ? opener.start
      : before.start;
  const date = isYear ? String(published.year + delta) : formatPartialDate(monthShift(published, delta));
  return { mention: { start, end: token.end, date, relative: true }, next: i + 1 };
}

// --- Weekdays: "am Mittwoch", "am vergangenen Freitag", "kommenden Montag", "Freitag vergangener Woche" ---

function weekday(scan: Scan, i: number): Match | undefined {
  const { tokens, published } = scan;
  const token = tokens[i] as Token;
  if (!published || !token.capital) return undefined;
  const day = weekdayOf(token.lower);
  if (day === undefined) return undefined;
  // "Montag, den 3. April", "Montag, 3.4.": the date that follows says which Monday.
  const after = tokens[i + 1];
  const then = tokens[i + 2];
  const dated =
    then && ((digits(then, 1, 2) && tokens[i + 3]?.text === '.') || /^(den|dem)$/.test(then.lower));
  if (after?.text === ',' && dated) return undefined;
  const before = tokens[i - 1];
  let start = token.start;
  const qualified = before ? qualifierWay(before.lower) : undefined;
  const present = before !== undefined && PRESENT_QUALIFIERS.has(before.lower);
  if (before && before.lower !== 'seit' && (qualified || present)) start = before.start;
  const am = tokens[start === token.start ? i - 1 : i - 2];
  if (am?.lower === 'am') start = am.start;
  // An indefinite article ("an einem Sonnabend im Mai") names no particular week.
  if (am && /^(einem|einen|eines)$/.test(am.lower)) return undefined;
  // A weekday is back unless its clause is in the future: news reports what happened.
  const way = qualified ?? { toward: tenseAt(scan, i) === 'future' ? 'forward' : 'back', strict: false };
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

// --- Helpers ---

/**
 * The way a qualifier before a month or weekday points: "vergangenen", "letzten", "gestrigen" strictly back,
 * "kommenden", "nächsten" strictly forward, "seit" back; `undefined` for other words.
 */
function qualifierWay(lower: string): Direction | undefined {
  if (PAST_QUALIFIERS.has(lower)) return { toward: 'back', strict: true };
  if (FUTURE_QUALIFIERS.has(lower)) return { toward: 'forward', strict: true };
  if (lower === 'seit') return { toward: 'back', strict: false };
  return undefined;
}

/**
 * The way an unqualified date without a year lies: back in a past clause ("Im März hatte sie gezögert"),
 * forward in a future one ("Am 23. Februar wird gewählt"), else the nearer of the two, since news announces
 * dates as often as it reports them ("Die Wahl findet am 18. September statt").
 */
function dateWay(scan: Scan, i: number): Direction {
  if (scan.tokens[i - 1]?.lower === 'seit') return { toward: 'back', strict: false };
  const tense = tenseAt(scan, i);
  return { toward: tense === 'past' ? 'back' : tense === 'future' ? 'forward' : 'nearest', strict: false };
}

/** The tense of the clause token `i` stands in; all clauses of the sentence are worked out once, linearly. */
function tenseAt(scan: Scan, i: number): Tense {
  if (!scan.tenses) {
    const tenses: Tense[] = [];
    let from = 0;
    let past = false;
    let future = false;
    const { tokens } = scan;
    for (let k = 0; k <= tokens.length; k++) {
      const token = tokens[k];
      if (token && !CLAUSE_MARKS.has(token.text)) {
        if (PAST_AUXILIARIES.has(token.lower)) past = true;
        else if (FUTURE_AUXILIARIES.has(token.lower)) future = true;
        continue;
      }
      const tense: Tense = past ? 'past' : future ? 'future' : 'unmarked';
      for (let j = from; j <= k && j < tokens.length; j++) tenses[j] = tense;
      from = k + 1;
      past = false;
      future = false;
    }
    scan.tenses = tenses;
  }
  return scan.tenses[i] ?? 'unmarked';
}

function dayMatch(
  start: number,
  end: number,
  year: number,
  month: number,
  day: number,
  next: number,
): Match | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { mention: { start, end, date: formatPartialDate({ year, month, day }), relative: false }, next };
}

/** A day and month without a year: the year that puts it the given way from the publication date. */
function relativeDayMatch(
  scan: Scan,
  start: number,
  end: number,
  month: number,
  day: number,
  next: number,
  way: Direction,
): Match | undefined {
  const { published } = scan;
  if (!published) return undefined;
  const here = Date.UTC(published.year, published.month - 1, published.day);
  const year = published.year + yearsAway((y) => Date.UTC(y, month - 1, day), published.year, here, way);
  const match = dayMatch(start, end, year, month, day, next);
  if (match) match.mention.relative = true;
  return match;
}

/**
 * −1, 0 or 1: which of the years around the publication year puts a day or month (`at(year)`, on any scale that
 * `here`, the publication, is on) the given way from publication.
 */
function yearsAway(at: (year: number) => number, year: number, here: number, way: Direction): number {
  const earlier = at(year - 1);
  const same = at(year);
  const later = at(year + 1);
  if (way.toward === 'back') return same < here || (!way.strict && same === here) ? 0 : -1;
  if (way.toward === 'forward') return same > here || (!way.strict && same === here) ? 0 : 1;
  const nearest = Math.min(here - earlier, Math.abs(same - here), later - here);
  return nearest === here - earlier ? -1 : nearest === Math.abs(same - here) ? 0 : 1;
}

function monthMatch(start: number, end: number, year: number, month: number, next: number): Match {
  return { mention: { start, end, date: formatPartialDate({ year, month }), relative: false }, next };
}

function yearMatch(start: number, end: number, year: number, next: number): Match {
  return { mention: { start, end, date: String(year), relative: false }, next };
}

/**
 * A month name written out, with a capital ("März", "Sept"), or `undefined`. Three-letter short forms ("Jan",
 * "Apr") are skipped, as they are names and words too often; "Mai" is the month's full name.
 */
function monthOf(token: Token | undefined): number | undefined {
  if (!token?.capital || (token.lower.length <= 3 && token.lower !== 'mai')) return undefined;
  return MONTHS.get(token.lower);
}

function yearValue(token: Token | undefined): number | undefined {
  if (!token || !digits(token, 4, 4)) return undefined;
  const value = Number(token.text);
  return value >= 1000 && value <= 2199 ? value : undefined;
}

/** Whether a token is all digits, between `min` and `max` of them. */
function digits(token: Token, min: number, max: number): boolean {
  const { text } = token;
  if (text.length < min || text.length > max) return false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Whether two tokens touch, with no space between them. */
function joined(a: Token, b: Token): boolean {
  return a.end === b.start;
}

function shift(base: Day, days: number): string {
  const date = new Date(Date.UTC(base.year, base.month - 1, base.day + days));
  return formatPartialDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

function monthShift(base: Day, months: number): { year: number; month: number } {
  const index = base.year * 12 + base.month - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
