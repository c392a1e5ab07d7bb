/**
 * A search of the library in the browser: the shipped index's quotes (`./shipped-index.ts`) and the imported
 * articles' (`./imported-quotes.ts`) that match a query, a page at a time.
 */
import type { ArchiveQuote } from '../../core/archive/archive-quote';
import { formatPartialDateFor } from '../../core/dates/format';
import { searchTerms } from '../../core/search/german';
import { matchPlaces } from '../../core/search/match-places';
import { searchQuotes } from '../../core/search/quote-index';
import { FIRST_PAGE } from '../../core/search/sharded-index';
import { warmQuoteFaces } from '../../ui/warm-faces';
import type { ImportedIndex } from './imported-quotes';
import {
  matchShipped,
  quoteReader,
  shippedIndex,
  shippedIndexNow,
  shippedQuotes,
  type Attempt,
  type ShippedIndex,
} from './shipped-index';

/** A quote to run `matchPlaces` on once before the first keystroke, its words marked and its speaker named. */
const WARM_QUOTE: ArchiveQuote = {
  origin: 'shipped',
  articleId: 'a',
  articleTitle: { de: 'Titel' },
  originalLanguage: 'de',
  published: '2000-01-01',
  quoteId: 'q',
  kind: 'direct',
  text: { de: 'Das Bündnis steht.', en: 'The alliance stands.' },
  date: '2000-01-01',
  speaker: { key: 'r', name: 'Rosa Ebert', kind: 'person', slot: 0 },
};

/**
 * What the search's first focus starts: the manifest, and what the first keystrokes would otherwise make on the
 * way, which fell on the first keystroke that showed results: the date format the results show dates in (a page's
 * first `Intl.DateTimeFormat` cost 3–13 ms on the search page, where nothing had formatted a date), the number
 * format of their count (the first after a date format, 2–6 ms), the list format of the places a result matched in
 * ("speaker name and article title": the first took 10 ms in Node), and the splitting and folding of words (the word
 * expression's Unicode classes, normalisation's data, the stemmer's expressions), what says why a result matched
 * (`matchPlaces`, compiled on its first call), the fonts results are set in (`warmQuoteFaces`), and the worker that
 * reads blocks of quotes. The list format is the interface language's (`locale`), dates and numbers its regional
 * variant's (`formats`, `useFormatLocale`), as the results show them.
 */
export function prepareSearch(locale: string, formats: string): Promise<unknown> {
  // The manifest first: the rest is made while it comes.
  const index = shippedIndex();
  quoteReader();
  formatPartialDateFor('2000-01-01', formats);
  new Intl.NumberFormat(formats).format(1);
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(['', '']);
  searchTerms('Bündnisses');
  matchPlaces(WARM_QUOTE, 'bündnis ebert', WARM_QUOTE.text.de ?? '', 'de');
  warmQuoteFaces();
  return index;
}

/** What a query found: the first `hits` of all its matches, and how many matches in all. */
export interface SearchResults {
  query: string;
  hits: ArchiveQuote[];
  total: number;
  /**
   * Why the site's articles were not searched (their index could not be loaded, as offline): the results are the
   * imported articles' alone.
   */
  shippedFailed?: Error;
}

/** Results shown at first, and added by each "Show more" (the first page shards carry). */
export const RESULTS_PAGE = FIRST_PAGE;

/**
 * The first `shown` quotes of the library (shipped and imported) that match `query`, if every part of the shipped
 * index they need is loaded; else the loads to wait for. See {@link searchArchive}.
 */
function attemptSearch(
  index: ShippedIndex | undefined,
  query: string,
  imported: ImportedIndex,
  shown: number,
): Attempt<SearchResults> {
  const matched = index ? matchShipped(index, query) : undefined;
  if (matched && !('value' in matched)) return matched;
  const match = matched?.value;
  const imports = imported.index.quotes.length;
  const mine = imports === 0 ? [] : searchQuotes([imported.index], query, imports).map((hit) => hit.quote);
  const theirs: ArchiveQuote[] = [];
  let dropped = 0;
  let next = 0;
  // Enough shipped quotes to fill the page, taken further where imported copies replace some.
  while (index && match && next < match.total && theirs.length < shown) {
    const batch = match.slice(next, shown - theirs.length);
    const quotes = shippedQuotes(index, batch);
    if (!('value' in quotes)) return quotes;
    next += batch.length;
    for (const quote of quotes.value)
      if (imported.articleIds.has(quote.articleId)) dropped += 1;
      else theirs.push(quote);
  }
  const hits: ArchiveQuote[] = [];
  for (let i = 0; hits.length < shown && (i < theirs.length || i < mine.length); i++) {
    const shipped = theirs[i];
    if (shipped) hits.push(shipped);
    const own = mine[i];
    if (own && hits.length < shown) hits.push(own);
  }
  return { value: { query, hits, total: (match?.total ?? 0) - dropped + mine.length } };
}

/**
 * The imported articles' results alone, when a part of the shipped index could not be loaded (`error`): they are
 * in this browser, offline too. With no imported article there is nothing to show, and `error` is the search's.
 */
function importedOnly(error: unknown, query: string, imported: ImportedIndex, shown: number): SearchResults {
  const attempt = attemptSearch(undefined, query, imported, shown);
  if (imported.index.quotes.length === 0 || !('value' in attempt)) throw error;
  return { ...attempt.value, shippedFailed: error instanceof Error ? error : new Error(String(error)) };
}

/**
 * The first `shown` quotes of the library (shipped and imported) that match `query`, the shipped ones newest first,
 * alternating with the imported ones (best first), and how many match in all; loads the parts of the shipped index
 * it needs. A shipped quote of an article imported too is left out (its imported copy, perhaps corrected, counts);
 * the total leaves out those it has seen, so it can be a few too high while a query has more matches than shown.
 * Where the shipped index cannot be loaded (offline), the imported articles are searched alone and the results
 * say why (`shippedFailed`).
 */
export async function searchArchive(
  query: string,
  imported: ImportedIndex,
  shown: number,
): Promise<SearchResults> {
  let index: ShippedIndex | undefined;
  try {
    index = await shippedIndex();
  } catch (error) {
    return importedOnly(error, query, imported, shown);
  }
  for (;;) {
    const attempt = attemptSearch(index, query, imported, shown);
    if ('value' in attempt) return attempt.value;
    try {
      await Promise.all(attempt.waitFor);
    } catch (error) {
      return importedOnly(error, query, imported, shown);
    }
  }
}

/**
 * {@link searchArchive}'s results at once, when the parts they need are loaded (the keystrokes after a word's shard
 * came); `undefined` when something is still to load (or the manifest has not come).
 */
export function searchArchiveNow(
  query: string,
  imported: ImportedIndex,
  shown: number,
): SearchResults | undefined {
  const loaded = shippedIndexNow();
  if (!loaded) return undefined;
  const attempt = attemptSearch(loaded.index, query, imported, shown);
  return 'value' in attempt ? attempt.value : undefined;
}
