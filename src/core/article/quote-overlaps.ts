/**
 * How a stretch of text about to be marked as a quote lies against the quotes already marked in its paragraph.
 * Quotes may nest (a quoted fragment inside a longer indirect quote is common in German news) but should not cross
 * (begin inside one quote and end outside it): a crossing quote means nothing a reader can follow. Quotation marks,
 * punctuation and white space at the edges do not count: only the words (letters and digits) decide.
 */
import { extendQuote } from './edits';
import { newlyOutdated, removeQuoteParts } from './quote-parts';
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

/** What resolving a crossing would do to one quote crossed: the parts the new quote takes, the parts left to it. */
export interface CrossedQuote {
  quote: Quote;
  /** Its spans the stretch crosses: removed when the new quote replaces them. */
  taken: Span[];
  /** Its other spans in `stretch.language`: they stay the quote's (none left: the quote is deleted). */
  kept: Span[];
}

/** Every quote `stretch` crosses, once each, in the article's order, with the parts it crosses and the others. */
export function crossedQuotes(article: Article, stretch: Stretch): CrossedQuote[] {
  const crossings = quoteOverlaps(article, stretch).filter(isCrossing);
  return article.quotes.flatMap((quote) => {
    const taken = crossings.filter((o) => o.quote === quote).map((o) => o.span);
    if (taken.length === 0) return [];
    const kept = (quote.spans[stretch.language] ?? []).filter((span) => !taken.includes(span));
    return [{ quote, taken, kept }];
  });
}

/**
 * `article` with the parts of quotes that `stretch` crosses removed, so that the stretch can be marked in their
 * place: only the spans crossed go; a quote interrupted by its cue keeps its other parts (see `removeQuoteParts`),
 * and a quote left with none is deleted.
 */
export function withoutCrossedParts(article: Article, stretch: Stretch): Article {
  return crossedQuotes(article, stretch).reduce(
    (next, { quote, taken }) => removeQuoteParts(next, quote.id, taken),
    article,
  );
}

/**
 * The translations (languages, in the article's order) whose anchor of a quote the stretch crosses would be marked
 * out of date by each way of resolving the crossing: extending the one quote crossed over the stretch (none when it
 * crosses more than one), and replacing the parts crossed. To be said before the reader chooses.
 */
export function outdatedByResolving(
  article: Article,
  stretch: Stretch,
): { extend: string[]; replace: string[] } {
  const crossed = crossedQuotes(article, stretch);
  const [only] = crossed;
  const extend =
    crossed.length === 1 && only
      ? newlyOutdated(article, extendQuote(article, only.quote.id, stretch), only.quote.id)
      : [];
  const replaced = withoutCrossedParts(article, stretch);
  const replace = [...new Set(crossed.flatMap(({ quote }) => newlyOutdated(article, replaced, quote.id)))];
  return { extend, replace: article.languages.filter((l) => replace.includes(l)) };
}
