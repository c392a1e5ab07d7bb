import { describe, expect, it } from 'vitest';
import { fitStretch, isCrossing, quoteOverlaps, type Stretch } from './quote-overlaps';
import type { Article } from './schema';
import { articleFrom, validArticle } from '../../testing/hand-made-article';
import { spanOf } from '../../testing/spans';

const P1 =
  'Die Ministerin sagte, man werde „die Schulen sofort öffnen“ und „alle Lehrer einstellen“, wenn der Haushalt steht.';
const P2 = 'Die Opposition nannte das „die Schulen sofort öffnen“ einen leeren Satz.';

const span = spanOf;

/** A made-up article: two direct quotes side by side in p1, one quote in p2. */
function article(): Article {
  return validArticle(
    articleFrom({
      paragraphs: [
        { id: 'p1', text: { de: P1 } },
        { id: 'p2', text: { de: P2 } },
      ],
      speakers: [{ id: 'min', name: 'Die Ministerin' }],
      quotes: [
        {
          id: 'q1',
          speaker: 'min',
          kind: 'direct',
          spans: { de: [span('p1', P1, '„die Schulen sofort öffnen“')] },
        },
        {
          id: 'q2',
          speaker: 'min',
          kind: 'direct',
          spans: { de: [span('p1', P1, '„alle Lehrer einstellen“')] },
        },
        {
          id: 'q3',
          speaker: null,
          kind: 'direct',
          spans: { de: [span('p2', P2, '„die Schulen sofort öffnen“')] },
        },
      ],
    }),
  );
}

/** The stretch of `words` in p1 (their first occurrence). */
const at = (words: string, paragraph = 'p1'): Stretch => {
  const text = paragraph === 'p1' ? P1 : P2;
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" not in ${paragraph}`);
  return { language: 'de', paragraph, start, end: start + words.length };
};

describe('quoteOverlaps', () => {
  it.each([
    ['words no quote covers', 'Die Ministerin sagte', []],
    ['inside a quote', 'Schulen sofort', [['q1', 'inside']]],
    ['containing a quote', 'man werde „die Schulen sofort öffnen“', [['q1', 'contains']]],
    [
      'containing two quotes',
      'die Schulen sofort öffnen“ und „alle Lehrer einstellen',
      [
        ['q1', 'contains'],
        ['q2', 'contains'],
      ],
    ],
    ['crossing a quote’s start', 'werde „die Schulen', [['q1', 'crossesStart']]],
    ['crossing a quote’s end', 'öffnen“ und', [['q1', 'crossesEnd']]],
    [
      'across two quotes',
      'sofort öffnen“ und „alle',
      [
        ['q1', 'crossesEnd'],
        ['q2', 'crossesStart'],
      ],
    ],
    ['identical to a quote', '„die Schulen sofort öffnen“', [['q1', 'same']]],
    ['a quote’s words without its quotation marks', 'die Schulen sofort öffnen', [['q1', 'same']]],
    ['sharing only a quotation mark', 'öffnen“ und „', [['q1', 'crossesEnd']]],
    ['sharing nothing but a quotation mark', 'und „', []],
    ['white space and marks only', '“, ', []],
  ] as const)('%s', (_, words, expected) => {
    const found = quoteOverlaps(article(), at(words));
    expect(found.map((o) => [o.quote.id, o.relation])).toEqual(expected);
  });

  it('looks only in the stretch’s paragraph', () => {
    expect(quoteOverlaps(article(), at('Schulen sofort', 'p2')).map((o) => o.quote.id)).toEqual(['q3']);
  });

  it('tells crossings from nesting', () => {
    const relations = (words: string) => quoteOverlaps(article(), at(words)).map(isCrossing);
    expect(relations('werde „die Schulen')).toEqual([true]);
    expect(relations('öffnen“ und')).toEqual([true]);
    expect(relations('Schulen sofort')).toEqual([false]);
    expect(relations('man werde „die Schulen sofort öffnen“')).toEqual([false]);
    expect(relations('die Schulen sofort öffnen')).toEqual([false]);
  });
});

describe('fitStretch', () => {
  const fitted = (words: string) => {
    const { start, end } = fitStretch(article(), at(words));
    return P1.slice(start, end);
  };
  it.each([
    ['inside, reaching past the quote by a comma', 'Lehrer einstellen“,', 'Lehrer einstellen“'],
    [
      'containing, short of the closing mark',
      'werde „die Schulen sofort öffnen',
      'werde „die Schulen sofort öffnen“',
    ],
    ['inside, within the quote', 'Schulen sofort', 'Schulen sofort'],
    ['crossing: left as it is', 'werde „die Schulen', 'werde „die Schulen'],
    ['no quote: left as it is', 'wenn der Haushalt', 'wenn der Haushalt'],
  ])('%s', (_, words, expected) => {
    expect(fitted(words)).toBe(expected);
  });
});
