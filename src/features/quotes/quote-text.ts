import type { Quote } from '../../core/article/schema';

/** A quote's text in `language`: its spans joined, an interruption (e.g. by the cue) shown as an ellipsis. */
export function quoteText(quote: Quote, language: string): string | undefined {
  const spans = quote.spans[language];
  if (!spans || spans.length === 0) return undefined;
  return spans.map((span) => span.exact).join(' … ');
}
