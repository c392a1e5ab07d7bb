/**
 * The shipped articles' search index, split so that a query loads only what its words need (one file for the whole
 * archive was 30 MB gzip at 10,000 articles). The build writes, under `archive/search/`:
 *
 * - `manifest.json` ({@link SearchManifest}): the shard keys (`./shards.ts`), how many quotes, and the build's id,
 *   which names the folder of every other file, so a page never mixes two builds (also from the offline cache);
 * - `<build>/t<i>.json` ({@link ShardFile}): a FlexSearch index (forward tokens, so a word matches as a beginning)
 *   of the terms that begin with shard key `i`, over quote ids (the quotes' positions in the build);
 * - `<build>/h<i>.json` ({@link HeadFile}): the quotes with a term beginning with split beginning `i` (`headsOf`),
 *   for a word being typed that is still shorter than the keys of the shards it would span;
 * - `<build>/q<b>.json` ({@link QuoteBlockFile}): quotes `b·16` to `b·16+15` as a result shows them.
 *
 * A query maps each word to its shard or head, finds the quotes of each word there, keeps those that have every
 * word (in the order of the rarest word's matches: FlexSearch's relevance, or a head's id order, which is the
 * library's, newest first), and loads the blocks of the results it shows. FlexSearch per shard rather than one:
 * the same index, cut by term; a shard loads in milliseconds.
 */
import { Index } from 'flexsearch';
import type { ArchiveQuote } from '../archive/archive-quote';
import { stemGerman, words } from './german';
import { restoreQuotes, storeQuotes, type StoredQuotes } from '../archive/stored-quotes';
import { indexedText, shortenWords } from './quote-index';
import {
  addToQuoteSet,
  decodeQuoteSet,
  emptyQuoteSet,
  encodeQuoteSet,
  hasQuote,
  quoteSetIds,
} from './quote-set';
import {
  BASE_DEPTH,
  END,
  headsOf,
  lookUpTerm,
  MIN_TERM_LENGTH,
  planShards,
  shardOf,
  type TermPlace,
} from './shards';

/** The version of the files; the browser reads only its own (the build writes them all anew). */
export const SHARDED_INDEX_VERSION = 3;

/**
 * Quotes per block file: a page of results (`RESULTS_PAGE`, 20) falls in up to 20 blocks, so small blocks keep
 * what a query loads small (a block of 16 is ~5 kB gzip); larger ones would make fewer files.
 */
export const QUOTES_PER_BLOCK = 16;

/**
 * The weight (see `planShards`: quotes × beginnings kept) above which a shard is split by one more letter: shards
 * of 30–45 kB gzip at most on the generated archive (README), except where one frequent word alone weighs more.
 */
export const SHARD_BUDGET = 20_000;

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
 * `archive/search/<build>/t<i>.json`: FlexSearch's export of one shard, its parts as `[key, data]`: only its map of
 * terms (the registry of ids serves updates, which a shipped index has none of), the data as JSON rather than a
 * string of it.
 */
export interface ShardFile {
  key: string;
  index: [string, unknown][];
}

/** A part of FlexSearch's map of terms: `[term beginning, quote ids per relevance]`. */
type MapPart = [string, unknown][];

/**
 * The entries of `part` a search can ask for in shard `key`: the beginnings at least as long as the key (or, for a
 * key that names one word, `er_`, that word). A shorter beginning is looked up in a head, never here, and every
 * quote of the shard has it: dropping them makes a shard of six-letter keys a fraction of its size.
 */
function usedBeginnings(part: MapPart, key: string): MapPart {
  const shortest = key.endsWith(END) ? key.length - 1 : key.length;
  return part.filter(([beginning]) => beginning.length >= shortest);
}

/** `archive/search/<build>/h<i>.json`: the quotes with a term beginning with `prefix`, as a set (`./quote-set`). */
export interface HeadFile {
  prefix: string;
  quotes: string;
}

/** `archive/search/<build>/q<b>.json`: the quotes `first … first + quotes.length − 1`. */
export interface QuoteBlockFile extends StoredQuotes {
  first: number;
}

/** A shard's terms are the quotes' terms already folded and stemmed: FlexSearch only splits them. */
const SHARD_OPTIONS = { tokenize: 'forward' as const, encode: (text: string) => text.split(' ') };

