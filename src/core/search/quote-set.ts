/**
 * A set of quote ids as a bitset (bit `id % 8` of byte `id / 8`), written as base64 in a JSON file: a head of the
 * sharded index (`./shards.ts`) holds most of the archive's quotes, and 125,000 quotes take 16 kB this way, where a
 * list of their ids took several times that. Base64 by hand: the core has neither `btoa` nor `Buffer`.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map(Array.from({ length: ALPHABET.length }, (_, i) => [ALPHABET.charAt(i), i]));

/** An empty set for ids `0 … size − 1`. */
export function emptyQuoteSet(size: number): Uint8Array {
  return new Uint8Array(Math.ceil(size / 8));
}

export function addToQuoteSet(set: Uint8Array, id: number): void {
  set[id >> 3] = (set[id >> 3] ?? 0) | (1 << (id & 7));
}

export function hasQuote(set: Uint8Array, id: number): boolean {
  return ((set[id >> 3] ?? 0) & (1 << (id & 7))) !== 0;
}

/** The ids in the set, ascending. */
export function quoteSetIds(set: Uint8Array): number[] {
  const ids: number[] = [];
  for (let i = 0; i < set.length; i++) {
    // Each set bit, lowest first: a head of a common beginning has tens of thousands of quotes.
    for (let byte = set[i] ?? 0; byte !== 0; byte &= byte - 1)
      ids.push(i * 8 + 31 - Math.clz32(byte & -byte));
  }
  return ids;
}

/** The set as base64 (without padding). */
export function encodeQuoteSet(set: Uint8Array): string {
  let out = '';
  for (let i = 0; i < set.length; i += 3) {
    const n = ((set[i] ?? 0) << 16) | ((set[i + 1] ?? 0) << 8) | (set[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((set.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += ALPHABET.charAt((n >> (18 - 6 * c)) & 63);
  }
  return out;
}

/** A set from {@link encodeQuoteSet}'s text; throws naming `where` on a character that is not base64. */
export function decodeQuoteSet(text: string, where: string): Uint8Array {
  const set = new Uint8Array(Math.floor((text.length * 6) / 8));
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let c = 0; c < 4; c++) {
      const char = text.charAt(i + c);
      const value = char === '' ? 0 : VALUE.get(char);
      if (value === undefined) throw new Error(`${where}: not base64 at ${i + c}`);
      n |= value << (18 - 6 * c);
    }
    const at = (i / 4) * 3;
    for (let b = 0; b < 3 && at + b < set.length; b++) set[at + b] = (n >> (16 - 8 * b)) & 255;
  }
  return set;
}

/**
 * Ascending quote ids as a shard of the index keeps a term's quotes: the first id, then the gap to each next one
 * (small numbers, which JSON writes in a character or two and gzip packs well).
 */
export function encodeQuoteList(ids: readonly number[]): number[] {
  return ids.map((id, i) => id - (ids[i - 1] ?? 0));
}

/** The ids of {@link encodeQuoteList}'s gaps; throws naming `where` when they are not ascending whole numbers. */
export function decodeQuoteList(gaps: readonly number[], where: string): number[] {
  let id = 0;
  return gaps.map((gap, i) => {
    if (!Number.isInteger(gap) || gap < (i === 0 ? 0 : 1))
      throw new Error(`${where}: not an ascending id at ${i}`);
    return (id += gap);
  });
}
