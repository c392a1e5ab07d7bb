import { describe, expect, it } from 'vitest';
import {
  addToQuoteSet,
  decodeQuoteList,
  decodeQuoteSet,
  encodeQuoteList,
  emptyQuoteSet,
  encodeQuoteSet,
  hasQuote,
  intersectQuoteSets,
  quoteSetIds,
  quoteSetSize,
  quoteSetSlice,
} from './quote-set';

describe('quote sets', () => {
  it.each([[0], [1], [7], [8], [9], [17], [24], [1000]])(
    'keep their ids through base64, for %i quotes',
    (size) => {
      const ids = Array.from({ length: size }, (_, i) => i).filter((i) => i % 3 === 0 || i % 7 === 5);
      const set = emptyQuoteSet(size);
      for (const id of ids) addToQuoteSet(set, id);
      const back = decodeQuoteSet(encodeQuoteSet(set), 'h0.json');
      expect(quoteSetIds(back)).toEqual(ids);
      expect(ids.every((id) => hasQuote(back, id))).toBe(true);
      if (size > 2) expect(hasQuote(back, 1)).toBe(false);
    },
  );

  it('refuses text that is not base64, naming the file', () => {
    expect(() => decodeQuoteSet('AB*D', 'h3.json')).toThrow('h3.json: not base64 at 2');
    expect(() => decodeQuoteSet('ABCé', 'h3.json')).toThrow('h3.json: not base64 at 3');
  });

  const setOf = (size: number, ids: readonly number[]) => {
    const set = emptyQuoteSet(size);
    for (const id of ids) addToQuoteSet(set, id);
    return set;
  };

  it('count their ids and give any stretch of them without listing the rest', () => {
    const ids = [0, 1, 5, 8, 9, 15, 16, 40, 63, 64, 99];
    const set = setOf(100, ids);
    expect(quoteSetSize(set)).toBe(ids.length);
    expect(quoteSetSize(emptyQuoteSet(100))).toBe(0);
    // Whole 32-bit words, a tail of bytes, and a set that starts off a word's boundary.
    const full = new Uint8Array(13).fill(255);
    expect(quoteSetSize(full)).toBe(13 * 8);
    expect(quoteSetSize(full.subarray(1))).toBe(12 * 8);
    for (let start = 0; start <= ids.length; start++)
      for (const count of [0, 1, 3, 100])
        expect(quoteSetSlice(set, start, count)).toEqual(ids.slice(start, start + count));
  });

  it('intersect, leaving the sets as they were', () => {
    const a = setOf(70, [1, 2, 9, 33, 64, 69]);
    const b = setOf(70, [2, 9, 10, 64]);
    const c = setOf(70, [0, 2, 64, 69]);
    expect(quoteSetIds(intersectQuoteSets([a, b, c]))).toEqual([2, 64]);
    expect(quoteSetIds(intersectQuoteSets([a]))).toEqual([1, 2, 9, 33, 64, 69]);
    // A set that is a view at an odd offset of a larger buffer is read a byte at a time, with the same result.
    const buffer = new Uint8Array(b.length + 1);
    buffer.set(b, 1);
    expect(quoteSetIds(intersectQuoteSets([a, buffer.subarray(1), c]))).toEqual([2, 64]);
    expect(quoteSetIds(a)).toEqual([1, 2, 9, 33, 64, 69]);
  });

  it.each([
    ['none', []],
    ['one, id 0', [0]],
    ['ascending ids', [3, 4, 9, 1000, 1001]],
  ])('keep a list of ids as gaps: %s', (_what, ids) => {
    expect(decodeQuoteList(encodeQuoteList(ids), 't0.json')).toEqual(ids);
  });

  it('refuses gaps that do not ascend, naming the file', () => {
    expect(() => decodeQuoteList([4, 0], 't2.json')).toThrow('t2.json: not an ascending id at 1');
    expect(() => decodeQuoteList([1.5], 't2.json')).toThrow('t2.json: not an ascending id at 0');
  });
});
