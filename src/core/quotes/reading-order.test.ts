import { describe, expect, it } from 'vitest';
import type { Article, Quote, Span } from '../article/schema';
import { neighbours, quotesInReadingOrder } from './reading-order';

type Fixture = Pick<Article, 'originalLanguage' | 'languages' | 'paragraphs' | 'quotes'>;

const s = (paragraph: string, start: number, end: number): Span => ({ paragraph, start, end, exact: 'x' });
const q = (id: string, spans: Quote['spans']): Quote => ({ id, speaker: null, kind: 'direct', spans });

function fixture(quotes: Quote[]): Fixture {
  return {
    originalLanguage: 'de',
    languages: ['de', 'en'],
    paragraphs: ['p1', 'p2', 'p3'].map((id) => ({ id, text: { de: '', en: '' } })),
    quotes,
  };
}

describe('quotesInReadingOrder', () => {
  it.each([
    {
      name: 'paragraph order wins over the order in the file',
      quotes: [q('late', { de: [s('p3', 0, 5)] }), q('early', { de: [s('p1', 40, 45)] })],
      expected: ['early', 'late'],
    },
    {
      name: 'within a paragraph, by start offset',
      quotes: [q('b', { de: [s('p2', 30, 40)] }), q('a', { de: [s('p2', 3, 10)] })],
      expected: ['a', 'b'],
    },
    {
      name: 'an enclosing quote comes before the quote nested in it at the same start',
      quotes: [q('inner', { de: [s('p1', 10, 20)] }), q('outer', { de: [s('p1', 10, 60)] })],
      expected: ['outer', 'inner'],
    },
    {
      name: 'an interrupted quote is placed by its earliest span',
      quotes: [q('other', { de: [s('p2', 5, 9)] }), q('split', { de: [s('p2', 50, 60), s('p1', 0, 8)] })],
      expected: ['split', 'other'],
    },
    {
      name: 'the original decides, not the translation',
      quotes: [
        q('x', { de: [s('p1', 50, 60)], en: [s('p1', 0, 5)] }),
        q('y', { de: [s('p1', 0, 10)], en: [s('p1', 40, 45)] }),
      ],
      expected: ['y', 'x'],
    },
    {
      name: 'a quote only in a translation uses it; one without spans comes last',
      quotes: [q('none', {}), q('en-only', { en: [s('p2', 0, 4)] }), q('de', { de: [s('p3', 0, 4)] })],
      expected: ['en-only', 'de', 'none'],
    },
    {
      name: 'equal positions keep the file order',
      quotes: [q('first', { de: [s('p1', 0, 4)] }), q('second', { de: [s('p1', 0, 4)] })],
      expected: ['first', 'second'],
    },
  ])('$name', ({ quotes, expected }) => {
    expect(quotesInReadingOrder(fixture(quotes)).map((quote) => quote.id)).toEqual(expected);
  });
});

describe('neighbours', () => {
  const ordered = [q('a', {}), q('b', {}), q('c', {})];
  it.each([
    ['a', undefined, 'b', 0],
    ['b', 'a', 'c', 1],
    ['c', 'b', undefined, 2],
    ['zzz', undefined, undefined, -1],
  ])('%s: previous %s, next %s', (id, previous, next, position) => {
    const result = neighbours(ordered, id);
    expect(result.previous?.id).toBe(previous);
    expect(result.next?.id).toBe(next);
    expect(result.position).toBe(position);
  });
});
