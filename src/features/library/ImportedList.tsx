import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/Link';
import type { LibraryFilters } from '../../core/archive/library-filters';
import { matchesFilters } from '../../core/archive/library-query';
import { formatPublished } from '../../core/dates/format';
import { onLibraryChange } from '../../storage/library-channel';
import { importedListOptions } from './imported-query';
import { useHydrating } from '../../ui/use-hydrating';
import { useFormatLocale } from '../../ui/use-format-locale';

/**
 * Articles imported into this browser (IndexedDB), newest first, with the library's filters applied (but not its
 * pages: imports are few); absent when there are none to show.
 */
export function ImportedList({ filters }: { filters: LibraryFilters }) {
  const { t, i18n } = useTranslation(['library', 'offline']);
  const locale = i18n.resolvedLanguage ?? 'en';
  const formats = useFormatLocale(locale);
  const queryClient = useQueryClient();
  const query = useQuery(importedListOptions());
  // The page was prerendered without the imports: the render that hydrates it renders none, as the server did (the
  // server snapshot), and the next shows them. With imports already read, React found markup it did not expect,
  // threw the part away and rendered it afresh (error #418, in about one load in five with imports).
  const hydrating = useHydrating();
  // An import, a correction or a deletion in another tab shows here without a reload.
  useEffect(
    () =>
      onLibraryChange(() => {
        void queryClient.invalidateQueries({ queryKey: ['imported-list'] });
        void queryClient.invalidateQueries({ queryKey: ['storage-state'] });
      }),
    [queryClient],
  );
  const shown = hydrating ? [] : (query.data ?? []).filter(({ entry }) => matchesFilters(entry, filters));
  if (shown.length === 0) return null;
  const numbers = new Intl.NumberFormat(formats);
  return (
    <section className="library__imports" aria-labelledby="imports-title">
      <h2 id="imports-title">{t('imports.title')}</h2>
      <p className="library__note">{t('offline:availability.imports')}</p>
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
                  date: formatPublished(importedAt, formats),
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
