/**
 * When a statement was made, where the text says so next to its speech verb: "sagte am Mittwoch", "Am Montag
 * erklärte die Ministerin, …", "wie die Polizei gestern mitteilte". The date of the quote's `said`, so that a
 * speaker's page can order what they said by when they said it, not by when the article appeared.
 */
import type { FoundDate, FoundQuote, TextModel } from '../model';
import type { QuotedPart } from '../text/quotation-marks';

/** A date precise to the day or the month: a year alone ("der 2019 gewählte Präsident") is not when someone spoke. */
const DAY_OR_MONTH = /^\d{4}-\d{2}(?:-\d{2})?$/;

/**
 * For each quote of `quotes` with a cue, the date the sentence of its cue names outside what was said and outside the
 * speaker's mention, when it names exactly one, precise to the month or day, and not after `published`
 * (`YYYY-MM-DD`, when known): a statement is reported after it was made. A quote without a cue, or whose sentence
 * names none or several ("sagte am Montag, die Schule öffne am Mittwoch": the second is inside what was said), has
 * none. Linear in the quotes and dates (a sentence is found by binary search), as the pass is in the text.
 */
export function saidDates(
  model: TextModel,
  quotes: readonly FoundQuote[],
  dates: readonly FoundDate[],
  published: string | undefined,
): Map<FoundQuote, string> {
  const bySentence = new Map<number, FoundDate[]>();
  for (const date of dates) {
    if (!DAY_OR_MONTH.test(date.date) || (published !== undefined && date.date > published)) continue;
    const list = bySentence.get(date.sentence);
    if (list) list.push(date);
    else bySentence.set(date.sentence, [date]);
  }
  const said = new Map<FoundQuote, string>();
  if (bySentence.size === 0) return said;
  for (const quote of quotes) {
    const cue = quote.cue[0];
    const sentence = cue ? sentenceOf(model, cue) : -1;
    const candidates = (bySentence.get(sentence) ?? []).filter(
      (date) => !quote.spans.some((part) => holds(part, date)) && !holds(quote.mention, date),
    );
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only) said.set(quote, only.date);
  }
  return said;
}

/** Whether `part` holds the mention of `date`. */
function holds(part: QuotedPart | undefined, date: FoundDate): boolean {
  return (
    part !== undefined &&
    part.paragraph === date.paragraph &&
    part.start <= date.start &&
    date.end <= part.end
  );
}

/** The index of the sentence that holds `part`'s start, or -1 (the model's sentences are in text order). */
function sentenceOf(model: TextModel, part: QuotedPart): number {
  const { sentences } = model;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (!sentence) return -1;
    if (
      sentence.paragraph < part.paragraph ||
      (sentence.paragraph === part.paragraph && sentence.end <= part.start)
    )
      low = middle + 1;
    else if (sentence.paragraph > part.paragraph || sentence.start > part.start) high = middle - 1;
    else return middle;
  }
  return -1;
}
