/**
 * The shipped search index in the browser (`archive/search/`, written by the build: `core/search/sharded-index.ts`):
 * its manifest, then the shards, heads and blocks of quotes each query needs, each loaded once per page load.
 */
import type { ArchiveQuote } from '../../core/archive/archive-quote';
import {
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

/** The shipped quotes with `ids`, in that order, if their blocks are loaded. */
export function shippedQuotes(index: ShippedIndex, ids: readonly number[]): Attempt<ArchiveQuote[]> {
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
