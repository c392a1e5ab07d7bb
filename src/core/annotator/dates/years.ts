/** Years: "im Jahr 2008", "seit 2014", "im Herbst 1999", "1998 bis 2002", "wurde 1998 gegründet". */
import { DETERMINERS } from '../lexicon/nouns';
import {
  AMOUNT_UNITS,
  AMOUNT_WORDS,
  MONTH_OPENERS,
  NUMBER_LABELS,
  PERIOD_PARTS,
  RANGE_JOINERS,
  SEASONS,
  YEAR_OR_COUNT_PREPOSITIONS,
  YEAR_PREPOSITIONS,
  YEAR_WORDS,
} from '../lexicon/calendar';
import type { Token } from '../text/tokens';
import { yearMatch, type Match, type Scan } from './date-match';
import { yearValue, joined } from './date-tokens';

/** Bare years (no preposition or "Jahr" before them) are looked for from here to the publication year + this. */
const EARLIEST_BARE_YEAR = 1800;
const BARE_YEARS_AHEAD = 30;

export function yearNumber(scan: Scan, i: number): Match | undefined {
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
