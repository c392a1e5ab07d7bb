import { describe, expect, it } from 'vitest';
import {
  addToQuoteSet,
  decodeQuoteList,
  decodeQuoteSet,
  encodeQuoteList,
  emptyQuoteSet,
  encodeQuoteSet,
  hasQuote,
  quoteSetIds,
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
