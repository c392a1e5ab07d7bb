/**
 * Dates the text mentions, at their real precision: "im Jahr 2008" and "seit 2014" (year), "im September 2022",
 * "Mitte März 2023" (month), "am 30. September 2022" (day), and weekdays and relative days ("am Donnerstag",
 * "gestern") resolved against the publication date. A hand-written token matcher rather than chrono-node, whose
 * German locale misses "im September 2022" and "im Jahr 2008".
 */
import { daysInMonth, formatPartialDate } from '../../dates/partial-date';
import { MONTHS } from '../lexicon/abbreviations';
import type { Token } from '../text/tokens';

/** A date found in a sentence: the tokens that say it and the date they mean. */
export interface DateMention {
  /** Half-open UTF-16 offsets into the paragraph. */
  start: number;
  end: number;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** Whether the date was worked out from the publication date (a weekday, "gestern"). */
  relative: boolean;
}

const WEEKDAYS = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'];
const YEAR_TRIGGERS = new Set([
  'im',
  'seit',
  'bis',
  'ab',
  'von',
  'jahr',
  'jahre',
  'jahres',
  'anfang',
  'mitte',
  'ende',
  'frühjahr',
  'sommer',
  'herbst',
  'winter',
  'in',
  'jahresende',
  'jahresbeginn',
]);
const RELATIVE_DAYS = new Map([
  ['vorgestern', -2],
  ['gestern', -1],
  ['heute', 0],
]);

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

function shift(base: Day, days: number): string {
  const date = new Date(Date.UTC(base.year, base.month - 1, base.day + days));
  return formatPartialDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

function year(token: Token | undefined): number | undefined {
  if (!token || !/^\d{4}$/.test(token.text)) return undefined;
  const value = Number(token.text);
  return value >= 1000 && value <= 2199 ? value : undefined;
}

/** Finds the dates in a sentence's tokens. `published` resolves weekdays and relative days; without it they are skipped. */
export function findDates(tokens: readonly Token[], published: Day | undefined): DateMention[] {
  const found: DateMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.word) continue;
    const month = MONTHS.get(token.lower);
    if (month !== undefined && token.capital && token.lower.length > 3) {
      const dayToken = tokens[i - 2];
      const dot = tokens[i - 1];
      const y = year(tokens[i + 1]);
      const yearValue = y ?? published?.year;
      if (dayToken && dot?.text === '.' && /^\d{1,2}$/.test(dayToken.text) && yearValue !== undefined) {
        const day = Number(dayToken.text);
        if (day >= 1 && day <= daysInMonth(yearValue, month)) {
          const end = y ? (tokens[i + 1] as Token).end : token.end;
          found.push({
            start: dayToken.start,
            end,
            date: formatPartialDate({ year: yearValue, month, day }),
            relative: !y,
          });
          if (y) i++;
          continue;
        }
      }
      if (y !== undefined) {
        const qualifier = tokens[i - 1];
        const start =
          qualifier && /^(anfang|mitte|ende|im|seit|bis|ab)$/.test(qualifier.lower)
            ? qualifier.start
            : token.start;
        found.push({
          start,
          end: (tokens[i + 1] as Token).end,
          date: formatPartialDate({ year: y, month }),
          relative: false,
        });
        i++;
      }
      continue;
    }
    const y = year(token);
    if (y !== undefined) {
      const before = tokens[i - 1];
      if (before && YEAR_TRIGGERS.has(before.lower)) {
        let start =
          before.lower.startsWith('jahr') && tokens[i - 2] ? (tokens[i - 2] as Token).start : before.start;
        if (before.lower === 'von' || before.lower === 'bis' || before.lower === 'ab') start = token.start;
        found.push({ start, end: token.end, date: String(y), relative: false });
      }
      continue;
    }
    if (!published) continue;
    const relative = RELATIVE_DAYS.get(token.text);
    if (relative !== undefined) {
      found.push({ start: token.start, end: token.end, date: shift(published, relative), relative: true });
    }
    if (!token.capital) continue;
    const weekday = WEEKDAYS.findIndex(
      (name) =>
        token.lower === name ||
        token.lower === `${name}abend` ||
        token.lower === `${name}morgen` ||
        token.lower === `${name}nachmittag`,
    );
    if (weekday >= 0) {
      const base = new Date(Date.UTC(published.year, published.month - 1, published.day)).getUTCDay();
      const previous = tokens[i - 1]?.lower ?? '';
      const future = /^(kommenden|nächsten|kommende|nächste)$/.test(previous);
      const back = (base - weekday + 7) % 7;
      const offset = future ? (weekday - base + 7) % 7 || 7 : -back;
      const start = previous === 'am' || future ? (tokens[i - 1] as Token).start : token.start;
      found.push({ start, end: token.end, date: shift(published, offset), relative: true });
      continue;
    }
  }
  return found;
}
