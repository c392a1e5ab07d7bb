/**
 * The shipped articles' search index, split so that a query loads only what its words need (one file for the whole
 * archive was 30 MB gzip at 10,000 articles). The build writes, under `archive/search/`:
 *
 * - `manifest.json` ({@link SearchManifest}): the shard keys (`./shards.ts`), how many quotes, and the build's id,
 *   which names the folder of every other file, so a page never mixes two builds (also from the offline cache);
 * - `<build>/t<i>.json` ({@link ShardFile}): the terms that begin with shard key `i`, sorted, each with the ids of
 *   its quotes (the quotes' positions in the build, which is the library's order, newest first);
 * - `<build>/h<i>.json` ({@link HeadFile}): the quotes with a term beginning with split beginning `i` (`headsOf`),
 *   for a word being typed that is still shorter than the keys of the shards it would span;
 * - `<build>/q<b>.json` ({@link QuoteBlockFile}): quotes `b·64` to `b·64+63` as a result shows them.
 *
 * Each shard and head also carries the first page of its own beginning ({@link FirstPage}).
 *
 * How a query runs over these files is `./sharded-query.ts`.
 *
 * Each term once, with its quotes, rather than FlexSearch's forward index (which the imported articles' index in the
 * browser still is): a forward index keeps every beginning of every term with all its quotes (`hochwa`, `hochwas`, …,
 * `hochwasserschutz`: nineteen copies of the same 6,521 ids), so its shards were several times larger; a beginning
 * is found here as the sorted terms it begins (README, "Search and speaker pages").
 */
import type { ArchiveQuote } from '../archive/archive-quote';
import { stemGerman, words } from './german';
import { restoreQuotes, storeQuotes, type StoredQuotes } from '../archive/stored-quotes';
import { indexedText, shortenWords } from './quote-text';
import {
  addToQuoteSet,
  decodeQuoteList,
  decodeQuoteSet,
  emptyQuoteSet,
  encodeQuoteList,
  encodeQuoteSet,
  quoteSetIds,
} from './quote-set';
import { BASE_DEPTH, headsOf, MIN_TERM_LENGTH, planShards, shardOf } from './shards';

/** The version of the files; the browser reads only its own (the build writes them all anew). */
export const SHARDED_INDEX_VERSION = 4;

/**
 * Quotes per block file. A page of results ({@link FIRST_PAGE}) is in up to as many blocks, fetched at once. On the
 * generated archive (10,000 articles, the benchmark's queries) and pages of 20 results, blocks of 64 (~4.5 kB gzip)
 * left 5% of the keystrokes that load blocks needing more than six of them (the connections a browser opens to a
 * host over HTTP/1.1, so more waited for a second round trip), where blocks of 16 left 9%.
 */
export const QUOTES_PER_BLOCK = 64;

/**
 * The weight (see `planShards`: the quotes of a shard's terms, counted once per term) above which a shard is split
 * by one more letter: shards of about 25 kB gzip at most on the generated archive (`docs/measurements.md`), except
 * where one frequent word alone weighs more.
 */
export const SHARD_BUDGET = 20_000;

/**
 * Results a search shows at first, and adds with each "Show more": a screen and a half (four results fill a 720-pixel
 * desktop screen, three a phone's). Each shard and head also carries the first page of its own beginning as a
 * one-word query (`FirstPage`): the first letters of a word, which load a new head or shard, then need no blocks.
 * The page's size is what a keystroke loads and renders: the quotes of a query of two words are scattered over the
 * library, about one block each, and over HTTP/1.1 a browser asks a host for six files at a time. A page of 20 took
 * twice the requests of 10 (`docs/measurements.md`); with 10, one keystroke in seven of those that loaded blocks
 * needed a second round of requests; six are one round.
 */
export const FIRST_PAGE = 6;

/** `archive/search/manifest.json`. */
export interface SearchManifest {
  version: typeof SHARDED_INDEX_VERSION;
  /** Names the folder of this build's shards and blocks: `archive/search/<build>/`. */
  build: string;
  /** Quotes in the index; ids are `0 … quotes − 1`. */
  quotes: number;
  quotesPerBlock: number;
  /** The shard keys, sorted; shard `i` is `t<i>.json`. */
  shards: string[];
}

/**
 * `archive/search/<build>/t<i>.json`: the terms of shard `key` (folded and stemmed words, `./german`), sorted, each
 * with its quotes' ids ascending, as gaps (`encodeQuoteList`).
 */
