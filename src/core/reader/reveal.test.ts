import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REVEAL_MARGIN, revealDistance, type VerticalSpan, verticalExtent } from './reveal';

/** The band a phone leaves between its sticky bar (72 px) and a bottom sheet from 464 px. */
const BAND = { top: 72, bottom: 464 };
const span = (top: number, bottom: number): VerticalSpan => ({ top, bottom });
const moved = (s: VerticalSpan, by: number) => span(s.top - by, s.bottom - by);

describe('revealDistance', () => {
  it.each<[string, VerticalSpan[], number]>([
    ['inside already: nothing moves', [span(100, 200)], 0],
    ['under the sheet: centred in the band', [span(500, 560)], 530 - 268],
    ['under the bar: centred in the band', [span(40, 90)], 65 - 268],
    // Both languages of a quote on a phone: the German above the sheet, the English under it.
    ['all of it before a part of it', [span(228, 574), span(493, 574)], 401 - 268],
    ['too tall altogether: the part that fits', [span(100, 900), span(600, 700)], 650 - 268],
    [
      'nothing fits: the last one from the band’s top',
      [span(100, 900), span(600, 1100)],
      600 - 72 - REVEAL_MARGIN,
    ],
    ['nothing fits but its beginning shows: nothing moves', [span(100, 900), span(150, 700)], 0],
    ['nothing to show', [], 0],
  ])('%s', (_, targets, expected) => {
    expect(revealDistance(targets, BAND)).toBeCloseTo(expected, 6);
  });

  const spans = fc
    .tuple(fc.double({ min: -3000, max: 3000, noNaN: true }), fc.double({ min: 0, max: 800, noNaN: true }))
    .map(([top, height]) => span(top, top + height));
  const bands = fc
    .tuple(fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 50, max: 900, noNaN: true }))
    .map(([top, height]) => span(top, top + height));

  it('property: after the scroll the first target that fits is fully in the band', () => {
    fc.assert(
      fc.property(fc.array(spans, { minLength: 1, maxLength: 4 }), bands, (targets, band) => {
        const distance = revealDistance(targets, band);
        const fits = targets.find((t) => t.bottom - t.top + 2 * REVEAL_MARGIN <= band.bottom - band.top);
        if (!fits) return;
        const after = moved(fits, distance);
        expect(after.top).toBeGreaterThanOrEqual(band.top - 1e-6);
        expect(after.bottom).toBeLessThanOrEqual(band.bottom + 1e-6);
      }),
    );
  });

  it('property: when nothing fits, the last target’s top ends in the band', () => {
    fc.assert(
      fc.property(fc.array(spans, { minLength: 1, maxLength: 4 }), bands, (targets, band) => {
        if (targets.some((t) => t.bottom - t.top + 2 * REVEAL_MARGIN <= band.bottom - band.top)) return;
        const after = moved(targets.at(-1)!, revealDistance(targets, band));
        expect(after.top).toBeGreaterThanOrEqual(band.top - 1e-6);
        expect(after.top).toBeLessThanOrEqual(band.bottom + 1e-6);
      }),
    );
  });
});

describe('verticalExtent', () => {
  it('covers every span', () => {
    expect(verticalExtent([span(10, 20), span(5, 8), span(30, 40)])).toEqual(span(5, 40));
    expect(verticalExtent([])).toBeUndefined();
  });
});
