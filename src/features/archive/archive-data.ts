/**
 * The archive's data in the browser: the shipped search index (`archive/search-index.json`) and speaker files
 * (`archive/speakers/<key>.json`) the build wrote, and the quotes of the articles imported into this browser.
 */
import { queryOptions } from '@tanstack/react-query';
import { archiveQuotes, type ArchiveQuote } from '../../core/archive/archive-quote';
import type { SpeakerFile } from '../../core/archive/speaker-page';
import { parseArticle } from '../../core/article/parse';
import {
  addQuotes,
  createQuoteIndex,
  loadQuoteIndex,
  type QuoteIndex,
  type QuoteIndexFile,
} from '../../core/search/quote-index';
import { allImportedRecords } from '../../storage/imported-articles';

/** A file of the built site could not be fetched or read: `what` names it (`archive/search-index.json`). */
export class ArchiveLoadError extends Error {
  constructor(
    readonly what: string,
    reason: string,
  ) {
    super(`${what}: ${reason}`);
    this.name = 'ArchiveLoadError';
  }
}

/** Fetches a JSON file of the built site; `undefined` for 404 when `missingOk`. */
async function fetchSiteJson(path: string, missingOk: boolean): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}${path}`, { headers: { Accept: 'application/json' } });
  } catch {
    throw new ArchiveLoadError(path, 'network error');
  }
  if (response.status === 404 && missingOk) return undefined;
  if (!response.ok) throw new ArchiveLoadError(path, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new ArchiveLoadError(path, 'not valid JSON');
  }
}

let shipped: Promise<QuoteIndex> | undefined;

/**
 * The index of the shipped articles' quotes, fetched once per page load (the first time the search is focused or
 * used); a failed fetch is tried again by the next call. A site built without articles has an empty index.
 */
export function shippedIndex(): Promise<QuoteIndex> {
  shipped ??= fetchSiteJson('archive/search-index.json', true).then(
    (file) => (file === undefined ? createQuoteIndex() : loadQuoteIndex(file as QuoteIndexFile)),
    (error: unknown) => {
      shipped = undefined;
      throw error;
    },
  );
  return shipped;
}

/** The quotes of every imported article that reads as valid, and how many records did not. */
export async function importedQuotes(): Promise<{ quotes: ArchiveQuote[]; unreadable: number }> {
  const quotes: ArchiveQuote[] = [];
  let unreadable = 0;
  for (const record of await allImportedRecords()) {
    const result = parseArticle(record.article);
    if (result.ok) quotes.push(...archiveQuotes(result.article, 'imported'));
    else unreadable += 1;
  }
  return { quotes, unreadable };
}

/** What the search runs over: the shipped index and one made now from the imported articles. */
export interface SearchIndexes {
  indexes: QuoteIndex[];
  unreadable: number;
}

export const searchIndexesQueryOptions = () =>
  queryOptions({
    queryKey: ['archive', 'search-indexes'],
    queryFn: async (): Promise<SearchIndexes> => {
      const [shippedQuotes, imported] = await Promise.all([shippedIndex(), importedQuotes()]);
      const importedIndex = createQuoteIndex();
      addQuotes(importedIndex, imported.quotes);
      return { indexes: [shippedQuotes, importedIndex], unreadable: imported.unreadable };
    },
    // Imports may change on another page: read them again when the search page is opened again.
    staleTime: 0,
  });

/** A speaker's shipped quotes (`undefined` when no shipped article quotes them) and the imported ones. */
export interface SpeakerData {
  shipped: SpeakerFile | undefined;
  imported: ArchiveQuote[];
  unreadable: number;
}

export const speakerQueryOptions = (key: string) =>
  queryOptions({
    queryKey: ['archive', 'speaker', key],
    queryFn: async (): Promise<SpeakerData> => {
      const [file, imported] = await Promise.all([
        fetchSiteJson(`archive/speakers/${encodeURIComponent(key)}.json`, true),
        importedQuotes(),
      ]);
      return { shipped: file as SpeakerFile | undefined, ...imported, imported: imported.quotes };
    },
    staleTime: 0,
  });