export interface ShardFile {
  key: string;
  terms: [string, number[]][];
  first: FirstPage;
}

/** `archive/search/<build>/h<i>.json`: the quotes with a term beginning with `prefix`, as a set (`./quote-set`). */
export interface HeadFile {
  prefix: string;
  quotes: string;
  first: FirstPage;
}

/** The first {@link FIRST_PAGE} quotes of a shard's key or a head's prefix, as results show them, and their ids. */
export interface FirstPage extends StoredQuotes {
  ids: number[];
}

/** `archive/search/<build>/q<b>.json`: the quotes `first … first + quotes.length − 1`. */
export interface QuoteBlockFile extends StoredQuotes {
  first: number;
}

/** What the build keeps between adding quotes and writing the files. */
export interface ShardedBuild {
  /** The quotes as results show them (words shortened), in id order. */
  quotes: ArchiveQuote[];
  /** Per term, the ids of its quotes, ascending. */
  quotesOfTerm: Map<string, number[]>;
  /** Each word's term, computed once per spelling. */
  stems: Map<string, string>;
}

export function createShardedBuild(): ShardedBuild {
  return { quotes: [], quotesOfTerm: new Map(), stems: new Map() };
}

/** Adds quotes to the build, each with the next id. */
export function addToShardedBuild(build: ShardedBuild, quotes: readonly ArchiveQuote[]): void {
  for (const quote of quotes) {
    const id = build.quotes.length;
    const terms = new Set<string>();
    for (const word of words(indexedText(quote))) {
      let term = build.stems.get(word);
      if (term === undefined) build.stems.set(word, (term = stemGerman(word)));
      if (term.length >= MIN_TERM_LENGTH) terms.add(term);
    }
    for (const term of terms) {
      const ids = build.quotesOfTerm.get(term);
      if (ids) ids.push(id);
      else build.quotesOfTerm.set(term, [id]);
    }
    build.quotes.push({ ...quote, text: shortenWords(quote.text) });
  }
}

/** The files of a finished build: the manifest (its `build` id is the writer's) and its shards and blocks. */
export interface ShardedFiles {
  manifest: Omit<SearchManifest, 'build'>;
  /** Shard `i` of `manifest.shards`, in order; each is made when asked for. */
  shards(): Generator<ShardFile>;
  /** Head `i` of `headsOf(manifest.shards)`, in order. */
  heads(): Generator<HeadFile>;
  blocks(): Generator<QuoteBlockFile>;
}

/** Splits the build's terms into shards ({@link planShards} with `budget`) and the heads of split beginnings. */
export function finishShardedBuild(build: ShardedBuild, budget = SHARD_BUDGET): ShardedFiles {
  const quotesPerTerm = new Map([...build.quotesOfTerm].map(([term, ids]) => [term, ids.length]));
  const keys = planShards(quotesPerTerm, budget);
  const keySet = new Set(keys);
  const position = new Map(keys.map((key, i) => [key, i]));
  const termsOfShard: string[][] = keys.map(() => []);
  const heads = headsOf(keys);
  const headPosition = new Map(heads.map((head, i) => [head, i]));
  const quotes = build.quotes;
  const headSets = heads.map(() => emptyQuoteSet(quotes.length));
  for (const [term, ids] of build.quotesOfTerm) {
    termsOfShard[position.get(shardOf(term, keySet) ?? '') ?? -1]?.push(term);
    for (let length = BASE_DEPTH; length <= term.length; length++) {
      const head = headSets[headPosition.get(term.slice(0, length)) ?? -1];
      if (head) for (const id of ids) addToQuoteSet(head, id);
    }
  }
  const firstPage = (ids: readonly number[]): FirstPage => {
    const first = ids.slice(0, FIRST_PAGE);
    return { ids: first, ...storeQuotes(first.flatMap((id) => quotes[id] ?? [])) };
  };
  return {
    manifest: {
      version: SHARDED_INDEX_VERSION,
      quotes: quotes.length,
      quotesPerBlock: QUOTES_PER_BLOCK,
      shards: keys,
    },
    *shards() {
      for (let i = 0; i < keys.length; i++) {
        const terms = (termsOfShard[i] ?? []).sort();
        // Every term of the shard begins with its key: the smallest ids of them all.
        const first = new Set<number>();
        for (const term of terms)
          for (const id of (build.quotesOfTerm.get(term) ?? []).slice(0, FIRST_PAGE)) first.add(id);
        yield {
          key: keys[i] ?? '',
          terms: terms.map((term) => [term, encodeQuoteList(build.quotesOfTerm.get(term) ?? [])]),
          first: firstPage([...first].sort((a, b) => a - b)),
        };
      }
    },
    *heads() {
      for (let i = 0; i < heads.length; i++)
        yield {
          prefix: heads[i] ?? '',
          quotes: encodeQuoteSet(headSets[i] ?? emptyQuoteSet(0)),
          first: firstPage(quoteSetIds(headSets[i] ?? emptyQuoteSet(0))),
        };
    },
    *blocks() {
      for (let first = 0; first < quotes.length; first += QUOTES_PER_BLOCK)
        yield { first, ...storeQuotes(quotes.slice(first, first + QUOTES_PER_BLOCK)) };
    },
  };
}

