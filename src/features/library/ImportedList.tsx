import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { libraryEntry, type LibraryEntry } from '../../core/archive/library-entry';
import type { LibraryFilters } from '../../core/archive/library-filters';
import { matchesFilters } from '../../core/archive/library-query';
import type { Article } from '../../core/article/schema';
import { formatPublished } from '../../core/dates/format';
import { allImportedRecords } from '../../storage/imported-articles';

interface ImportedEntry {
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

/**
 * Articles imported into this browser (IndexedDB), newest first, with the library's filters applied (but not its
 * pages: imports are few); absent when there are none to show.
 */
export function ImportedList({ filters }: { filters: LibraryFilters }) {
  const { t, i18n } = useTranslation('library');
  const locale = i18n.resolvedLanguage ?? 'en';
  const query = useQuery({ queryKey: ['imported-list'], queryFn: importedEntries, staleTime: 0 });
  const shown = (query.data ?? []).filter(({ entry }) => matchesFilters(entry, filters));
  if (shown.length === 0) return null;
  const numbers = new Intl.NumberFormat(locale);
  return (
    <section className="library__imports" aria-labelledby="imports-title">
      <h2 id="imports-title">{t('imports.title')}</h2>
      <ul className="library__list">
        {shown.map(({ entry, importedAt }) => {
          const titleLanguage = entry.title[locale] !== undefined ? locale : entry.originalLanguage;
          return (
            <li key={entry.id} className="library__item">
              <h3 className="library__item-title" lang={titleLanguage}>
                <Link to={`/imported/${entry.id}`}>{entry.title[titleLanguage] ?? entry.id}</Link>
              </h3>
              <p className="library__item-meta">
                {t('imports.meta', {
                  date: formatPublished(importedAt, locale),
                  quotes: numbers.format(entry.quoteCount),
                  count: entry.quoteCount,
                })}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
