/**
 * A query over the shipped index's files (`./sharded-index.ts`): each word maps to its shard or head
 * (`./shards.ts`), its matches are the quotes of the terms it begins (or the head's set), and the results are the
 * quotes that have every word, in id order: the library's, newest first. The caller loads the files a plan names.
 */
import { stemGerman, words } from './german';
import {
  addToQuoteSet,
  emptyQuoteSet,
  hasQuote,
  intersectQuoteSets,
  quoteSetSize,
  quoteSetSlice,
} from './quote-set';
import type { LoadedShard, SearchManifest } from './sharded-index';
import { headsOf, lookUpTerm, MIN_TERM_LENGTH, type TermPlace } from './shards';

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

/**
 * The quotes with a term beginning with one word: as a list of ids, ascending (one term of a shard), or as a set
 * (a head, or several terms of a shard), and how many. A common beginning has tens of thousands of quotes: listing
 * them all, where a page shows ten, cost a keystroke more than finding them.
 */
export interface TermMatches {
  count: number;
  ids?: number[];
  /** Always there when `ids` is not; made from `ids` when first needed otherwise (tests of membership). */
  bits?: Uint8Array;
}

function bitsOf(matches: TermMatches, total: number): Uint8Array {
  if (!matches.bits) {
    matches.bits = emptyQuoteSet(total);
    for (const each of matches.ids ?? []) addToQuoteSet(matches.bits, each);
  }
  return matches.bits;
}

/** The quotes that match a query: how many, and any stretch of their ids, in order, without listing them all. */
export interface QueryMatch {
  total: number;
  /** `count` ids from the `start`-th on (fewer at the end), ascending. */
  slice(start: number, count: number): number[];
}

function listMatch(ids: readonly number[]): QueryMatch {
  return { total: ids.length, slice: (start, count) => ids.slice(start, start + count) };
}

function setMatch(bits: Uint8Array, total = quoteSetSize(bits)): QueryMatch {
  return { total, slice: (start, count) => quoteSetSlice(bits, start, count) };
}

const NO_MATCH = listMatch([]);

/** The loaded shards (by key) and heads (by prefix) a query needs. */
export interface LoadedParts {
  shards: ReadonlyMap<string, LoadedShard>;
  heads: ReadonlyMap<string, Uint8Array>;
}

/** The position of the first of the sorted `terms` that is not before `prefix`. */
function firstFrom(terms: readonly string[], prefix: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((terms[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The quotes of the shard's terms that begin with `prefix`, ascending. */
function quotesBeginning(shard: LoadedShard, prefix: string, total: number): TermMatches {
  const lists: number[][] = [];
  for (let i = firstFrom(shard.terms, prefix); shard.terms[i]?.startsWith(prefix); i++)
    lists.push(shard.ids[i] ?? []);
  if (lists.length <= 1) {
    const ids = lists[0] ?? [];
    return { count: ids.length, ids };
  }
  // A quote can have several of the terms: their union, as a set, has each once.
  const bits = emptyQuoteSet(total);
  for (const list of lists) for (const id of list) addToQuoteSet(bits, id);
  return { count: quoteSetSize(bits), bits };
}

function findTerm(word: QueryWord, parts: LoadedParts, total: number): TermMatches {
  const place = word.place;
  if (!place) return { count: 0, ids: [] };
  if ('head' in place) {
    const bits = parts.heads.get(place.head);
    if (!bits) throw new Error(`search: head ${place.head} not loaded`);
    return { count: quoteSetSize(bits), bits };
  }
  const shard = parts.shards.get(place.shard);
  if (!shard) throw new Error(`search: shard ${place.shard} not loaded`);
  return quotesBeginning(shard, word.term, total);
}

/**
 * The quotes that match every word of `plan`, in id order (the library's, newest first). `parts` must hold every
 * shard and head the plan names; `matches` keeps each word's matches across keystrokes (the words before the one
 * being typed stay the same), for one manifest, up to {@link MATCHES_KEPT}. The rarest word's list is filtered by
 * the others' sets; words that are all sets are intersected as sets.
 */
export function matchQuotes(
  plan: readonly QueryWord[],
  parts: LoadedParts,
  matches: Map<string, TermMatches>,
  total: number,
): QueryMatch {
  const perWord = plan.map((word) => {
    let found = matches.get(word.term);
    if (!found) {
      matches.set(word.term, (found = findTerm(word, parts, total)));
      const oldest = matches.keys().next().value;
      if (matches.size > MATCHES_KEPT && oldest !== undefined) matches.delete(oldest);
    }
    return found;
  });
  perWord.sort((a, b) => a.count - b.count);
  const [rarest, ...others] = perWord;
  if (!rarest) return NO_MATCH;
  if (rarest.ids) {
    if (others.length === 0) return listMatch(rarest.ids);
    const sets = others.map((word) => bitsOf(word, total));
    return listMatch(rarest.ids.filter((id) => sets.every((set) => hasQuote(set, id))));
  }
  const bits = bitsOf(rarest, total);
  return others.length === 0
    ? setMatch(bits, rarest.count)
    : setMatch(intersectQuoteSets([bits, ...others.map((word) => bitsOf(word, total))]));
}
