/**
 * Why a search result matched: which of the words shown are the query's, and where the query's other words were
 * found, so that a quote found through its article's title or its speaker's name does not look like a wrong result.
 * The same terms as the index (`indexedText` in `./quote-text.ts`): words folded and stemmed (`stemGerman`), each
 * query word matching as the beginning of a term, words shorter than {@link MIN_TERM_LENGTH} not searched.
 */
import type { LocalizedText } from '../article/schema';
import type { ArchiveQuote } from '../archive/archive-quote';
import { runOnNames } from '../speakers/name-match';
import { searchTerms, stemGerman } from './german';
import { MIN_TERM_LENGTH } from './shards';

/**
 * A place of a quote's indexed text other than the words shown: the speaker's name (also written together), their
 * role, the article's title, the quote in another language than the one shown, or its words past the part a result
 * keeps (`SHOWN_QUOTE_LENGTH`), where a word no other place holds must be.
 */
export type MatchPlace = 'speaker' | 'role' | 'title' | 'translation' | 'rest';

/** The places searched for a word not in the text shown, in the order they are named: as a result shows them. */
const SEARCHED = ['speaker', 'role', 'title', 'translation'] as const;

/** Why a result matched a query. */
export interface QuoteMatch {
  /** The query's words in the text shown, as half-open ranges of UTF-16 offsets into it, in order. */
  marks: [start: number, end: number][];
  /** Where the query's words not in the text shown were found, in the order of {@link SEARCHED}, then `rest`; empty if none. */
  elsewhere: MatchPlace[];
}

const WORD = /[\p{L}\p{N}]+/gu;

const values = (text: LocalizedText | undefined) => (text ? Object.values(text) : []);

/** Whether `term` begins one of `terms` (the query word may be a beginning still being typed, as in the index). */
const begins = (terms: readonly string[], term: string) => terms.some((t) => t.startsWith(term));

/**
 * Why `quote` matched `query`: the words of `shown` (the text the result shows, in the language `language`) that
 * are the query's, and the places of the quote's other indexed text where each query word not among them is
 * found. A word found nowhere that a result keeps is in the words past the shown part (`rest`). About 20 µs for a
 * quote of 240 characters.
 */
export function matchPlaces(
  quote: ArchiveQuote,
  query: string,
  shown: string,
  language: string | undefined,
): QuoteMatch {
  const wanted = [...new Set(searchTerms(query).filter((term) => term.length >= MIN_TERM_LENGTH))];
  const marks: [number, number][] = [];
  const found = new Set<string>();
  for (const word of shown.matchAll(WORD)) {
    const term = stemGerman(word[0]);
    const matched = wanted.filter((want) => term.startsWith(want));
    if (matched.length === 0) continue;
    marks.push([word.index, word.index + word[0].length]);
    for (const want of matched) found.add(want);
  }
  const missing = wanted.filter((want) => !found.has(want));
  if (missing.length === 0) return { marks, elsewhere: [] };

  const speaker = quote.speaker;
  const names = speaker ? [speaker.name, ...values(speaker.localizedName)] : [];
  const termsOf = (texts: readonly string[]) => texts.flatMap(searchTerms);
  const termsIn: Record<(typeof SEARCHED)[number], () => string[]> = {
    speaker: () => termsOf([...names, ...names.flatMap(runOnNames)]),
    role: () => termsOf(values(speaker?.role)),
    title: () => termsOf(values(quote.articleTitle)),
    translation: () =>
      termsOf(Object.entries(quote.text).flatMap(([other, words]) => (other === language ? [] : [words]))),
  };
  const elsewhere: MatchPlace[] = [];
  let unplaced = missing;
  for (const place of SEARCHED) {
    const terms = termsIn[place]();
    if (missing.some((want) => begins(terms, want))) elsewhere.push(place);
    unplaced = unplaced.filter((want) => !begins(terms, want));
  }
  if (unplaced.length > 0) elsewhere.push('rest');
  return { marks, elsewhere };
}
