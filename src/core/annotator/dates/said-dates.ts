/**
 * When a statement was made, where the text says so next to its speech verb: "sagte am Mittwoch", "Am Montag
 * erklärte die Ministerin, …", "wie die Polizei gestern mitteilte". The date of the quote's `said`, so that a
 * speaker's page can order what they said by when they said it, not by when the article appeared.
 */
import type { FoundDate, FoundQuote, TextModel } from '../model';

/** A date precise to the day or the month: a year alone ("der 2019 gewählte Präsident") is not when someone spoke. */
const DAY_OR_MONTH = /^\d{4}-\d{2}(?:-\d{2})?$/;

/**
 * The date the sentence of `quote`'s cue names outside what was said and outside the speaker's mention, when it
 * names exactly one, precise to the month or day, and not after `published` (`YYYY-MM-DD`, when known): a statement
 * is reported after it was made. `undefined` for a quote without a cue, or when the sentence names none or several
 * ("sagte am Montag, die Schule öffne am Mittwoch": the second is inside what was said).
 */
export function saidDate(
  model: TextModel,
  quote: FoundQuote,
  dates: readonly FoundDate[],
  published: string | undefined,
): string | undefined {
  const cue = quote.cue[0];
  if (!cue) return undefined;
  const sentence = model.sentences.findIndex(
    (s) => s.paragraph === cue.paragraph && s.start <= cue.start && cue.end <= s.end,
  );
  if (sentence < 0) return undefined;
  const within = (
    date: FoundDate,
    part: { paragraph: number; start: number; end: number } | undefined,
  ): boolean =>
    part !== undefined &&
    part.paragraph === date.paragraph &&
    part.start <= date.start &&
    date.end <= part.end;
  const candidates = dates.filter(
    (date) =>
      date.sentence === sentence &&
      DAY_OR_MONTH.test(date.date) &&
      !quote.spans.some((part) => within(date, part)) &&
      !within(date, quote.mention) &&
      (published === undefined || date.date <= published),
  );
  return candidates.length === 1 ? candidates[0]?.date : undefined;
}