/** The paths of a build's files, relative to the site's root. */
export const searchPaths = {
  manifest: 'archive/search/manifest.json',
  shard: (manifest: Pick<SearchManifest, 'build'>, index: number) =>
    `archive/search/${manifest.build}/t${index}.json`,
  head: (manifest: Pick<SearchManifest, 'build'>, index: number) =>
    `archive/search/${manifest.build}/h${index}.json`,
  block: (manifest: Pick<SearchManifest, 'build'>, block: number) =>
    `archive/search/${manifest.build}/q${block}.json`,
};

/**
 * Checks a parsed `manifest.json` (data from the network): of this version, with the fields a search reads.
 * Throws naming the file and the problem.
 */
export function readManifest(data: unknown): SearchManifest {
  const where = searchPaths.manifest;
  const file = (data ?? {}) as Partial<Record<keyof SearchManifest, unknown>>;
  if (file.version !== SHARDED_INDEX_VERSION)
    throw new Error(`${where}: version ${String(file.version)}, expected ${SHARDED_INDEX_VERSION}`);
  if (typeof file.build !== 'string' || !/^[\w-]+$/.test(file.build))
    throw new Error(`${where}: build: expected a folder name`);
  if (!Array.isArray(file.shards) || !file.shards.every((key) => typeof key === 'string'))
    throw new Error(`${where}: shards: expected a list of keys`);
  if (typeof file.quotes !== 'number' || typeof file.quotesPerBlock !== 'number' || file.quotesPerBlock < 1)
    throw new Error(`${where}: quotes, quotesPerBlock: expected numbers`);
  return file as SearchManifest;
}

/** A shard in memory: its terms, sorted, and each one's quote ids, ascending. */
export interface LoadedShard {
  terms: string[];
  ids: number[][];
}

/** A shard from its file (parsed JSON); `where` names the file in the error when it is not one. */
export function loadShard(file: ShardFile, where: string): LoadedShard {
  if (!Array.isArray(file.terms)) throw new Error(`${where}: terms: expected a list`);
  const terms: string[] = [];
  const ids: number[][] = [];
  file.terms.forEach((entry, i) => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1]))
      throw new Error(`${where}: terms[${i}]: expected [term, ids]`);
    if (i > 0 && entry[0] <= (terms[i - 1] ?? '')) throw new Error(`${where}: terms[${i}]: not sorted`);
    terms.push(entry[0]);
    ids.push(decodeQuoteList(entry[1], `${where}: terms[${i}]`));
  });
  return { terms, ids };
}

/** The quotes of a head file (parsed JSON), as a set; `where` names it in errors. */
export function loadHead(file: HeadFile, where: string): Uint8Array {
  if (typeof file.quotes !== 'string') throw new Error(`${where}: quotes: expected a string`);
  return decodeQuoteSet(file.quotes, where);
}

/** The first page a shard or head carries (parsed JSON), by id; `where` names the file in errors. */
export function loadFirstPage(file: { first?: FirstPage }, where: string): Map<number, ArchiveQuote> {
  const first = file.first;
  if (!first || !Array.isArray(first.ids)) throw new Error(`${where}: first: expected a page of quotes`);
  const quotes = restoreQuotes(first, 'shipped', `${where}: first`);
  if (quotes.length !== first.ids.length)
    throw new Error(`${where}: first: ${quotes.length} quotes for ${first.ids.length} ids`);
  return new Map(quotes.map((quote, i) => [first.ids[i] ?? -1, quote]));
}

/** The quotes of a block file (parsed JSON), shipped; `where` names it in errors. */
export function loadBlock(file: QuoteBlockFile, where: string): ArchiveQuote[] {
  return restoreQuotes(file, 'shipped', where);
}
