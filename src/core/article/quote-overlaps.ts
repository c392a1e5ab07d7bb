/**
 * How a stretch of text about to be marked as a quote lies against the quotes already marked in its paragraph.
 * Quotes may nest (a quoted fragment inside a longer indirect quote is common in German news) but should not cross
 * (begin inside one quote and end outside it): a crossing quote means nothing a reader can follow. Quotation marks,
 * punctuation and white space at the edges do not count: only the words (letters and digits) decide.
 */
import type { Article, Quote, Span } from './schema';

/** A stretch of one paragraph of the original: UTF-16 offsets into its text in `language`, half-open. */
export interface Stretch {
  language: string;
  paragraph: string;
  start: number;
  end: number;
}

/**
 * How the stretch lies against a quote's span: over the same words (`same`), within it (`inside`), around it
 * (`contains`), beginning before it and ending within it (`crossesStart`), or beginning within it and ending after
 * it (`crossesEnd`).
 */
export type OverlapRelation = 'same' | 'inside' | 'contains' | 'crossesStart' | 'crossesEnd';

/** A quote the stretch shares words with, the span of it that does, and how. */
export interface QuoteOverlap {
  quote: Quote;
  span: Span;
  relation: OverlapRelation;
}

const WORD = /[\p{L}\p{N}]/u;

/** `[start, end)` narrowed to its first and last letter or digit; undefined when it holds none. */
function wordCore(text: string, start: number, end: number): [number, number] | undefined {
  let from = start;
  let to = end;
  while (from < to && !WORD.test(text[from] ?? '')) from++;
  while (to > from && !WORD.test(text[to - 1] ?? '')) to--;
  return from < to ? [from, to] : undefined;
}

function relationOf(stretch: [number, number], span: [number, number]): OverlapRelation | undefined {
  const [s, e] = stretch;
  const [a, b] = span;
  if (e <= a || b <= s) return undefined;
  if (s === a && e === b) return 'same';
  if (a <= s && e <= b) return 'inside';
  if (s <= a && b <= e) return 'contains';
  return s < a ? 'crossesStart' : 'crossesEnd';
}

/**
 * Every quote of `article` whose span in the stretch's paragraph shares words with `stretch`, with how the stretch
 * lies against it, in the order of the article's quotes. Only words count: a stretch that differs from a quote only
 * by its quotation marks or punctuation is the `same`, and sharing only a quotation mark is no overlap.
 */
export function quoteOverlaps(article: Article, stretch: Stretch): QuoteOverlap[] {
  const text = article.paragraphs.find((p) => p.id === stretch.paragraph)?.text[stretch.language];
  if (text === undefined) return [];
  const core = wordCore(text, stretch.start, stretch.end);
  if (!core) return [];
  return article.quotes.flatMap((quote) =>
    (quote.spans[stretch.language] ?? []).flatMap((span) => {
      if (span.paragraph !== stretch.paragraph) return [];
      const spanCore = wordCore(text, span.start, span.end);
      const relation = spanCore && relationOf(core, spanCore);
      return relation ? [{ quote, span, relation }] : [];
    }),
  );
}

/** True for the relations a quote cannot have to another: beginning inside it and ending outside, or the reverse. */
export const isCrossing = (overlap: QuoteOverlap): boolean =>
  overlap.relation === 'crossesStart' || overlap.relation === 'crossesEnd';

/**
 * `stretch` fitted to the quotes it nests with, so that no quotation mark or punctuation is shared across a quote's
 * edge: cut to the span of a quote it lies inside, widened to the span of a quote it contains. Its words stay the
 * same; crossings and quotes over the same words are left as they are.
 */
export function fitStretch(article: Article, stretch: Stretch): Stretch {
  let { start, end } = stretch;
  for (const { span, relation } of quoteOverlaps(article, stretch)) {
    if (relation === 'inside') {
      start = Math.max(start, span.start);
      end = Math.min(end, span.end);
    } else if (relation === 'contains') {
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
    }
  }
  return { ...stretch, start, end };
}
