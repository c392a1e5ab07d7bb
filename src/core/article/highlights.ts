/**
 * What to highlight in each paragraph for one language: quote spans and event mentions as ranges that
 * `segmentText` can cut a paragraph with. Pure data; the renderer decides how they look.
 */
import type { AnnotatedRange } from '../text/segments';
import type { Article, ArticleEvent, Quote } from './schema';

/**
 * One highlighted thing: a quote or a mention of a dated event, with the words of its span (`text`), which name its
 * link whole even where a date or another quote inside it cuts it into several highlight segments.
 */
export type Mark = { text: string } & (
  { type: 'quote'; quote: Quote } | { type: 'event'; event: ArticleEvent }
);

/** Ranges per paragraph id, for one language. Paragraphs without marks are absent. */
export type ParagraphMarks = Map<string, AnnotatedRange<Mark>[]>;

/** Collects every quote span and event mention of `language`, grouped by paragraph. */
export function marksByParagraph(article: Article, language: string): ParagraphMarks {
  const byParagraph: ParagraphMarks = new Map();
  const add = (paragraph: string, range: AnnotatedRange<Mark>) => {
    const list = byParagraph.get(paragraph);
    if (list) list.push(range);
    else byParagraph.set(paragraph, [range]);
  };
  for (const quote of article.quotes) {
    for (const span of quote.spans[language] ?? []) {
      // An outdated translation span no longer knows the quote's words: not highlighted (the quote panel says why).
      if (span.outdated) continue;
      add(span.paragraph, {
        start: span.start,
        end: span.end,
        value: { type: 'quote', quote, text: span.exact },
      });
    }
  }
  for (const event of article.events) {
    for (const span of event.mentions[language] ?? []) {
      add(span.paragraph, {
        start: span.start,
        end: span.end,
        value: { type: 'event', event, text: span.exact },
      });
    }
  }
  return byParagraph;
}
