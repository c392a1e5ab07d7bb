/**
 * Corrections a reader makes to an (automatically annotated) article. Each is a pure function from article to
 * article that keeps it valid; a corrected annotation no longer needs review, since a person has decided.
 */
import { followInTranslations } from './quote-parts';
import type { Article, Quote, QuoteKind, Span, Speaker } from './schema';

function replaceQuote(article: Article, id: string, change: (quote: Quote) => Quote): Article {
  if (!article.quotes.some((q) => q.id === id)) throw new Error(`no quote "${id}"`);
  return { ...article, quotes: article.quotes.map((q) => (q.id === id ? change(q) : q)) };
}

/** Marks an annotation as decided by a person. */
function reviewed<T extends { needsReview?: boolean; confidence?: number }>(item: T): T {
  const { needsReview: _needsReview, confidence: _confidence, ...rest } = item;
  return rest as T;
}

/** Attributes a quote to another speaker (or to nobody, with `null`). */
export function setQuoteSpeaker(article: Article, quoteId: string, speakerId: string | null): Article {
  if (speakerId !== null && !article.speakers.some((s) => s.id === speakerId)) {
    throw new Error(`no speaker "${speakerId}"`);
  }
  return replaceQuote(article, quoteId, (q) =>
    reviewed({ ...q, speaker: speakerId, speakerMention: undefined }),
  );
}

/** Changes how a quote is rendered: direct, indirect, reported or free indirect. */
export function setQuoteKind(article: Article, quoteId: string, kind: QuoteKind): Article {
  return replaceQuote(article, quoteId, (q) => reviewed({ ...q, kind }));
}

/** Confirms an automatic annotation as right without changing it. */
export function confirmQuote(article: Article, quoteId: string): Article {
  return replaceQuote(article, quoteId, (q) => reviewed(q));
}

/** Removes a false quote. */
export function deleteQuote(article: Article, quoteId: string): Article {
  if (!article.quotes.some((q) => q.id === quoteId)) throw new Error(`no quote "${quoteId}"`);
  return { ...article, quotes: article.quotes.filter((q) => q.id !== quoteId) };
}

/** The first id of the form `${prefix}${n}` not in `taken`. */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** Adds a speaker by name and returns the article and the new speaker's id. */
export function addSpeaker(
  article: Article,
  name: string,
  kind: Speaker['kind'] = 'person',
): [Article, string] {
  const trimmed = name.trim();
  if (trimmed === '') throw new Error('a speaker needs a name');
  const id = nextId(
    'speaker',
    article.speakers.map((s) => s.id),
  );
  return [{ ...article, speakers: [...article.speakers, { id, name: trimmed, kind }] }, id];
}

export interface NewQuote {
  language: string;
  paragraph: string;
  /** UTF-16 offsets into the paragraph's text in `language`, half-open. */
  start: number;
  end: number;
  speaker: string | null;
  kind: QuoteKind;
}

/**
 * Marks a stretch of text as a quote. Leading and trailing white space is trimmed off the stretch; the stretch
 * may nest in or overlap other quotes (a partial quote inside indirect speech), as the format allows: a caller
 * that should not let quotes cross checks first (`quote-overlaps.ts`).
 */
export function addQuote(article: Article, quote: NewQuote): [Article, string] {
  if (quote.language !== article.originalLanguage) throw new Error('quotes are marked in the original text');
  const paragraph = article.paragraphs.find((p) => p.id === quote.paragraph);
  const text = paragraph?.text[quote.language];
  if (text === undefined)
    throw new Error(`paragraph "${quote.paragraph}" has no text in "${quote.language}"`);
  let start = Math.max(0, Math.min(quote.start, quote.end));
  let end = Math.min(text.length, Math.max(quote.start, quote.end));
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end <= start) throw new Error('the selection holds no text');
  if (quote.speaker !== null && !article.speakers.some((s) => s.id === quote.speaker)) {
    throw new Error(`no speaker "${quote.speaker}"`);
  }
  const id = nextId(
    'q',
    article.quotes.map((q) => q.id),
  );
  const added: Quote = {
    id,
    speaker: quote.speaker,
    kind: quote.kind,
    spans: { [quote.language]: [{ paragraph: quote.paragraph, start, end, exact: text.slice(start, end) }] },
  };
  return [{ ...article, quotes: [...article.quotes, added] }, id];
}

/**
 * Extends quote `quoteId` over a stretch of its original text that its span in that paragraph shares words with
 * (a quote the annotator cut short): the span becomes the union of both, merged with any other span of the quote
 * in that paragraph that it now reaches, and the quote counts as reviewed. Speaker, kind and the spans in other
 * paragraphs stay as they are; its translations' spans in that paragraph cannot simply stay (they would claim the
 * quote's old words as all of it) and follow as `followInTranslations` says: over the whole translated paragraph
 * when the quote now covers the whole paragraph, else marked `outdated`.
 */
export function extendQuote(
  article: Article,
  quoteId: string,
  stretch: { language: string; paragraph: string; start: number; end: number },
): Article {
  const { language, paragraph } = stretch;
  if (language !== article.originalLanguage) throw new Error('quotes are extended in the original text');
  const text = article.paragraphs.find((p) => p.id === paragraph)?.text[language];
  if (text === undefined) throw new Error(`paragraph "${paragraph}" has no text in "${language}"`);
  return replaceQuote(article, quoteId, (quote) => {
    const spans = quote.spans[language] ?? [];
    let start = Math.max(0, Math.min(stretch.start, stretch.end));
    let end = Math.min(text.length, Math.max(stretch.start, stretch.end));
    const reaches = (span: Span) => span.paragraph === paragraph && span.start < end && start < span.end;
    if (!spans.some(reaches)) throw new Error(`quote "${quoteId}" does not reach the stretch`);
    // Merging a span can make the union reach another: repeat until nothing more joins.
    let merged: Span[] = [];
    for (let joined = true; joined;) {
      merged = spans.filter(reaches);
      joined = false;
      for (const span of merged) {
        if (span.start < start || span.end > end) {
          start = Math.min(start, span.start);
          end = Math.max(end, span.end);
          joined = true;
        }
      }
    }
    const extended: Span = { paragraph, start, end, exact: text.slice(start, end) };
    // The extended span takes the place of the first it joins (every span before that one is kept).
    const kept = spans.filter((span) => !merged.includes(span));
    kept.splice(spans.findIndex(reaches), 0, extended);
    return followInTranslations(
      article,
      reviewed({ ...quote, spans: { ...quote.spans, [language]: kept } }),
      paragraph,
    );
  });
}
