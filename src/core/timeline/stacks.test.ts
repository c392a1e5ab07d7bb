import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stackHeight, stackMarks } from './stacks';

const shape = (positions: number[], within: number, maxLevels: number) =>
  stackMarks(positions, within, maxLevels).map((dot) => [dot.at, dot.level, dot.marks]);

describe('stackMarks', () => {
  it.each<[string, number[], number, (number | number[])[][]]>([
    [
      'apart: one dot each on the axis',
      [0.1, 0.5],
      3,
      [
        [0.1, 0, [0]],
        [0.5, 0, [1]],
      ],
    ],
    [
      'two on one day: one above the other',
      [0.5, 0.5],
      3,
      [
        [0.5, 0, [0]],
        [0.5, 1, [1]],
      ],
    ],
    [
      'a pixel apart: stacked over the first',
      [0.5, 0.502],
      3,
      [
        [0.5, 0, [0]],
        [0.5, 1, [1]],
      ],
    ],
    [
      'more than fit: the top dot stands for the rest',
      [0.5, 0.5, 0.5, 0.5, 0.5],
      3,
      [
        [0.5, 0, [0]],
        [0.5, 1, [1]],
        [0.5, 2, [2, 3, 4]],
      ],
    ],
    ['one level: one dot for all', [0.5, 0.5], 1, [[0.5, 0, [0, 1]]]],
    ['nothing', [], 3, []],
  ])('%s', (_, positions, maxLevels, expected) => {
    expect(shape(positions, 0.01, maxLevels)).toEqual(expected);
  });

  it('property: every mark is in one dot, in order; no two dots of a level closer than a dot', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 80 })
          .map((a) => a.sort((x, y) => x - y)),
        fc.double({ min: 0.001, max: 0.2, noNaN: true }),
        fc.integer({ min: 1, max: 5 }),
        (positions, within, maxLevels) => {
          const dots = stackMarks(positions, within, maxLevels);
          expect(dots.flatMap((dot) => dot.marks)).toEqual(positions.map((_, i) => i));
          expect(stackHeight(dots)).toBeLessThanOrEqual(maxLevels);
          for (const dot of dots) {
            expect(dot.marks.length).toBeGreaterThan(0);
            // A dot stands for several marks only at the top of a full column.
            if (dot.marks.length > 1) expect(dot.level).toBe(maxLevels - 1);
            // A dot is drawn where its marks are: less than a dot's width from each of them.
            for (const mark of dot.marks) expect(positions[mark]! - dot.at).toBeLessThan(within);
            for (const mark of dot.marks) expect(positions[mark]!).toBeGreaterThanOrEqual(dot.at);
          }
          for (let i = 0; i < dots.length; i++)
            for (let j = i + 1; j < dots.length; j++)
              if (dots[i]!.level === dots[j]!.level && dots[i]!.at !== dots[j]!.at)
                expect(Math.abs(dots[i]!.at - dots[j]!.at)).toBeGreaterThanOrEqual(within);
          // Dots of one column are on distinct levels.
          const columns = new Map<number, number[]>();
          for (const dot of dots) columns.set(dot.at, [...(columns.get(dot.at) ?? []), dot.level]);
          for (const levels of columns.values()) expect(new Set(levels).size).toBe(levels.length);
        },
      ),
    );
  });
});
