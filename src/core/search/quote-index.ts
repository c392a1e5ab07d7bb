/**
 * The search index of the archive's quotes: FlexSearch over each quote's words in every language, its speaker's
 * name and role, and its article's title, as one text per quote, with German terms folded and stemmed
 * (`./german`). The browser makes one for the imported articles; the shipped articles' index is the same, split
 * into shards by the beginnings of its terms (`./sharded-index.ts`), and a query runs over both. The helpers to keep
 * quotes in files are in `../archive/stored-quotes.ts`.
 *
 * FlexSearch over MiniSearch: measured on a generated 10,000-article archive (README, "Search and speaker pages"),
 * MiniSearch scored every quote that holds any word of the query, so a common word took hundreds of milliseconds
 * per keystroke; FlexSearch keeps each term's quotes in relevance order and stops at the limit.
 */
import { Index } from 'flexsearch';
import type { LocalizedText } from '../article/schema';
import type { ArchiveQuote, ArticleOrigin } from '../archive/archive-quote';
import { restoreQuotes, storeQuotes, type StoredQuotes } from '../archive/stored-quotes';
import { searchTerms, stemGerman, words } from './german';
import { MIN_TERM_LENGTH } from './shards';
import { indexedText, shortenWords } from './quote-text';

/** The version of {@link QuoteIndexFile}; a file of another version is rebuilt by the site's build, not read. */
export const QUOTE_INDEX_VERSION = 2;

/**
 * The whole index in one file, as `bench/search-libraries.ts` measures it against other libraries (the site ships
 * it split: `./sharded-index.ts`).
 */
export interface QuoteIndexFile extends StoredQuotes {
  version: typeof QUOTE_INDEX_VERSION;
  /** FlexSearch's export: its parts as `[key, data]`. */
  index: [string, string][];
}

/** An index in memory: FlexSearch over ids that are positions in `quotes`. */
export interface QuoteIndex {
  search: Index;
  quotes: ArchiveQuote[];
}

/** One result: the quote and how well it matched (higher is better: the inverse of its rank in its index). */
export interface QuoteHit {
  quote: ArchiveQuote;
  score: number;
}

/** Every word also indexed by its beginnings (`forward`), so that the word being typed matches. */
const OPTIONS = { tokenize: 'forward' as const, encode: searchTerms };

/** An empty index. */
export function createQuoteIndex(): QuoteIndex {
  return { search: new Index(OPTIONS), quotes: [] };
}

/** Adds quotes (of one or more articles) to `index`, keeping their words shortened to show. */
export function addQuotes(index: QuoteIndex, quotes: readonly ArchiveQuote[]): void {
  for (const quote of quotes) {
    const id = index.quotes.length;
    index.quotes.push({ ...quote, text: shortenWords(quote.text) });
    index.search.add(id, indexedText(quote));
  }
}

/** The index as the build writes it: articles once, quotes pointing to them. */
export function quoteIndexFile(index: QuoteIndex): QuoteIndexFile {
  const parts: [string, string][] = [];
  index.search.export((key: string, data: string) => {
    parts.push([key, data]);
  });
  return { version: QUOTE_INDEX_VERSION, ...storeQuotes(index.quotes), index: parts };
}

/**
 * The index in a {@link QuoteIndexFile} (as parsed JSON, written by this module's {@link quoteIndexFile}), its
 * quotes of `origin`. Throws naming the problem when the file is of another version or its parts do not fit.
 */
export function loadQuoteIndex(file: QuoteIndexFile, origin: ArticleOrigin = 'shipped'): QuoteIndex {
  // The file is data from the network: its declared type is what it should be, not what it is.
  const version: unknown = file.version;
  if (version !== QUOTE_INDEX_VERSION)
    throw new Error(`search index: version ${String(version)}, expected ${QUOTE_INDEX_VERSION}`);
  const quotes = restoreQuotes(file, origin, 'search index');
  const search = new Index(OPTIONS);
  for (const [key, data] of file.index) search.import(key, data);
  return { search, quotes };
}

/**
 * The words of a query that search: those whose term has at least {@link MIN_TERM_LENGTH} letters (the shipped
 * index has no shorter terms, and the imported one follows it, so both find the same).
 */
export function queryWords(query: string): string[] {
  return words(query).filter((word) => stemGerman(word).length >= MIN_TERM_LENGTH);
}

/** The most results a query returns: more than a person reads, few enough to paint at once. */
export const MAX_HITS = 50;

/**
 * The quotes that match every word of `query` ({@link queryWords}) in any of `indexes`, best first; a word also
 * matches as the beginning of a longer one (the last word is still being typed). An empty query finds nothing.
 */
export function searchQuotes(indexes: readonly QuoteIndex[], query: string, limit = MAX_HITS): QuoteHit[] {
  const wanted = queryWords(query);
  if (wanted.length === 0) return [];
  const hits: QuoteHit[] = [];
  for (const index of indexes) {
    const ids = index.search.search(wanted.join(' '), { limit }) as number[];
    ids.forEach((id, rank) => {
      const quote = index.quotes[id];
      if (quote) hits.push({ quote, score: 1 / (rank + 1) });
    });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

/**
 * The language to show a hit in: the one of `text` whose words match the most words of `query` (the last also as a
 * beginning, as in {@link searchQuotes}), the first of `preferred` (e.g. the interface language, then the original)
 * among equals. So a German query shows the German words it found, in an English interface too.
 */
export function matchedLanguage(
  text: LocalizedText,
  query: string,
  preferred: readonly string[],
): string | undefined {
  const languages = Object.keys(text);
  // One language is the one to show, found or not: its words need no folding (six results a keystroke).
  if (languages.length <= 1) return languages[0];
  const wanted = searchTerms(query);
  const last = wanted.length - 1;
  const order = [...preferred.filter((language) => language in text), ...languages];
  let best: string | undefined;
  let bestCount = -1;
  for (const language of new Set(order)) {
    const terms = new Set(searchTerms(text[language] ?? ''));
    const count = wanted.filter(
      (term, i) => terms.has(term) || (i === last && [...terms].some((t) => t.startsWith(term))),
    ).length;
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  return best;
}
