/**
 * The archive's data in the browser: the shipped search index (`archive/search/`: a manifest, then the shards,
 * heads and blocks of quotes each query needs, each loaded once per page load) and speaker files (`archive/speakers/<key>.json`)
 * the build wrote, and the quotes of the articles imported into this browser.
 */
import { queryOptions } from '@tanstack/react-query';
import { archiveQuotes, type ArchiveQuote } from '../../core/archive/archive-quote';
import { readSpeakerFile, type ImportedQuotes } from '../../core/archive/speaker-page';
import { parseArticle } from '../../core/article/parse';
import { formatPartialDateFor } from '../../core/dates/format';
import { searchTerms } from '../../core/search/german';
import { addQuotes, createQuoteIndex, searchQuotes, type QuoteIndex } from '../../core/search/quote-index';
import {
  FIRST_PAGE,
  loadBlock,
  loadFirstPage,
  loadHead,
  loadShard,
  readManifest,
  searchPaths,
  type FirstPage,
  type HeadFile,
  type LoadedShard,
  type QuoteBlockFile,
  type SearchManifest,
  type ShardFile,
} from '../../core/search/sharded-index';
import {
  indexLayout,
  matchQuotes,
  planQuery,
  type IndexLayout,
  type QueryMatch,
  type TermMatches,
} from '../../core/search/sharded-query';
import { allImportedRecords } from '../../storage/imported-articles';
import { warmQuoteFaces } from '../../ui/warm-faces';

/** A file of the built site could not be fetched or read: `what` names it (`archive/search/manifest.json`). */
export class ArchiveLoadError extends Error {
  constructor(
    readonly what: string,
    reason: string,
  ) {
    super(`${what}: ${reason}`);
    this.name = 'ArchiveLoadError';
  }
}

/**
 * Fetches a JSON file of the built site; `undefined` when `missingOk` and it is not there: a 404, or the page a host
 * answers unknown paths with (Vite's servers and a single-page app's rewrite rule serve `index.html`). No `Accept`
 * header asks for JSON instead: a request with one of its own cost the page's thread half as much again as a plain
 * one, and a search fetches up to a dozen files per key.
 */
