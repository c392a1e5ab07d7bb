/**
 * Which way from the publication date a date without a year, or a weekday, lies: the qualifier before it
 * ("vergangenen", "kommenden", "seit"), else the tense of its clause; and the year that puts it there.
 */
import {
  FUTURE_AUXILIARIES,
  FUTURE_QUALIFIERS,
  PAST_AUXILIARIES,
  PAST_QUALIFIERS,
} from '../lexicon/calendar';
import { CLAUSE_MARKS } from '../lexicon/punctuation';
import { SPEECH_VERB_PAST_FORMS } from '../lexicon/speech-verbs';
import { STRONG_PAST_FORMS } from '../lexicon/verb-forms';
import { dayMatch, type Direction, type Match, type Scan, type Tense } from './date-match';

/**
 * The way a qualifier before a month or weekday points: "vergangenen", "letzten", "gestrigen" strictly back,
 * "kommenden", "nächsten" strictly forward, "seit" back; `undefined` for other words.
 */
export function qualifierWay(lower: string): Direction | undefined {
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
export function dateWay(scan: Scan, i: number): Direction {
  if (scan.tokens[i - 1]?.lower === 'seit') return { toward: 'back', strict: false };
  const tense = tenseAt(scan, i);
  return { toward: tense === 'past' ? 'back' : tense === 'future' ? 'forward' : 'nearest', strict: false };
}

/** The tense of the clause token `i` stands in; all clauses of the sentence are worked out once, linearly. */
export function tenseAt(scan: Scan, i: number): Tense {
  if (!scan.tenses) {
    const tenses: Tense[] = [];
    let from = 0;
    let past = false;
    let simplePast = false;
    let future = false;
    const { tokens } = scan;
    for (let k = 0; k <= tokens.length; k++) {
      const token = tokens[k];
      if (token && !CLAUSE_MARKS.has(token.text)) {
        // "hatte", "war" (which outweigh a future auxiliary: "getötet worden sein sollen"); the simple past of a
        // speech verb ("sagte im Februar", "kündigte im März an") or of a strong verb ("Die Preise stiegen im
        // Januar"), which does not: "Sie kam gestern zurück und wird am Samstag …" joins two clauses without a
        // comma, and "wird … entschieden" is a future whose participle is spelled like a past
        if (PAST_AUXILIARIES.has(token.lower)) past = true;
        else if (FUTURE_AUXILIARIES.has(token.lower)) future = true;
        else if (
          !token.capital &&
          (SPEECH_VERB_PAST_FORMS.has(token.lower) || STRONG_PAST_FORMS.has(token.lower))
        )
          simplePast = true;
        continue;
      }
      const tense: Tense = past ? 'past' : future ? 'future' : simplePast ? 'past' : 'unmarked';
      for (let j = from; j <= k && j < tokens.length; j++) tenses[j] = tense;
      from = k + 1;
      past = false;
      simplePast = false;
      future = false;
    }
    scan.tenses = tenses;
  }
  return scan.tenses[i] ?? 'unmarked';
}

/** A day and month without a year: the year that puts it the given way from the publication date. */
export function relativeDayMatch(
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
export function yearsAway(at: (year: number) => number, year: number, here: number, way: Direction): number {
  const earlier = at(year - 1);
  const same = at(year);
  const later = at(year + 1);
  if (way.toward === 'back') return same < here || (!way.strict && same === here) ? 0 : -1;
  if (way.toward === 'forward') return same > here || (!way.strict && same === here) ? 0 : 1;
  const nearest = Math.min(here - earlier, Math.abs(same - here), later - here);
  return nearest === here - earlier ? -1 : nearest === Math.abs(same - here) ? 0 : 1;
}
