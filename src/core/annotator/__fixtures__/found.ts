/**
 * What the rule tests compare: each quote the annotator finds in one example sentence, as its kind, its text (the
 * spans joined with " | ") and its speaker's name. Shared by the table-driven tests next to the rules.
 */
import { findQuotes } from '../find-quotes';

/** One found quote as the tests write it down. */
export interface FoundInText {
  kind: string;
  /** The quote's text, its spans joined with " | ". */
  text: string;
  speaker: string | null;
}

/** The quotes of `text`, published on `published` (the base of "am Donnerstag"). */
export function found(text: string, published = '2024-05-02'): FoundInText[] {
  return findQuotes(text, published).map((q) => ({
    kind: q.kind,
    text: q.quote.map(([s, e]) => text.slice(s, e)).join(' | '),
    speaker: q.speaker,
  }));
}
