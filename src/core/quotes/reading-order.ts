/**
 * The order in which a reader meets an article's quotes, for "next quote" and "previous quote".
 */
import type { Article, Quote, Span } from '../article/schema';

type ArticleForOrder = Pick<Article, 'originalLanguage' | 'languages' | 'paragraphs' | 'quotes'>;

/**
 * The article's quotes in reading order of the original language: by the paragraph of their first span (in the
 * article's paragraph order), then by that span's start offset (UTF-16), then the longer span first, so that
 * indirect speech comes before the partial direct quote nested in it, then in the article's quote order.
 * A quote without a span in the original is placed by its first span in the first other language that has one;
 * a quote without any span comes last.
 */
export function quotesInReadingOrder(article: ArticleForOrder): Quote[] {
  const paragraphIndex = new Map(article.paragraphs.map((p, i) => [p.id, i]));
  const languages = [
    article.originalLanguage,
    ...article.languages.filter((l) => l !== article.originalLanguage),
  ];
  const firstSpan = (quote: Quote): Span | undefined => {
    for (const language of languages) {
      const spans = quote.spans[language] ?? [];
      let first: Span | undefined;
      for (const span of spans) {
        if (
          !first ||
          (paragraphIndex.get(span.paragraph) ?? Infinity) <
            (paragraphIndex.get(first.paragraph) ?? Infinity) ||
          (span.paragraph === first.paragraph && span.start < first.start)
        ) {
          first = span;
        }
      }
      if (first) return first;
    }
    return undefined;
  };
  const keyed = article.quotes.map((quote, index) => ({ quote, index, span: firstSpan(quote) }));
  keyed.sort((a, b) => {
    if (!a.span || !b.span) return (a.span ? 0 : 1) - (b.span ? 0 : 1) || a.index - b.index;
    return (
      (paragraphIndex.get(a.span.paragraph) ?? Infinity) -
        (paragraphIndex.get(b.span.paragraph) ?? Infinity) ||
      a.span.start - b.span.start ||
      b.span.end - a.span.end ||
      a.index - b.index
    );
  });
  return keyed.map((k) => k.quote);
}

/** The neighbours of quote `id` in `ordered`: the quote before and after it, where there is one. */
export function neighbours(
  ordered: readonly Quote[],
  id: string,
): { previous?: Quote; next?: Quote; position: number } {
  const position = ordered.findIndex((q) => q.id === id);
  if (position < 0) return { position };
  const result: { previous?: Quote; next?: Quote; position: number } = { position };
  const previous = ordered[position - 1];
  const next = ordered[position + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}
