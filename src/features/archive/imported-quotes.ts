/** The quotes of the articles imported into this browser, and the index the search makes of them. */
import { queryOptions } from '@tanstack/react-query';
import { archiveQuotes, type ArchiveQuote } from '../../core/archive/archive-quote';
import type { ImportedQuotes } from '../../core/archive/speaker-page';
import { parseArticle } from '../../core/article/parse';
import { addQuotes, createQuoteIndex, type QuoteIndex } from '../../core/search/quote-index';
import { allImportedRecords } from '../../storage/imported-articles';

/** The quotes of every imported article that reads as valid, their articles' ids, and how many did not read. */
export async function importedQuotes(): Promise<ImportedQuotes & { unreadable: number }> {
  const quotes: ArchiveQuote[] = [];
  const articleIds = new Set<string>();
  let unreadable = 0;
  for (const record of await allImportedRecords()) {
    const result = parseArticle(record.article);
    if (result.ok) {
      quotes.push(...archiveQuotes(result.article, 'imported'));
      articleIds.add(result.article.id);
    } else unreadable += 1;
  }
  return { quotes, articleIds, unreadable };
}

/** The imported articles' index, made in the browser, and the ids of those articles. */
export interface ImportedIndex {
  index: QuoteIndex;
  articleIds: ReadonlySet<string>;
  unreadable: number;
}

export const importedIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['archive', 'imported-index'],
    queryFn: async (): Promise<ImportedIndex> => {
      const imported = await importedQuotes();
      const index = createQuoteIndex();
      addQuotes(index, imported.quotes);
      return { index, articleIds: imported.articleIds, unreadable: imported.unreadable };
    },
    // Imports may change on another page: read them again when the search page is opened again.
    staleTime: 0,
  });