/** What the build keeps between adding quotes and writing the files. */
export interface ShardedBuild {
  /** The quotes as results show them (words shortened), in id order. */
  quotes: ArchiveQuote[];
  /** Per quote, its distinct terms in order of appearance, joined by spaces. */
  terms: string[];
  /** Per term, how many quotes have it (for {@link planShards}). */
  quotesPerTerm: Map<string, number>;
  /** Each word's term, computed once per spelling. */
  stems: Map<string, string>;
}

export function createShardedBuild(): ShardedBuild {
  return { quotes: [], terms: [], quotesPerTerm: new Map(), stems: new Map() };
}

/** Adds quotes to the build, each with the next id. */
export function addToShardedBuild(build: ShardedBuild, quotes: readonly ArchiveQuote[]): void {
  for (const quote of quotes) {
    const terms = new Set<string>();
    for (const word of words(indexedText(quote))) {
      let term = build.stems.get(word);
      if (term === undefined) build.stems.set(word, (term = stemGerman(word)));
      if (term.length >= MIN_TERM_LENGTH) terms.add(term);
    }
    for (const term of terms) build.quotesPerTerm.set(term, (build.quotesPerTerm.get(term) ?? 0) + 1);
    build.terms.push([...terms].join(' '));
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

/** Splits the build's terms into shards ({@link planShards} with `budget`) and indexes each quote in them. */
export function finishShardedBuild(build: ShardedBuild, budget = SHARD_BUDGET): ShardedFiles {
  const keys = planShards(build.quotesPerTerm, budget);
  const keySet = new Set(keys);
  const position = new Map(keys.map((key, i) => [key, i]));
  const indexes: (Index | undefined)[] = keys.map(() => new Index(SHARD_OPTIONS));
  const heads = headsOf(keys);
  const headPosition = new Map(heads.map((head, i) => [head, i]));
  const quotes = build.quotes;
  const headSets = heads.map(() => emptyQuoteSet(quotes.length));
  const placeOfTerm = new Map<string, { shard: number; heads: number[] }>();
  const place = (term: string) => {
    const inHeads: number[] = [];
    for (let length = BASE_DEPTH; length <= term.length; length++) {
      const head = headPosition.get(term.slice(0, length));
      if (head !== undefined) inHeads.push(head);
    }
    return { shard: position.get(shardOf(term, keySet) ?? '') ?? -1, heads: inHeads };
  };
  build.terms.forEach((joined, id) => {
    if (joined === '') return;
    const perShard = new Map<number, string[]>();
    for (const term of joined.split(' ')) {
      let where = placeOfTerm.get(term);
      if (!where) placeOfTerm.set(term, (where = place(term)));
      for (const head of where.heads) if (headSets[head]) addToQuoteSet(headSets[head], id);
      let terms = perShard.get(where.shard);
      if (!terms) perShard.set(where.shard, (terms = []));
      terms.push(term);
    }
    for (const [shard, terms] of perShard) indexes[shard]?.add(id, terms.join(' '));
  });
  return {
    manifest: {
      version: SHARDED_INDEX_VERSION,
      quotes: quotes.length,
      quotesPerBlock: QUOTES_PER_BLOCK,
      shards: keys,
    },
    *shards() {
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] ?? '';
        const index: [string, unknown][] = [];
        indexes[i]?.export((part: string, data: string) => {
          if (part.endsWith('map')) index.push([part, usedBeginnings(JSON.parse(data) as MapPart, key)]);
        });
        // Exported: let it go before the next one.
        indexes[i] = undefined;
        yield { key, index };
      }
    },
    *heads() {
      for (let i = 0; i < heads.length; i++)
        yield { prefix: heads[i] ?? '', quotes: encodeQuoteSet(headSets[i] ?? emptyQuoteSet(0)) };
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
  shard: (manifest: SearchManifest, index: number) => `archive/search/${manifest.build}/t${index}.json`,
  head: (manifest: SearchManifest, index: number) => `archive/search/${manifest.build}/h${index}.json`,
  block: (manifest: SearchManifest, block: number) => `archive/search/${manifest.build}/q${block}.json`,
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

/** A shard's index from its file (parsed JSON); `where` names the file in the error when it is not one. */
export function loadShard(file: ShardFile, where: string): Index {
  if (!Array.isArray(file.index)) throw new Error(`${where}: index: expected FlexSearch's parts`);
  const index = new Index(SHARD_OPTIONS);
  // FlexSearch takes a part as parsed JSON as well as a string (its types say string only).
  for (const [key, data] of file.index) index.import(key, data as string);
  return index;
}

/** The quotes of a head file (parsed JSON), as a set; `where` names it in errors. */
export function loadHead(file: HeadFile, where: string): Uint8Array {
  if (typeof file.quotes !== 'string') throw new Error(`${where}: quotes: expected a string`);
  return decodeQuoteSet(file.quotes, where);
}

/** The quotes of a block file (parsed JSON), shipped; `where` names it in errors. */
export function loadBlock(file: QuoteBlockFile, where: string): ArchiveQuote[] {
  return restoreQuotes(file, 'shipped', where);
}

/** One word of a query: its term, and where the terms beginning with it are (none: no quote has such a term). */
export interface QueryWord {
  term: string;
  place: TermPlace | undefined;
}

/** The shards and heads of the index, by key and prefix, as the browser derives them from the manifest. */
export interface IndexLayout {
  keys: ReadonlySet<string>;
  heads: readonly string[];
  headSet: ReadonlySet<string>;
}

/** The layout of the index a manifest describes. */
export function indexLayout(manifest: SearchManifest): IndexLayout {
  const heads = headsOf(manifest.shards);
  return { keys: new Set(manifest.shards), heads, headSet: new Set(heads) };
}

/** The words of `query` that search (terms of {@link MIN_TERM_LENGTH} or more), each with its place. */
export function planQuery(query: string, layout: IndexLayout): QueryWord[] {
  const terms = new Set(words(query).map(stemGerman));
  return [...terms]
    .filter((term) => term.length >= MIN_TERM_LENGTH)
    .map((term) => ({ term, place: lookUpTerm(term, layout.keys, layout.headSet) }));
}

/**
 * Words whose matches {@link matchQuotes} keeps: those of the last few queries typed (a common beginning has tens of
 * thousands of matches at 10,000 articles, so not every keystroke's).
 */
export const MATCHES_KEPT = 32;

/** The quotes with a term beginning with one word, in their order, and the same as a set. */
export interface TermMatches {
  ids: number[];
  /**
   * A head's set as read, or `ids` as a set, made when first needed: a bitset is filled and tested several times
   * faster than a `Set` of the tens of thousands of quotes a common word has.
   */
  bits?: Uint8Array;
}

function contains(matches: TermMatches, id: number, total: number): boolean {
  if (!matches.bits) {
    matches.bits = emptyQuoteSet(total);
    for (const each of matches.ids) addToQuoteSet(matches.bits, each);
  }
  return hasQuote(matches.bits, id);
}

/** The loaded shards (by key) and heads (by prefix) a query needs. */
export interface LoadedParts {
  shards: ReadonlyMap<string, Index>;
  heads: ReadonlyMap<string, Uint8Array>;
}

function findTerm(word: QueryWord, parts: LoadedParts, total: number): TermMatches {
  const place = word.place;
  if (!place) return { ids: [] };
  if ('head' in place) {
    const bits = parts.heads.get(place.head);
    if (!bits) throw new Error(`search: head ${place.head} not loaded`);
    return { ids: quoteSetIds(bits), bits };
  }
  const shard = parts.shards.get(place.shard);
  if (!shard) throw new Error(`search: shard ${place.shard} not loaded`);
  return { ids: shard.search(word.term, { limit: Math.max(1, total) }) as number[] };
}

/**
 * The ids of the quotes that match every word of `plan`, in the order of the word with the fewest matches.
 * `parts` must hold every shard and head the plan names; `matches` keeps each word's matches across keystrokes (the
 * words before the one being typed stay the same), for one manifest, up to {@link MATCHES_KEPT}.
 */
export function matchQuotes(
  plan: readonly QueryWord[],
  parts: LoadedParts,
  matches: Map<string, TermMatches>,
  total: number,
): number[] {
  if (plan.length === 0) return [];
  const perWord = plan.map((word) => {
    let found = matches.get(word.term);
    if (!found) {
      matches.set(word.term, (found = findTerm(word, parts, total)));
      const oldest = matches.keys().next().value;
      if (matches.size > MATCHES_KEPT && oldest !== undefined) matches.delete(oldest);
    }
    return found;
  });
  perWord.sort((a, b) => a.ids.length - b.ids.length);
  const [rarest, ...others] = perWord;
  if (!rarest) return [];
  return others.length === 0
    ? rarest.ids
    : rarest.ids.filter((id) => others.every((m) => contains(m, id, total)));
}
