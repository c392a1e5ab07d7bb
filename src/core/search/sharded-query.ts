/**
 * A query over the shipped index's files (`./sharded-index.ts`): each word maps to its shard or head
 * (`./shards.ts`), its matches are the quotes of the terms it begins (or the head's set), and the results are the
 * quotes that have every word, in id order: the library's, newest first. The caller loads the files a plan names.
 */
import { stemGerman, words } from './german';
import { addToQuoteSet, emptyQuoteSet, hasQuote, quoteSetIds } from './quote-set';
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

/** The quotes with a term beginning with one word, ascending, and the same as a set. */
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
  if (lists.length <= 1) return { ids: lists[0] ?? [] };
  // A quote can have several of the terms: their union, through a set, comes out ascending and once each.
  const bits = emptyQuoteSet(total);
  for (const list of lists) for (const id of list) addToQuoteSet(bits, id);
  return { ids: quoteSetIds(bits), bits };
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
  return quotesBeginning(shard, word.term, total);
}

/**
 * The ids of the quotes that match every word of `plan`, ascending (the library's order, newest first). `parts`
 * must hold every shard and head the plan names; `matches` keeps each word's matches across keystrokes (the words
 * before the one being typed stay the same), for one manifest, up to {@link MATCHES_KEPT}.
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
