/**
 * One quote as the archive sees it, across articles: what it says in every language, who said it (by their key
 * across articles, `speakerKey`), when, and in which article. Search results and speaker pages are lists of these;
 * the build writes them for shipped articles, the browser makes them for imported ones.
 */
import type { Article, LocalizedText, Quote, QuoteKind, Speaker } from '../article/schema';
import { dateRange } from '../dates/partial-date-math';
import { PALETTE_SIZE } from '../speakers/colours';
import { speakerKey } from '../speakers/speaker-key';

/** Where an article comes from: the site (`/articles/<id>`) or this browser's imports (`/imported/<id>`). */
export type ArticleOrigin = 'shipped' | 'imported';

export interface ArchiveSpeaker {
  /** The key across articles (`speakerKey`), which names their page. */
  key: string;
  name: string;
  localizedName?: LocalizedText;
  kind: Speaker['kind'];
  /** Their role as this article gives it, per language. */
  role?: LocalizedText;
  /** Their palette slot in this article (`speakerSlots`), so the quote is shown in the colour the reader uses. */
  slot: number;
}

export interface ArchiveQuote {
  origin: ArticleOrigin;
  articleId: string;
  articleTitle: LocalizedText;
  originalLanguage: string;
  /** The article's publication day, `YYYY-MM-DD`. */
  published: string;
  quoteId: string;
  kind: QuoteKind;
  /** The quote's words per language, its spans joined with " … ". */
  text: LocalizedText;
  /** When it was said, if the article says so (a partial date). */
  said?: string;
  /** When it was said, else the publication day: what the archive orders by. */
  date: string;
  /** Absent for a statement the article attributes to no one. */
  speaker?: ArchiveSpeaker;
}

/**
 * The quote's words in `language`: its spans joined, an interruption (e.g. by the cue) as an ellipsis. Undefined
 * where a span of it there is `outdated` (the quote was changed in the original since): those words are no longer
 * known to be the quote, so search results and speaker pages show another language's.
 */
export function quoteWords(quote: Quote, language: string): string | undefined {
  const spans = quote.spans[language];
  if (!spans || spans.length === 0 || spans.some((span) => span.outdated)) return undefined;
  return spans.map((span) => span.exact).join(' … ');
}

/** Every quote of `article`, in the article's order, as archive quotes. */
export function archiveQuotes(article: Article, origin: ArticleOrigin): ArchiveQuote[] {
  const speakers = new Map<string, ArchiveSpeaker>();
  article.speakers.forEach((speaker, index) => {
    speakers.set(speaker.id, {
      key: speakerKey(speaker),
      name: speaker.name,
      ...(speaker.localizedName ? { localizedName: speaker.localizedName } : {}),
      kind: speaker.kind,
      ...(speaker.role ? { role: speaker.role } : {}),
      slot: index % PALETTE_SIZE,
    });
  });
  const published = article.published.slice(0, 10);
  return article.quotes.map((quote) => {
    const text: LocalizedText = {};
    for (const language of article.languages) {
      const words = quoteWords(quote, language);
      if (words !== undefined) text[language] = words;
    }
    const said = quote.said?.date;
    const speaker = quote.speaker === null ? undefined : speakers.get(quote.speaker);
    return {
      origin,
      articleId: article.id,
      articleTitle: article.title,
      originalLanguage: article.originalLanguage,
      published,
      quoteId: quote.id,
      kind: quote.kind,
      text,
      ...(said ? { said } : {}),
      date: said ?? published,
      ...(speaker ? { speaker } : {}),
    };
  });
}

/** The first instant a quote's date covers (UTC ms), for ordering; unplaceable dates sort last. */
function dateStart(quote: ArchiveQuote): number {
  return dateRange(quote.date)?.start ?? Number.POSITIVE_INFINITY;
}

/**
 * Orders quotes by when they were said (the first instant of their date, so "2022" comes before "2022-03-05"),
 * then by publication, then article and quote id, so the order is the same on every machine.
 */
export function compareByDate(a: ArchiveQuote, b: ArchiveQuote): number {
  return dateStart(a) - dateStart(b) || compareSameStart(a, b);
}

/** The order of two quotes whose dates start at the same instant: by publication, then article and quote id. */
function compareSameStart(a: ArchiveQuote, b: ArchiveQuote): number {
  return (
    a.published.localeCompare(b.published) ||
    a.articleId.localeCompare(b.articleId) ||
    a.quoteId.localeCompare(b.quoteId)
  );
}

/**
 * A sorted copy of `quotes`, in the order of {@link compareByDate}: each quote's date read once, not once per
 * comparison (a speaker with a thousand quotes has ten thousand comparisons).
 */
export function sortByDate(quotes: readonly ArchiveQuote[]): ArchiveQuote[] {
  return quotes
    .map((quote) => ({ quote, start: dateStart(quote) }))
    .sort((a, b) => a.start - b.start || compareSameStart(a.quote, b.quote))
    .map(({ quote }) => quote);
}

/** The reader's link to the quote in place: `/articles/<id>?quote=<q>` or `/imported/<id>?quote=<q>`. */
export function quoteHref(quote: Pick<ArchiveQuote, 'origin' | 'articleId' | 'quoteId'>): string {
  const base = quote.origin === 'shipped' ? 'articles' : 'imported';
  return `/${base}/${encodeURIComponent(quote.articleId)}?quote=${encodeURIComponent(quote.quoteId)}`;
}
