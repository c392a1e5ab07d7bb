import { describe, expect, it } from 'vitest';
import {
  addToQuoteSet,
  decodeQuoteSet,
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
});
