import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterMarks, labelSpan, placeLabels, type LabelPlacement, type LabelRequest } from './labels';

const OPTIONS = { gap: 0.02, maxLanes: 3 };

/** Whether two placed labels keep apart: not in one lane closer than `gap`, and no leader through the other. */
function keepApart(
  a: LabelPlacement & { at: number },
  b: LabelPlacement & { at: number },
  gap: number,
): boolean {
  const apart = (from: number, to: number, other: LabelPlacement) =>
    to + gap <= other.from + 1e-12 || other.to + gap <= from + 1e-12;
  if (a.lane === b.lane) return apart(a.from, a.to, b);
  const [low, high] = a.lane < b.lane ? [a, b] : [b, a];
  return apart(high.at, high.at, low);
}

describe('labelSpan', () => {
  it.each([
    ['centred in the middle', 0.5, 0.2, { anchor: 'middle', from: 0.4, to: 0.6 }],
    ['turned inwards at the left end', 0.01, 0.2, { anchor: 'start', from: 0.01, to: 0.21 }],
    ['turned inwards at the right end', 0.99, 0.2, { anchor: 'end', from: 0.79, to: 0.99 }],
  ] as const)('%s', (_, at, width, expected) => {
    const span = labelSpan(at, width);
    expect(span.anchor).toBe(expected.anchor);
    expect(span.from).toBeCloseTo(expected.from, 10);
    expect(span.to).toBeCloseTo(expected.to, 10);
  });
});

describe('clusterMarks', () => {
  it.each<[string, number[], number, [number, number][]]>([
    [
      'far apart: one label each',
      [0.1, 0.5, 0.9],
      0.05,
      [
        [0, 1],
        [1, 2],
        [2, 3],
      ],
    ],
    ['the same day: one label', [0.9, 0.9, 0.9], 0.05, [[0, 3]]],
    [
      'close pairs',
      [0.1, 0.12, 0.5, 0.53],
      0.05,
      [
        [0, 2],
        [2, 4],
      ],
    ],
    // Each mark is close to the next, but a run never covers more than `within`.
    [
      'a chain is cut',
      [0.1, 0.13, 0.16, 0.19],
      0.05,
      [
        [0, 2],
        [2, 4],
      ],
    ],
    ['nothing', [], 0.05, []],
  ])('%s', (_, positions, within, expected) => {
    expect(clusterMarks(positions, within).map((r) => [r.start, r.end])).toEqual(expected);
  });
});

describe('placeLabels', () => {
  it.each<[string, LabelRequest[], ([number, string] | undefined)[], number]>([
    [
      'far apart share one lane',
      [
        { at: 0.2, width: 0.1 },
        { at: 0.8, width: 0.1 },
      ],
      [
        [0, 'middle'],
        [0, 'middle'],
      ],
      1,
    ],
    [
      'overlapping labels stack when the upper one’s leader clears the lower one',
      [
        { at: 0.5, width: 0.1 },
        { at: 0.6, width: 0.1 },
      ],
      [
        [0, 'middle'],
        [1, 'middle'],
      ],
      2,
    ],
    [
      'a label whose leader would cross the one below is left out',
      [
        { at: 0.5, width: 0.2 },
        { at: 0.52, width: 0.2 },
      ],
      [[0, 'middle'], undefined],
      1,
    ],
    [
      'no label where the leader of a label above passes, nor under it',
      [
        { at: 0.3, width: 0.1 },
        { at: 0.38, width: 0.1 },
        { at: 0.41, width: 0.03 },
      ],
      [[0, 'middle'], [1, 'middle'], undefined],
      2,
    ],
    [
      'no more lanes than allowed',
      // Each label overlaps all before it, and its leader clears them: a staircase, cut at three lanes.
      [0, 0.93, 0.96, 0.99].map((at) => ({ at, width: 0.9 })),
      [[0, 'start'], [1, 'end'], [2, 'end'], undefined],
      3,
    ],
    [
      'placements come back in input order',
      [
        { at: 0.7, width: 0.2 },
        { at: 0.3, width: 0.2 },
      ],
      [
        [0, 'middle'],
        [0, 'middle'],
      ],
      1,
    ],
  ])('%s', (_, labels, expected, lanes) => {
    const result = placeLabels(labels, OPTIONS);
    expect(result.placements.map((p) => p && [p.lane, p.anchor])).toEqual(expected);
    expect(result.lanes).toBe(lanes);
  });

  const requests = fc.array(
    fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      width: fc.double({ min: 0.001, max: 0.6, noNaN: true }),
    }),
    { maxLength: 60 },
  );

  it('property: no two placed labels overlap, no leader crosses a label, within the lanes and the axis', () => {
    fc.assert(
      fc.property(requests, fc.integer({ min: 1, max: 5 }), (labels, maxLanes) => {
        const { placements, lanes } = placeLabels(labels, { gap: 0.01, maxLanes });
        expect(placements).toHaveLength(labels.length);
        expect(lanes).toBeLessThanOrEqual(maxLanes);
        const placed = placements.flatMap((p, i) => (p ? [{ ...p, at: labels[i]!.at }] : []));
        for (const p of placed) {
          expect(p.lane).toBeLessThan(lanes);
          expect(p.from).toBeGreaterThanOrEqual(-1e-12);
          expect(p.to).toBeLessThanOrEqual(1 + 1e-12);
          expect(p.at).toBeGreaterThanOrEqual(p.from - 1e-12);
          expect(p.at).toBeLessThanOrEqual(p.to + 1e-12);
        }
        for (let i = 0; i < placed.length; i++)
          for (let j = i + 1; j < placed.length; j++)
            expect(keepApart(placed[i]!, placed[j]!, 0.01)).toBe(true);
      }),
    );
  });

  it('property: the leftmost label is always placed, in the lowest lane', () => {
    fc.assert(
      fc.property(
        requests.filter((l) => l.length > 0),
        (labels) => {
          const { placements } = placeLabels(labels, OPTIONS);
          const spans = labels.map((l) => labelSpan(l.at, l.width).from);
          const leftmost = spans.indexOf(Math.min(...spans));
          expect(placements[leftmost]?.lane).toBe(0);
        },
      ),
    );
  });

  it('property: clusters cover every mark once, in order, each no wider than `within`', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true })).map((a) => a.sort((x, y) => x - y)),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (positions, within) => {
          const runs = clusterMarks(positions, within);
          expect(runs.flatMap((r) => Array.from({ length: r.end - r.start }, (_, k) => r.start + k))).toEqual(
            positions.map((_, i) => i),
          );
          for (const r of runs)
            expect(positions[r.end - 1]! - positions[r.start]!).toBeLessThanOrEqual(within);
        },
      ),
    );
  });
});
