/**
 * The shipped search index in the browser (`archive/search/`, written by the build: `core/search/sharded-index.ts`):
 * its manifest, then the shards and heads each query needs, each loaded once per page load, and the quotes of its
 * results from the blocks of quotes, which a worker reads (`./quote-blocks.worker.ts`).
 */
import { wrap, type Remote } from 'comlink';
import type { ArchiveQuote } from '../../core/archive/archive-quote';
import {
  loadFirstPage,
  loadHead,
  loadShard,
  readManifest,
  searchPaths,
  type FirstPage,
  type HeadFile,
  type LoadedShard,
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
import type { QuoteBlocksApi } from './quote-blocks.worker';
import { fetchSiteJson, readSiteFile } from './site-files';

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
  /** The quotes read from blocks (by the worker, `./quote-blocks.worker.ts`) for results shown, by id. */
  blockQuotes: Map<number, Part<ArchiveQuote>>;
  /** Each word's matches, kept across keystrokes. */
  matches: Map<string, TermMatches>;
  /** The quotes of the first pages the loaded shards and heads carry, by id (those of blocks are in `blockQuotes`). */
  firstQuotes: Map<number, ArchiveQuote>;
  /** The last query matched, and its match (the next attempt at the same query, once more is loaded, reuses it). */
  lastMatch?: { query: string; match: QueryMatch };
}

let shipped: Promise<ShippedIndex | undefined> | undefined;
/** The manifest's outcome once it has come: `{ index: undefined }` for a site built without one. */
let shippedLoaded: { index: ShippedIndex | undefined } | undefined;

/** {@link shippedIndex}'s outcome if it has come (`{ index: undefined }` for a site built without one), else `undefined`. */
export function shippedIndexNow(): { index: ShippedIndex | undefined } | undefined {
  return shippedLoaded;
}

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
        blockQuotes: new Map(),
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

/** A shard or head of `map` by `key`: its file read by `read`, and the first page it carries kept. */
function indexPart<V>(
  index: ShippedIndex,
  map: Map<string, Part<V>>,
  key: string,
  path: string,
  read: (data: unknown, where: string) => V,
): Part<V> {
  return once(map, key, () =>
    readSiteFile(path, (data, where) => {
      const loaded = read(data, where);
      for (const [id, quote] of loadFirstPage(data as { first?: FirstPage }, where))
        index.firstQuotes.set(id, quote);
      return loaded;
    }),
  );
}

function shard(index: ShippedIndex, key: string): Part<LoadedShard> {
  const path = searchPaths.shard(index.manifest, index.manifest.shards.indexOf(key));
  return indexPart(index, index.shards, key, path, (data, where) => loadShard(data as ShardFile, where));
}

function head(index: ShippedIndex, prefix: string): Part<Uint8Array> {
  const path = searchPaths.head(index.manifest, index.layout.heads.indexOf(prefix));
  return indexPart(index, index.heads, prefix, path, (data, where) => loadHead(data as HeadFile, where));
}

/** The worker that reads blocks of quotes, and a promise that fails if it does. */
interface QuoteReader {
  api: Remote<QuoteBlocksApi>;
  failed: Promise<never>;
}

let reader: QuoteReader | undefined;

/**
 * The worker that reads blocks of quotes, started the first time it is asked for (the search's first focus). If it
 * cannot start (its script did not load) or fails, the reads waiting for it fail with a message that says so, and
 * the next read starts a new one.
 */
export function quoteReader(): QuoteReader {
  if (!reader) {
    const worker = new Worker(new URL('./quote-blocks.worker.ts', import.meta.url), {
      type: 'module',
      name: 'search-blocks',
    });
    const failed = new Promise<never>((_, reject) => {
      worker.addEventListener('error', (event) => {
        reader = undefined;
        worker.terminate();
        reject(
          new Error(`search: the reader of quotes stopped (${event.message || 'its script did not load'})`),
        );
      });
    });
    // Each read that waits on it handles the failure.
    failed.catch(() => undefined);
    reader = { api: wrap<QuoteBlocksApi>(worker), failed };
  }
  return reader;
}

/** Asks the worker for the quotes with `ids` (none of them read or being read), each a part of its own. */
function readQuotes(index: ShippedIndex, ids: readonly number[]): void {
  const { build, quotesPerBlock } = index.manifest;
  const { api, failed } = quoteReader();
  const reading = Promise.race([api.quotes({ build, quotesPerBlock }, ids), failed]);
  ids.forEach((id, i) => {
    const part: Part<ArchiveQuote> = {
      promise: reading.then((quotes) => quotes[i] ?? Promise.reject(new Error(`search: no quote ${id}`))),
    };
    part.promise.then(
      (quote) => {
        part.value = quote;
      },
      () => index.blockQuotes.delete(id),
    );
    index.blockQuotes.set(id, part);
  });
}

/** What an attempt at a query with the parts loaded so far gives: its value, or the loads it waits for. */
export type Attempt<T> = { value: T } | { waitFor: Promise<unknown>[] };

/** The shipped quotes that match `query`, if the shards and heads its words need are loaded. */
export function matchShipped(index: ShippedIndex, query: string): Attempt<QueryMatch> {
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

/** The shipped quotes with `ids`, in that order, if they are at hand (from a first page or a block read). */
export function shippedQuotes(index: ShippedIndex, ids: readonly number[]): Attempt<ArchiveQuote[]> {
  const unread = ids.filter((id) => !index.firstQuotes.has(id) && !index.blockQuotes.has(id));
  if (unread.length > 0) readQuotes(index, unread);
  const quotes: ArchiveQuote[] = [];
  const waitFor: Promise<unknown>[] = [];
  for (const id of ids) {
    const first = index.firstQuotes.get(id);
    const read = first ? undefined : index.blockQuotes.get(id);
    if (first) quotes.push(first);
    else if (read?.value) quotes.push(read.value);
    else if (read) waitFor.push(read.promise);
  }
  return waitFor.length > 0 ? { waitFor } : { value: quotes };
}
