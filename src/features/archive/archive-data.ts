/**
 * The archive's data in the browser: the shipped search index (`archive/search/`: a manifest, then the shards,
 * heads and blocks of quotes each query needs, each loaded once per page load) and speaker files (`archive/speakers/<key>.json`)
 * the build wrote, and the quotes of the articles imported into this browser.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Index } from 'flexsearch';
import { archiveQuotes, type ArchiveQuote } from '../../core/archive/archive-quote';
import { readSpeakerFile, type ImportedQuotes } from '../../core/archive/speaker-page';
import { parseArticle } from '../../core/article/parse';
import { addQuotes, createQuoteIndex, searchQuotes, type QuoteIndex } from '../../core/search/quote-index';
import {
  indexLayout,
  loadBlock,
  loadHead,
  loadShard,
  matchQuotes,
  planQuery,
  readManifest,
  searchPaths,
  type HeadFile,
  type IndexLayout,
  type QuoteBlockFile,
  type SearchManifest,
  type ShardFile,
  type TermMatches,
} from '../../core/search/sharded-index';
import { allImportedRecords } from '../../storage/imported-articles';

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

/** Fetches a JSON file of the built site; `undefined` for 404 when `missingOk`. */
async function fetchSiteJson(path: string, missingOk: boolean): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}${path}`, { headers: { Accept: 'application/json' } });
  } catch {
    throw new ArchiveLoadError(path, 'network error');
  }
  if (response.status === 404 && missingOk) return undefined;
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

/** The shipped index as far as this page has loaded it; a failed file is fetched again by the next query. */
export interface ShippedIndex {
  manifest: SearchManifest;
  layout: IndexLayout;
  shards: Map<string, Promise<Index>>;
  heads: Map<string, Promise<Uint8Array>>;
  blocks: Map<number, Promise<ArchiveQuote[]>>;
  /** Each word's matches, kept across keystrokes. */
  matches: Map<string, TermMatches>;
}

let shipped: Promise<ShippedIndex | undefined> | undefined;

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
      };
    })
    .catch((error: unknown) => {
      shipped = undefined;
      throw error;
    });
  return shipped;
}

/** `map`'s promise for `key`, made by `load` the first time; forgotten when it fails, so it is tried again. */
function once<K, V>(map: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  let promise = map.get(key);
  if (!promise) {
    promise = load();
    map.set(key, promise);
    promise.catch(() => map.delete(key));
  }
  return promise;
}

function shard(index: ShippedIndex, key: string): Promise<Index> {
  const path = searchPaths.shard(index.manifest, index.manifest.shards.indexOf(key));
  return once(index.shards, key, () =>
    readSiteFile(path, (data, where) => loadShard(data as ShardFile, where)),
  );
}

function head(index: ShippedIndex, prefix: string): Promise<Uint8Array> {
  const path = searchPaths.head(index.manifest, index.layout.heads.indexOf(prefix));
  return once(index.heads, prefix, () =>
    readSiteFile(path, (data, where) => loadHead(data as HeadFile, where)),
  );
}

function block(index: ShippedIndex, number: number): Promise<ArchiveQuote[]> {
  const path = searchPaths.block(index.manifest, number);
  return once(index.blocks, number, () =>
    readSiteFile(path, (data, where) => loadBlock(data as QuoteBlockFile, where)),
  );
}

/** The ids of the shipped quotes that match `query`, best first, loading the shards its words need. */
async function matchShipped(index: ShippedIndex, query: string): Promise<number[]> {
  const plan = planQuery(query, index.layout);
  const places = plan.flatMap((word) => (word.place ? [word.place] : []));
  const keys = [...new Set(places.flatMap((place) => ('shard' in place ? [place.shard] : [])))];
  const prefixes = [...new Set(places.flatMap((place) => ('head' in place ? [place.head] : [])))];
  const [shards, heads] = await Promise.all([
    Promise.all(keys.map(async (key) => [key, await shard(index, key)] as const)),
    Promise.all(prefixes.map(async (prefix) => [prefix, await head(index, prefix)] as const)),
  ]);
  return matchQuotes(
    plan,
    { shards: new Map(shards), heads: new Map(heads) },
    index.matches,
    index.manifest.quotes,
  );
}

/** The shipped quotes with `ids`, in that order, loading their blocks. */
async function shippedQuotes(index: ShippedIndex, ids: readonly number[]): Promise<ArchiveQuote[]> {
  const size = index.manifest.quotesPerBlock;
  const numbers = [...new Set(ids.map((id) => Math.floor(id / size)))];
  const blocks = new Map(await Promise.all(numbers.map(async (n) => [n, await block(index, n)] as const)));
  return ids.flatMap((id) => blocks.get(Math.floor(id / size))?.[id % size] ?? []);
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

/**
 * The first `shown` quotes of the library (shipped and imported) that match `query`, the best of each index in
 * turn, and how many match in all. A shipped quote of an article imported too is left out (its imported copy,
 * perhaps corrected, counts); the total leaves out those it has seen, so it can be a few too high while a query
 * has more matches than shown.
 */
export async function searchArchive(
  query: string,
  imported: ImportedIndex,
  shown: number,
): Promise<SearchResults> {
  const index = await shippedIndex();
  const ids = index ? await matchShipped(index, query) : [];
  const mine = searchQuotes([imported.index], query, Math.max(1, imported.index.quotes.length)).map(
    (hit) => hit.quote,
  );
  const theirs: ArchiveQuote[] = [];
  let dropped = 0;
  let next = 0;
  // Enough shipped quotes to fill the page, fetched again where imported copies replace some.
  while (index && next < ids.length && theirs.length < shown) {
    const batch = ids.slice(next, next + shown - theirs.length);
    next += batch.length;
    for (const quote of await shippedQuotes(index, batch))
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
  return { query, hits, total: ids.length - dropped + mine.length };
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