async function fetchSiteJson(path: string, missingOk: boolean): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}${path}`);
  } catch {
    throw new ArchiveLoadError(path, 'network error');
  }
  const missing =
    response.status === 404 || (response.ok && response.headers.get('Content-Type')?.startsWith('text/html'));
  if (missing && missingOk) return undefined;
  if (!response.ok) throw new ArchiveLoadError(path, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new ArchiveLoadError(path, 'not valid JSON');
  }
}

/** A file of the site read into what it holds by `read`, which names `where` (the path) in its errors. */
function readSiteFile<T>(path: string, read: (data: unknown, where: string) => T): Promise<T> {
  return fetchSiteJson(path, false).then((data) => read(data, path));
}

/** A part of the shipped index, loading or loaded: the promise, and its value once it has come. */
interface Part<T> {
  promise: Promise<T>;
  value?: T;
}

/** The shipped index as far as this page has loaded it; a failed file is fetched again by the next query. */
export interface ShippedIndex {
  manifest: SearchManifest;
  layout: IndexLayout;
  shards: Map<string, Part<LoadedShard>>;
  heads: Map<string, Part<Uint8Array>>;
  blocks: Map<number, Part<ArchiveQuote[]>>;
  /** Each word's matches, kept across keystrokes. */
  matches: Map<string, TermMatches>;
  /** The quotes of the first pages the loaded shards and heads carry, by id (those of blocks are in `blocks`). */
  firstQuotes: Map<number, ArchiveQuote>;
  /** The last query matched, and its match (the next attempt at the same query, once more is loaded, reuses it). */
  lastMatch?: { query: string; match: QueryMatch };
}

let shipped: Promise<ShippedIndex | undefined> | undefined;
/** The manifest's outcome once it has come: `{ index: undefined }` for a site built without one. */
let shippedLoaded: { index: ShippedIndex | undefined } | undefined;

/**
 * The manifest of the shipped index, fetched once per page load (the first time the search is focused or used);
 * `undefined` for a site built without one. A failed fetch is tried again by the next call.
 */
export function shippedIndex(): Promise<ShippedIndex | undefined> {
  shipped ??= fetchSiteJson(searchPaths.manifest, true)
    .then((data) => {
      if (data === undefined) return undefined;
      const manifest = readManifest(data);
      return {
        manifest,
        layout: indexLayout(manifest),
        shards: new Map(),
        heads: new Map(),
        blocks: new Map(),
        matches: new Map(),
        firstQuotes: new Map(),
      };
    })
    .then((index) => {
      shippedLoaded = { index };
      return index;
    })
    .catch((error: unknown) => {
      shipped = undefined;
      throw error;
    });
  return shipped;
}

/**
 * What the search's first focus starts: the manifest, and what the first keystrokes would otherwise make on the
 * way, which fell on the first keystroke that showed results: the date format the results show dates in (a page's
 * first `Intl.DateTimeFormat` cost 3–13 ms on the search page, where nothing had formatted a date), the number
 * format of their count (the first after a date format, 2–6 ms), and the splitting and folding of words (the word
 * expression's Unicode classes, normalisation's data, the stemmer's expressions), and the fonts results are set in
 * (`warmQuoteFaces`).
 */
export function prepareSearch(locale: string): Promise<unknown> {
  // The manifest first: the rest is made while it comes.
  const index = shippedIndex();
  formatPartialDateFor('2000-01-01', locale);
  new Intl.NumberFormat(locale).format(1);
  searchTerms('Bündnisses');
  warmQuoteFaces();
  return index;
}

/** `map`'s part for `key`, loaded by `load` the first time; forgotten when it fails, so it is tried again. */
function once<K, V>(map: Map<K, Part<V>>, key: K, load: () => Promise<V>): Part<V> {
  let part = map.get(key);
  if (!part) {
    const made: Part<V> = { promise: load() };
    made.promise.then(
      (value) => {
        made.value = value;
      },
      () => map.delete(key),
    );
    map.set(key, (part = made));
  }
  return part;
}

/** Keeps the first page a shard or head file carries. */
function keepFirstPage(index: ShippedIndex, data: unknown, where: string): void {
  for (const [id, quote] of loadFirstPage(data as { first?: FirstPage }, where))
    index.firstQuotes.set(id, quote);
}

function shard(index: ShippedIndex, key: string): Part<LoadedShard> {
  const path = searchPaths.shard(index.manifest, index.manifest.shards.indexOf(key));
  return once(index.shards, key, () =>
    readSiteFile(path, (data, where) => {
      const loaded = loadShard(data as ShardFile, where);
      keepFirstPage(index, data, where);
      return loaded;
    }),
  );
}

function head(index: ShippedIndex, prefix: string): Part<Uint8Array> {
  const path = searchPaths.head(index.manifest, index.layout.heads.indexOf(prefix));
  return once(index.heads, prefix, () =>
    readSiteFile(path, (data, where) => {
      const loaded = loadHead(data as HeadFile, where);
      keepFirstPage(index, data, where);
      return loaded;
    }),
  );
}

function block(index: ShippedIndex, number: number): Part<ArchiveQuote[]> {
  const path = searchPaths.block(index.manifest, number);
  return once(index.blocks, number, () =>
    readSiteFile(path, (data, where) => loadBlock(data as QuoteBlockFile, where)),
  );
}

/** What an attempt at a query with the parts loaded so far gives: its value, or the loads it waits for. */
type Attempt<T> = { value: T } | { waitFor: Promise<unknown>[] };

/** The shipped quotes that match `query`, if the shards and heads its words need are loaded. */
function matchShipped(index: ShippedIndex, query: string): Attempt<QueryMatch> {
  if (index.lastMatch?.query === query) return { value: index.lastMatch.match };
  const plan = planQuery(query, index.layout);
  const shards = new Map<string, LoadedShard>();
  const heads = new Map<string, Uint8Array>();
  const waitFor: Promise<unknown>[] = [];
  for (const word of plan) {
    const place = word.place;
    if (!place) continue;
    const part = 'shard' in place ? shard(index, place.shard) : head(index, place.head);
    if (part.value === undefined) waitFor.push(part.promise);
    else if ('shard' in place) shards.set(place.shard, part.value as LoadedShard);
    else heads.set(place.head, part.value as Uint8Array);
  }
  if (waitFor.length > 0) return { waitFor };
  const match = matchQuotes(plan, { shards, heads }, index.matches, index.manifest.quotes);
  index.lastMatch = { query, match };
  return { value: match };
}

/** The shipped quotes with `ids`, in that order, if their blocks are loaded. */
function shippedQuotes(index: ShippedIndex, ids: readonly number[]): Attempt<ArchiveQuote[]> {
  const size = index.manifest.quotesPerBlock;
  const parts = ids.map((id) =>
    index.firstQuotes.has(id) ? undefined : block(index, Math.floor(id / size)),
  );
  const waitFor = parts.flatMap((part) => (part && part.value === undefined ? [part.promise] : []));
  if (waitFor.length > 0) return { waitFor };
  return {
    value: ids.flatMap((id, i) => index.firstQuotes.get(id) ?? parts[i]?.value?.[id % size] ?? []),
  };
}

/** The quotes of every imported article that reads as valid, their articles' ids, and how many did not read. */
export async function importedQuotes(): Promise<ImportedQuotes & { unreadable: number }> {
  const quotes: ArchiveQuote[] = [];
  const articleIds = new Set<string>();
  let unreadable = 0;
  for (const record of await allImportedRecords()) {
    const result = parseArticle(record.article);
    if (result.ok) {
      quotes.push(...archiveQuotes(result.article, 'imported'));
      articleIds.add(result.article.id);
    } else unreadable += 1;
  }
  return { quotes, articleIds, unreadable };
}

/** The imported articles' index, made in the browser, and the ids of those articles. */
export interface ImportedIndex {
  index: QuoteIndex;
  articleIds: ReadonlySet<string>;
  unreadable: number;
}

export const importedIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['archive', 'imported-index'],
    queryFn: async (): Promise<ImportedIndex> => {
      const imported = await importedQuotes();
      const index = createQuoteIndex();
      addQuotes(index, imported.quotes);
      return { index, articleIds: imported.articleIds, unreadable: imported.unreadable };
    },
    // Imports may change on another page: read them again when the search page is opened again.
    staleTime: 0,
  });

/** What a query found: the first `hits` of all its matches, and how many matches in all. */
export interface SearchResults {
  query: string;
  hits: ArchiveQuote[];
  total: number;
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
 * The first `shown` quotes of the library (shipped and imported) that match `query`, the shipped ones newest first,
 * alternating with the imported ones (best first), and how many match in all; loads the parts of the shipped index
 * it needs. A shipped quote of an article imported too is left out (its imported copy, perhaps corrected, counts);
 * the total leaves out those it has seen, so it can be a few too high while a query has more matches than shown.
 */
export async function searchArchive(
  query: string,
  imported: ImportedIndex,
  shown: number,
): Promise<SearchResults> {
  const index = await shippedIndex();
  for (;;) {
    const attempt = attemptSearch(index, query, imported, shown);
    if ('value' in attempt) return attempt.value;
    await Promise.all(attempt.waitFor);
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
  if (!shippedLoaded) return undefined;
  const attempt = attemptSearch(shippedLoaded.index, query, imported, shown);
  return 'value' in attempt ? attempt.value : undefined;
}

/** A speaker's shipped quotes (none when no shipped article quotes them), in date order, and the imported ones. */
export interface SpeakerData {
  shipped: ArchiveQuote[];
  imported: ImportedQuotes;
  unreadable: number;
}

export const speakerQueryOptions = (key: string) =>
  queryOptions({
    queryKey: ['archive', 'speaker', key],
    queryFn: async (): Promise<SpeakerData> => {
      const path = `archive/speakers/${encodeURIComponent(key)}.json`;
      const [shippedQuotes, imported] = await Promise.all([
        fetchSiteJson(path, true).then((data) => (data === undefined ? [] : readSpeakerFile(data, path))),
        importedQuotes(),
      ]);
      return { shipped: shippedQuotes, imported, unreadable: imported.unreadable };
    },
    // Fresh for the moment between the route's prefetch and the page's first render; imports may change on another
    // page, so coming back reads them again.
    staleTime: 5_000,
  });
