/**
 * Which part of the shipped search index holds a term. The index is split by the beginning of its terms (the folded
 * and stemmed words of `./german`), so a query loads only the parts its words begin with: a *shard key* is such a
 * beginning (`bu` holds `bundnis`, `burg`, …), and the keys of an index are prefix-free, so a term belongs to one
 * shard. The build starts from the first {@link BASE_DEPTH} letters and splits a shard that would be too large by
 * one more letter ({@link planShards}). A word being typed that is shorter than its shards' keys (`er`, where the
 * shards are `era`, `erb`, …) would span several: for each such split beginning the index has a *head* instead,
 * the set of quotes with a term that begins so, which that word loads in place of them all ({@link lookUpTerm}).
 */

/**
 * Terms shorter than this are neither indexed nor searched: a single letter or digit occurs in most quotes and
 * narrows nothing, and a shard of every word beginning with one letter would be a large part of the index.
 */
export const MIN_TERM_LENGTH = 2;

/** Every shard key has at least this many letters: the two-letter beginnings of German words are ~500 shards. */
export const BASE_DEPTH = 2;

/**
 * Ends the key of the shard that holds a term equal to its parent's key once the parent is split (`er` split into
 * `era`, `erb`, …: the word `er` goes to `er_`). No term contains it (terms are letters and digits), so a key with it
 * is the beginning of no term but the one it names, and a search for the beginning `er` still finds it.
 */
export const END = '_';

/** How far a shard is split at most: below this, the shard of a very frequent word stays large rather than empty. */
const MAX_DEPTH = 6;

/**
 * The shard keys for an index whose terms occur in the given numbers of quotes: the {@link BASE_DEPTH}-letter
 * beginnings, each split by one more letter while it weighs more than `budget` (up to a depth of six). A shard's
 * weight is what its file holds: the quotes of each of its terms. Sorted; prefix-free. Terms shorter than
 * {@link MIN_TERM_LENGTH} are left out.
 */
export function planShards(quotesPerTerm: ReadonlyMap<string, number>, budget: number): string[] {
  const keys: string[] = [];
  const split = (prefix: string, terms: [string, number][]) => {
    const weight = terms.reduce((sum, [, quotes]) => sum + quotes, 0);
    if (prefix.length >= BASE_DEPTH && (weight <= budget || prefix.length >= MAX_DEPTH)) {
      keys.push(prefix);
      return;
    }
    const children = new Map<string, [string, number][]>();
    for (const entry of terms) {
      const term = entry[0];
      const child = term.length > prefix.length ? term.slice(0, prefix.length + 1) : term + END;
      let group = children.get(child);
      if (!group) children.set(child, (group = []));
      group.push(entry);
    }
    for (const [child, group] of children) {
      if (child.endsWith(END)) keys.push(child);
      else split(child, group);
    }
  };
  split(
    '',
    [...quotesPerTerm].filter(([term]) => term.length >= MIN_TERM_LENGTH),
  );
  return keys.sort();
}

/**
 * The key of the shard that holds `term` (whole, as the index has it): the key it begins with, else the key that
 * names it alone (`er_`). `undefined` when no shard holds it (a term the index does not have).
 */
export function shardOf(term: string, keys: ReadonlySet<string>): string | undefined {
  for (let length = Math.min(term.length, MAX_DEPTH); length >= 1; length--) {
    const key = term.slice(0, length);
    if (keys.has(key)) return key;
  }
  return keys.has(term + END) ? term + END : undefined;
}

/**
 * The split beginnings of an index with shard `keys`: every beginning of {@link BASE_DEPTH} letters or more that is
 * shorter than a key it begins (`er` for `ers` and `er_`). Each has a head: the quotes with a term beginning so.
 */
export function headsOf(keys: readonly string[]): string[] {
  const heads = new Set<string>();
  for (const key of keys)
    for (let length = BASE_DEPTH; length < key.length; length++) heads.add(key.slice(0, length));
  return [...heads].sort();
}

/** Where the terms that begin with a query word are: one shard, or the head of a split beginning. */
export type TermPlace = { shard: string } | { head: string };

/**
 * Where to look for the terms beginning with `term` (a query word, which matches as the beginning of longer
 * words): the shard whose key `term` begins with; else, when `term` is a split beginning (shorter than the keys it
 * would span), its head. `undefined` when the index has no term beginning so, or `term` is shorter than
 * {@link MIN_TERM_LENGTH}.
 */
export function lookUpTerm(
  term: string,
  keys: ReadonlySet<string>,
  heads: ReadonlySet<string>,
): TermPlace | undefined {
  if (term.length < MIN_TERM_LENGTH) return undefined;
  for (let length = Math.min(term.length, MAX_DEPTH); length >= 1; length--) {
    const key = term.slice(0, length);
    if (keys.has(key)) return { shard: key };
  }
  return heads.has(term) ? { head: term } : undefined;
}
