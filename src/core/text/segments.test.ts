import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText, type AnnotatedRange } from './segments';

const r = (start: number, end: number, value: string): AnnotatedRange<string> => ({ start, end, value });
const shape = (text: string, ranges: AnnotatedRange<string>[]) =>
  segmentText(text, ranges).map((s) => [s.text, s.covering.map((c) => c.value).join('+')]);

describe('segmentText', () => {
  it.each<[string, string, AnnotatedRange<string>[], [string, string][]]>([
    ['no ranges', 'abc', [], [['abc', '']]],
    ['empty paragraph', '', [r(0, 0, 'a')], []],
    ['whole paragraph', 'abc', [r(0, 3, 'a')], [['abc', 'a']]],
    [
      'at the start edge',
      'abcdef',
      [r(0, 2, 'a')],
      [
        ['ab', 'a'],
        ['cdef', ''],
      ],
    ],
    [
      'at the end edge',
      'abcdef',
      [r(4, 6, 'a')],
      [
        ['abcd', ''],
        ['ef', 'a'],
      ],
    ],
    [
      'adjacent',
      'abcdef',
      [r(0, 3, 'a'), r(3, 6, 'b')],
      [
        ['abc', 'a'],
        ['def', 'b'],
      ],
    ],
    [
      'nested: innermost first',
      'abcdef',
      [r(0, 6, 'outer'), r(2, 4, 'inner')],
      [
        ['ab', 'outer'],
        ['cd', 'inner+outer'],
        ['ef', 'outer'],
      ],
    ],
    [
      'crossing: equal length, the later one is innermost',
      'abcdef',
      [r(0, 4, 'a'), r(2, 6, 'b')],
      [
        ['ab', 'a'],
        ['cd', 'b+a'],
        ['ef', 'b'],
      ],
    ],
    ['identical ranges', 'abc', [r(0, 3, 'a'), r(0, 3, 'b')], [['abc', 'a+b']]],
    [
      'clamped past the end',
      'abc',
      [r(1, 99, 'a')],
      [
        ['a', ''],
        ['bc', 'a'],
      ],
    ],
    ['empty range ignored', 'abc', [r(1, 1, 'a')], [['abc', '']]],
    [
      'UTF-16 offsets (astral characters count twice)',
      '😀ab',
      [r(2, 3, 'a')],
      [
        ['😀', ''],
        ['a', 'a'],
        ['b', ''],
      ],
    ],
  ])('%s', (_name, text, ranges, expected) => {
    expect(shape(text, ranges)).toEqual(expected);
  });

  it('gives back the original text for any set of ranges', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.array(fc.tuple(fc.nat(220), fc.nat(220)), { maxLength: 30 }),
        (text, pairs) => {
          const ranges = pairs.map(([a, b], i) => r(Math.min(a, b), Math.max(a, b), String(i)));
          const segments = segmentText(text, ranges);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          for (const segment of segments) {
            const expected = ranges.filter((x) => {
              const end = Math.min(x.end, text.length);
              return x.start <= segment.start && end >= segment.end && end > x.start;
            });
            expect(new Set(segment.covering.map((c) => c.value))).toEqual(
              new Set(expected.map((x) => x.value)),
            );
          }
        },
      ),
    );
  });
});
