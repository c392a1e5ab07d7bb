/**
 * Changing the parts (spans) of a quote in the original without leaving its translations silently wrong.
 *
 * A translation anchors a quote by spans of its own in the translated paragraph (same paragraph id); nothing in the
 * format aligns the original's words with the translation's below the paragraph. So when a quote's original spans
 * in a paragraph change (extended over words the annotator missed, or a part given to another quote), the
 * translation's spans there are carried along only where the change determines them: when the quote now covers
 * every word of the paragraph, its translation covers every word of the translated paragraph. Otherwise they are
 * marked `outdated`: kept with the words they had, so nothing is lost and an export still holds them, but no longer
 * highlighted as the quote's words.
 */
import type { Article, Quote, Span } from './schema';

const WORD = /[\p{L}\p{N}]/u;

/** Whether every letter and digit of `text` lies in one of `spans` (each half-open, UTF-16 offsets). */
function coversEveryWord(text: string, spans: readonly Pick<Span, 'start' | 'end'>[]): boolean {
  for (let i = 0; i < text.length; i++) {
    if (WORD.test(text[i] ?? '') && !spans.some((s) => s.start <= i && i < s.end)) return false;
  }
  return true;
}

/** The span over all of `text` but the white space at its edges; undefined when it is white space alone. */
function wholeParagraph(paragraph: string, text: string): Span | undefined {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? { paragraph, start, end, exact: text.slice(start, end) } : undefined;
}

/**
 * `quote` (already changed in the original language) with its spans in paragraph `paragraph` in every other
 * language made honest: one span over the whole translated paragraph when its original spans there now cover every
 * word of the original paragraph, else each of them marked `outdated`. Languages in which the quote has no span in
 * that paragraph, and spans in other paragraphs, stay as they are.
 */
export function followInTranslations(article: Article, quote: Quote, paragraph: string): Quote {
  const original = article.originalLanguage;
  const texts = article.paragraphs.find((p) => p.id === paragraph)?.text;
  if (!texts) return quote;
  const here = (span: Span) => span.paragraph === paragraph;
  const whole = coversEveryWord(texts[original] ?? '', (quote.spans[original] ?? []).filter(here));
  const spans = { ...quote.spans };
  for (const [language, list] of Object.entries(quote.spans)) {
    const text = texts[language];
    if (language === original || text === undefined || !list.some(here)) continue;
    const replacement = whole ? wholeParagraph(paragraph, text) : undefined;
    if (replacement) {
      // The quote's spans there give way to the one, which takes the place of the first.
      const at = list.findIndex(here);
      spans[language] = list.filter((span) => !here(span));
      spans[language].splice(at, 0, replacement);
    } else {
      spans[language] = list.map((span) => (here(span) ? { ...span, outdated: true as const } : span));
    }
  }
  return { ...quote, spans };
}

/** A part of a quote in one paragraph of the original: UTF-16 offsets into its text, half-open. */
export interface QuotePart {
  paragraph: string;
  start: number;
  end: number;
}

/**
 * Removes `parts` (spans of the original, found by paragraph and offsets) from quote `quoteId`: the words another
 * quote takes over. A quote left without a span in the original is deleted with everything it had; one that keeps a
 * part keeps its speaker, kind, cue and other parts, and its translations in the paragraphs it lost a part in are
 * made honest by {@link followInTranslations}.
 */
export function removeQuoteParts(article: Article, quoteId: string, parts: readonly QuotePart[]): Article {
  const quote = article.quotes.find((q) => q.id === quoteId);
  if (!quote) throw new Error(`no quote "${quoteId}"`);
  const original = article.originalLanguage;
  const isRemoved = (span: Span) =>
    parts.some((p) => p.paragraph === span.paragraph && p.start === span.start && p.end === span.end);
  const spans = quote.spans[original] ?? [];
  const kept = spans.filter((span) => !isRemoved(span));
  if (kept.length === spans.length) throw new Error(`quote "${quoteId}" has no such part`);
  if (kept.length === 0) return { ...article, quotes: article.quotes.filter((q) => q.id !== quoteId) };
  let changed: Quote = { ...quote, spans: { ...quote.spans, [original]: kept } };
  for (const paragraph of new Set(spans.filter(isRemoved).map((s) => s.paragraph))) {
    changed = followInTranslations(article, changed, paragraph);
  }
  return { ...article, quotes: article.quotes.map((q) => (q.id === quoteId ? changed : q)) };
}

/**
 * The languages (of `before`, in its order) in which quote `quoteId` has more spans marked `outdated` in `after`
 * than in `before`: where a change leaves a translation's anchor out of date, to be said before it is made.
 */
export function newlyOutdated(before: Article, after: Article, quoteId: string): string[] {
  const outdated = (article: Article, language: string) =>
    (article.quotes.find((q) => q.id === quoteId)?.spans[language] ?? []).filter((s) => s.outdated).length;
  return before.languages.filter((language) => outdated(after, language) > outdated(before, language));
}
