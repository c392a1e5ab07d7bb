/**
 * What the date matchers (`./date-mentions.ts`) share: a found date ({@link DateMention}), the publication date it may
 * be worked out from ({@link Day}), the sentence being scanned ({@link Scan}), a matcher's answer ({@link Match}),
 * and the mentions at each precision, made from their parts.
 */
import { daysInMonth, formatPartialDate } from '../../dates/partial-date-math';
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
 * Whether `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) lies after `day` at its own precision: "2027-03" after 20
 * November 2026, not "2026" nor "2026-11".
 */
export function laterThan(date: string, day: Day): boolean {
  return date > shift(day, 0).slice(0, date.length);
}

/**
 * Which way a date without a year, or a weekday, lies from the publication date: `back` takes the latest one on
 * or before it, `forward` the first one on or after it, `nearest` whichever is closer (the earlier on a tie);
 * `strict` excludes the publication day or month itself ("am vergangenen Donnerstag" in a Thursday's paper is a
 * week ago).
 */
export interface Direction {
  toward: 'back' | 'forward' | 'nearest';
  strict: boolean;
}

/**
 * A clause's tense as its auxiliaries show it: `past` ("wurde", "hatte", "ist … worden"), `future` ("wird",
 * "soll" with no past auxiliary), else `unmarked` (a present or a preterite of a full verb, which says nothing).
 * A preterite stays unmarked on purpose: news tells in the past of what was announced for a date to come ("Für die
 * Wahl am 18. September kündigte er seine Kandidatur an"). Taking the simple past of strong and speech verbs as
 * past (measured on the corpus's train split, 6 December) moved 10 dates, 2 of them to the right year.
 */
export type Tense = 'past' | 'future' | 'unmarked';

/** What the matchers share for one sentence. */
export interface Scan {
  tokens: readonly Token[];
  published: Day | undefined;
  /** The tense of each token's clause, worked out on first use. */
  tenses?: Tense[];
}

/** A matched date and the index of the first token after it. */
export interface Match {
  mention: DateMention;
  next: number;
}

/** Looks for a date that starts at token `i`. */
export type Matcher = (scan: Scan, i: number) => Match | undefined;

export function dayMatch(
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

export function monthMatch(start: number, end: number, year: number, month: number, next: number): Match {
  return { mention: { start, end, date: formatPartialDate({ year, month }), relative: false }, next };
}

export function yearMatch(start: number, end: number, year: number, next: number): Match {
  return { mention: { start, end, date: String(year), relative: false }, next };
}

export function shift(base: Day, days: number): string {
  const date = new Date(Date.UTC(base.year, base.month - 1, base.day + days));
  return formatPartialDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

export function monthShift(base: Day, months: number): { year: number; month: number } {
  const index = base.year * 12 + base.month - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
