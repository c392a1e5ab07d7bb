/**
 * A set of quote ids as a bitset (bit `id % 8` of byte `id / 8`), written as base64 in a JSON file: a head of the
 * sharded index (`./shards.ts`) holds most of the archive's quotes, and 125,000 quotes take 16 kB this way, where a
 * list of their ids took several times that. Base64 by hand: the core has neither `btoa` nor `Buffer`.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Each character code's value in {@link ALPHABET}, −1 for the others. */
const VALUE = Int8Array.from({ length: 128 }, (_, code) => ALPHABET.indexOf(String.fromCharCode(code)));
/** The number of set bits of each byte. */
const BITS = Uint8Array.from({ length: 256 }, (_, byte) => {
  let count = 0;
  for (let rest = byte; rest !== 0; rest &= rest - 1) count++;
  return count;
});

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
  return quoteSetSlice(set, 0, Infinity);
}

/** How many ids the set holds: 32 bits at a time where the set's bytes allow (a head has 16 kB of them). */
export function quoteSetSize(set: Uint8Array): number {
  let size = 0;
  let i = 0;
  if (set.byteOffset % 4 === 0) {
    const words = new Uint32Array(set.buffer, set.byteOffset, set.length >> 2);
    for (let w = 0; w < words.length; w++) {
      // The bits of a word counted in parallel (SWAR), as Hacker's Delight gives it.
      let v = words[w] ?? 0;
      v -= (v >>> 1) & 0x55555555;
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      size += (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 255;
    }
    i = words.length * 4;
  }
  for (; i < set.length; i++) size += BITS[set[i] ?? 0] ?? 0;
  return size;
}

/**
 * `count` ids of the set from its `start`-th (fewer at its end), ascending: a head of a common beginning has tens
 * of thousands of quotes, and a page of results needs ten of them. Whole bytes before `start` are counted, not
 * listed.
 */
export function quoteSetSlice(set: Uint8Array, start: number, count: number): number[] {
  const ids: number[] = [];
  let skip = start;
  for (let i = 0; i < set.length && ids.length < count; i++) {
    let byte = set[i] ?? 0;
    const here = BITS[byte] ?? 0;
    if (skip >= here) {
      skip -= here;
      continue;
    }
    // Each set bit, lowest first.
    for (; byte !== 0 && ids.length < count; byte &= byte - 1) {
      if (skip > 0) skip--;
      else ids.push(i * 8 + 31 - Math.clz32(byte & -byte));
    }
  }
  return ids;
}

/**
 * The ids that are in every one of `sets` (of one size), as a new set. 32 bits at a time where the sets' bytes
 * allow: the first intersection of a page runs before the engine has compiled the loop, and a byte at a time it
 * took 3–4 ms of a head's 16 kB there, 0.35 ms this way (both measured in a fresh Node process).
 */
export function intersectQuoteSets(sets: readonly Uint8Array[]): Uint8Array {
  const [first, ...rest] = sets;
  const both = new Uint8Array(first ?? []);
  const words = both.length >> 2;
  const into = new Uint32Array(both.buffer, 0, words);
  for (const set of rest) {
    let i = 0;
    if (set.byteOffset % 4 === 0) {
      const from = new Uint32Array(set.buffer, set.byteOffset, Math.min(words, set.length >> 2));
      for (let w = 0; w < from.length; w++) into[w] = (into[w] ?? 0) & (from[w] ?? 0);
      i = from.length * 4;
    }
    for (; i < both.length; i++) both[i] = (both[i] ?? 0) & (set[i] ?? 0);
  }
  return both;
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

/**
 * The platform's base64 decoder where there is one (`Uint8Array.fromBase64`: Chrome 140, Firefox 133, Safari 18.2):
 * a head's 21,000 characters, decoded in the page's first search before the code below is compiled, cost several
 * milliseconds of the keystroke that loaded it.
 */
const platformDecode = (
  Uint8Array as unknown as {
    fromBase64?: (text: string, options: { lastChunkHandling: 'loose' }) => Uint8Array;
  }
).fromBase64;

/** A set from {@link encodeQuoteSet}'s text; throws naming `where` on a character that is not base64. */
export function decodeQuoteSet(text: string, where: string): Uint8Array {
  if (platformDecode && text.length % 4 !== 1) {
    try {
      return platformDecode(text, { lastChunkHandling: 'loose' });
    } catch {
      // Not base64: the decoder below says where.
    }
  }
  const set = new Uint8Array(Math.floor((text.length * 6) / 8));
  const value = (at: number) => {
    if (at >= text.length) return 0;
    const v = VALUE[text.charCodeAt(at)] ?? -1;
    if (v < 0) throw new Error(`${where}: not base64 at ${at}`);
    return v;
  };
  for (let i = 0, at = 0; i < text.length; i += 4, at += 3) {
    const n = (value(i) << 18) | (value(i + 1) << 12) | (value(i + 2) << 6) | value(i + 3);
    set[at] = n >> 16;
    if (at + 1 < set.length) set[at + 1] = (n >> 8) & 255;
    if (at + 2 < set.length) set[at + 2] = n & 255;
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
