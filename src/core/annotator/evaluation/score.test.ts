import { describe, expect, it } from 'vitest';
import { f1, matchQuotes, matches, speakerAgrees, type ScoredQuote } from './score';

const q = (
  spans: [number, number][],
  speakerSpans: [number, number][] = [],
  speakerName?: string,
): ScoredQuote => ({
  spans,
  type: 'Direct',
  speakerSpans,
  ...(speakerName !== undefined ? { speakerName } : {}),
});

describe('matches', () => {
  it.each([
    { name: 'identical', a: [[0, 10]], b: [[0, 10]], overlap: true, exact: true },
    { name: 'half of the longer', a: [[0, 10]], b: [[5, 10]], overlap: true, exact: false },
    { name: 'less than half of the longer', a: [[0, 10]], b: [[0, 4]], overlap: false, exact: false },
    { name: 'disjoint', a: [[0, 10]], b: [[10, 20]], overlap: false, exact: false },
    {
      name: 'two spans against one',
      a: [
        [0, 5],
        [8, 12],
      ],
      b: [[0, 12]],
      overlap: true,
      exact: false,
    },
    {
      name: 'same spans in another order',
      a: [
        [8, 12],
        [0, 5],
      ],
      b: [
        [0, 5],
        [8, 12],
      ],
      overlap: true,
      exact: true,
    },
  ] as const)('$name', ({ a, b, overlap, exact }) => {
    expect(matches(a, b, 'overlap')).toBe(overlap);
    expect(matches(a, b, 'exact')).toBe(exact);
  });
});

describe('matchQuotes', () => {
  it('matches one to one, best overlap first', () => {
    const predicted = [q([[0, 10]]), q([[2, 10]])];
    const gold = [q([[2, 10]])];
    expect(matchQuotes(predicted, gold, 'overlap')).toEqual([[1, 0]]);
  });

  it('pairs a quotation annotated twice (person and relaying medium) by speaker among equal overlaps', () => {
    const predicted = [q([[0, 10]], [[20, 25]]), q([[0, 10]], [[40, 45]])];
    const gold = [q([[0, 10]], [[40, 45]]), q([[0, 10]], [[20, 25]])];
    const agrees = (p: number, g: number) => speakerAgrees(predicted[p]!, gold[g]!, '');
    expect(matchQuotes(predicted, gold, 'overlap')).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(matchQuotes(predicted, gold, 'overlap', agrees)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('leaves unmatched quotes out', () => {
    expect(matchQuotes([q([[0, 5]])], [q([[50, 60]])], 'overlap')).toEqual([]);
  });
});

describe('speakerAgrees', () => {
  it.each([
    {
      name: 'mention overlaps the gold speaker',
      p: q([[0, 5]], [[20, 25]]),
      g: q([[0, 5]], [[22, 30]]),
      text: 'x',
      right: true,
    },
    {
      name: 'same surname elsewhere',
      p: q([[0, 5]], [[90, 95]], 'Anna Berger'),
      g: q([[0, 5]], [[20, 26]]),
      text: 'Berger',
      right: true,
    },
    {
      name: 'another person',
      p: q([[0, 5]], [[90, 95]], 'Anna Berger'),
      g: q([[0, 5]], [[20, 26]]),
      text: 'Keller',
      right: false,
    },
    {
      name: 'only an article in common',
      p: q([[0, 5]], [[90, 95]], 'die Stadt'),
      g: q([[0, 5]], [[20, 34]]),
      text: 'die Sprecherin',
      right: false,
    },
    {
      name: 'only a preposition in common',
      p: q([[0, 5]], [[90, 95]], 'Verband für Umwelt'),
      g: q([[0, 5]], [[20, 40]]),
      text: 'Beirat für Verkehr',
      right: false,
    },
    {
      name: 'the same noun after different articles',
      p: q([[0, 5]], [[90, 95]], 'der Senat'),
      g: q([[0, 5]], [[20, 29]]),
      text: 'des Senats',
      right: true,
    },
    { name: 'both unattributed', p: q([[0, 5]]), g: q([[0, 5]]), text: '', right: true },
  ])('$name', ({ p, g, text, right }) => {
    expect(speakerAgrees(p, g, text)).toBe(right);
  });
});

describe('f1', () => {
  it('computes precision, recall and F1', () => {
    expect(f1({ truePositives: 2, predicted: 4, gold: 2 })).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
  });

  it('is zero without predictions', () => {
    expect(f1({ truePositives: 0, predicted: 0, gold: 3 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
