/** The articles imported into this browser (IndexedDB) as library entries: fetcher and query options. */
import { queryOptions } from '@tanstack/react-query';
import { libraryEntry, type LibraryEntry } from '../../core/archive/library-entry';
import type { Article } from '../../core/article/schema';
import { allImportedRecords } from '../../storage/imported-articles';

export interface ImportedEntry {
  entry: LibraryEntry;
  importedAt: string;
}

/**
 * Every imported article as a library entry, newest import first. The records were validated when they were saved;
 * one that cannot be summarised (stored by an older version, say) is listed by its id, so it can still be opened.
 */
async function importedEntries(): Promise<ImportedEntry[]> {
  const records = await allImportedRecords();
  return records.reverse().map((record) => {
    let entry: LibraryEntry;
    try {
      entry = libraryEntry(record.article as Article);
    } catch {
      entry = {
        id: record.id,
        title: {},
        published: '',
        originalLanguage: 'und',
        languages: [],
        source: '',
        speakers: [],
        quoteCount: 0,
      };
    }
    return { entry: { ...entry, id: record.id }, importedAt: record.importedAt };
  });
}

/** Shares its key with the import and corrections, which invalidate it when they change an import. */
export const importedListOptions = () =>
  queryOptions({ queryKey: ['imported-list'], queryFn: importedEntries, staleTime: 0 });
