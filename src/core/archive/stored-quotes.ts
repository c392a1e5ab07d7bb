/**
 * Archive quotes as the build's files keep them (the search index's blocks, the speakers' files): each article's
 * title, language and date once, the quotes pointing to it by position. A speaker's thousand quotes come from a
 * few hundred articles, whose titles would otherwise be repeated with every quote.
 */
import type { LocalizedText } from '../article/schema';
import type { ArchiveQuote, ArticleOrigin } from './archive-quote';

/** What a quote shows of its article, once per article in {@link StoredQuotes}. */
export interface StoredArticle {
  id: string;
  title: LocalizedText;
  originalLanguage: string;
  published: string;
}

/** A quote as a file keeps it: its article by position in `articles`. */
export type StoredQuote = Omit<
  ArchiveQuote,
  'origin' | 'articleId' | 'articleTitle' | 'originalLanguage' | 'published'
> & {
  article: number;
};

/** Quotes as a file keeps them: each article once, the quotes pointing to it by position. */
export interface StoredQuotes {
  articles: StoredArticle[];
  quotes: StoredQuote[];
}

/** Quotes (of one origin) as a file keeps them, in their order. */
export function storeQuotes(quotes: readonly ArchiveQuote[]): StoredQuotes {
  const articles: StoredArticle[] = [];
  const positions = new Map<string, number>();
  const stored = quotes.map(
    ({ origin: _o, articleId, articleTitle, originalLanguage, published, ...rest }) => {
      let article = positions.get(articleId);
      if (article === undefined) {
        article = articles.length;
        positions.set(articleId, article);
        articles.push({ id: articleId, title: articleTitle, originalLanguage, published });
      }
      return { ...rest, article };
    },
  );
  return { articles, quotes: stored };
}

/**
 * The archive quotes of a file's {@link StoredQuotes} (parsed JSON), of `origin`; `where` names the file in the
 * error thrown when it is not one.
 */
export function restoreQuotes(file: StoredQuotes, origin: ArticleOrigin, where: string): ArchiveQuote[] {
  if (!Array.isArray(file.quotes) || !Array.isArray(file.articles))
    throw new Error(`${where}: expected lists of quotes and articles`);
  return file.quotes.map(({ article, ...rest }, i) => {
    const stored = file.articles[article];
    if (!stored) throw new Error(`${where}: quotes[${i}].article: no article ${article}`);
    return {
      ...rest,
      origin,
      articleId: stored.id,
      articleTitle: stored.title,
      originalLanguage: stored.originalLanguage,
      published: stored.published,
    };
  });
}
