/**
 * fast-check arbitraries for property tests: valid articles with arbitrary paragraph text (any code point,
 * emoji, markup, control characters) and arbitrary nested and overlapping quote spans and event mentions.
 *
 * Offsets fall only on code point boundaries (a span never cuts an emoji in half, which the format forbids);
 * the spans of one quote are disjoint, as the format requires; everything else may nest and overlap freely.
 */
import fc from 'fast-check';
import type { ArticleInput } from '../core/article/schema';

/** One code point or a short piece that tends to break renderers. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '🚢',
      '👩‍👩‍👧',
      'é',
      '„',
      '“',
      '<b>',
      '</p>',
      '&amp;',
      '\u202e',
      '\u0000',
      '\r\n',
      ' ',
    ),
  },
);

/** A paragraph as pieces: its text is their concatenation, and every piece boundary is a valid offset. */
const paragraphPieces = fc.array(piece, { minLength: 1, maxLength: 30 });

/** UTF-16 offsets of every piece boundary, from 0 to the text's length. */
function boundaries(pieces: readonly string[]): number[] {
  const offsets = [0];
  for (const p of pieces) offsets.push((offsets.at(-1) ?? 0) + p.length);
  return offsets;
}

interface RawSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** Disjoint spans within one paragraph: sorted distinct boundaries, taken in pairs. */
function disjointSpans(paragraph: number, offsets: readonly number[]): fc.Arbitrary<RawSpan[]> {
  return fc
    .uniqueArray(fc.integer({ min: 0, max: offsets.length - 1 }), { minLength: 2, maxLength: 6 })
    .map((indices) => {
      const points = indices.sort((a, b) => a - b).map((i) => offsets[i] ?? 0);
      const spans: RawSpan[] = [];
      for (let i = 0; i + 1 < points.length; i += 2) {
        spans.push({ paragraph, start: points[i] ?? 0, end: points[i + 1] ?? 0 });
      }
      return spans;
    });
}

/** Any one non-empty span of a paragraph. */
function anySpan(paragraph: number, offsets: readonly number[]): fc.Arbitrary<RawSpan> {
  return fc
    .uniqueArray(fc.integer({ min: 0, max: offsets.length - 1 }), { minLength: 2, maxLength: 2 })
    .map(([a = 0, b = 1]) => ({
      paragraph,
      start: offsets[Math.min(a, b)] ?? 0,
      end: offsets[Math.max(a, b)] ?? 0,
    }));
}

const LANGUAGE = 'de';

/** A valid single-language article (`de`) with arbitrary text, quotes and event mentions. */
export const arbitraryArticle: fc.Arbitrary<ArticleInput> = fc
  .array(paragraphPieces, { minLength: 1, maxLength: 4 })
  .chain((paragraphs) => {
    const texts = paragraphs.map((pieces) => pieces.join(''));
    const offsets = paragraphs.map(boundaries);
    const paragraphIndex = fc.integer({ min: 0, max: paragraphs.length - 1 });
    const quoteSpans = fc
      .uniqueArray(paragraphIndex, { minLength: 1, maxLength: paragraphs.length })
      .chain((indices) => fc.tuple(...indices.map((i) => disjointSpans(i, offsets[i] ?? [0]))))
      .map((groups) => groups.flat());
    const quote = fc.record({
      kind: fc.constantFrom('direct', 'indirect', 'reported', 'freeIndirect'),
      speaker: fc.option(fc.constantFrom('s1', 's2', 's3'), { nil: null }),
      spans: quoteSpans,
    });
    const event = fc.array(
      paragraphIndex.chain((i) => anySpan(i, offsets[i] ?? [0])),
      { minLength: 0, maxLength: 3 },
    );
    return fc
      .record({
        quotes: fc.array(quote, { maxLength: 6 }),
        events: fc.array(event, { maxLength: 4 }),
      })
      .map(({ quotes, events }): ArticleInput => {
        const toSpan = (s: RawSpan) => {
          const text = texts[s.paragraph] ?? '';
          return {
            paragraph: `p${s.paragraph + 1}`,
            start: s.start,
            end: s.end,
            exact: text.slice(s.start, s.end),
          };
        };
        return {
          schemaVersion: 2,
          id: 'arbitrary',
          originalLanguage: LANGUAGE,
          languages: [LANGUAGE],
          title: { [LANGUAGE]: 'Arbitrary' },
          published: '2024-01-01',
          source: { name: 'Property test', kind: 'newsroom' },
          paragraphs: texts.map((text, i) => ({ id: `p${i + 1}`, text: { [LANGUAGE]: text } })),
          speakers: ['s1', 's2', 's3'].map((id) => ({ id, name: `Speaker ${id}` })),
          quotes: quotes
            .filter((q) => q.spans.length > 0)
            .map((q, i) => ({
              id: `q${i + 1}`,
              speaker: q.speaker,
              kind: q.kind,
              spans: { [LANGUAGE]: q.spans.map(toSpan) },
            })),
          events: events.map((mentions, i) => ({
            id: `e${i + 1}`,
            date: '2024',
            label: { [LANGUAGE]: `Event ${i + 1}` },
            dateSource: 'stated',
            mentions: Object.fromEntries(mentions.length > 0 ? [[LANGUAGE, mentions.map(toSpan)]] : []),
          })),
        };
      });
  });
