import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/Link';
import { libraryPath, type LibraryFilters } from '../../core/archive/library-filters';
import type { LibraryResults } from '../../core/archive/library-query';
import { CHUNK_SIZE } from '../../core/archive/library-split';
import { formatPublished } from '../../core/dates/format';
import { OfflineBadge } from './OfflineBadge';
import { QuotedSpeakers } from './QuotedSpeakers';
import { useOfflineAvailability } from './offline-availability';
import { useFormatLocale } from '../../ui/use-format-locale';

/**
 * One page of the library's results, with links to the pages before and after it; each says whether it can be
 * read offline.
 */
export function LibraryResultsList({
  results,
  filters,
}: {
  results: LibraryResults;
  filters: LibraryFilters;
}) {
  const { t, i18n } = useTranslation('library');
  const locale = i18n.resolvedLanguage ?? 'en';
  const formats = useFormatLocale(locale);
  const numbers = new Intl.NumberFormat(formats);
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
  const listFormat = new Intl.ListFormat(locale, { type: 'conjunction' });
  const first = results.page * CHUNK_SIZE + 1;
  const last = first + results.entries.length - 1;
  const offline = useOfflineAvailability(results.entries.map((entry) => entry.id));

  return (
    <>
      <p className="library__status" aria-live="polite">
        {/* "Article 51 of 51" for a page of one (the only one, or the last), not a range "51–51". */}
        {t(first === last ? 'showingOne' : 'showingRange', {
          first: numbers.format(first),
          last: numbers.format(last),
          total: numbers.format(results.total),
        })}
      </p>
      <ul className="library__list">
        {results.entries.map((entry) => {
          const titleLanguage = entry.title[locale] !== undefined ? locale : entry.originalLanguage;
          return (
            <li key={entry.id} className="library__item">
              <h2 className="library__item-title" lang={titleLanguage}>
                {/* Offline, the article opens as a new page, which the worker serves from whichever of its page
                    and data it has cached; a link within the app would need the data. */}
                <Link to={`/articles/${entry.id}`} reloadDocument={!offline.online}>
                  {entry.title[titleLanguage] ?? entry.id}
                </Link>
              </h2>
              <p className="library__item-meta">
                {t('published', { date: formatPublished(entry.published, formats) })}
                {entry.source ? ` · ${entry.source}` : ''}
                {' · '}
                {t('languages', {
                  list: listFormat.format(entry.languages.map((l) => languageNames.of(l) ?? l)),
                })}
              </p>
              {entry.speakers.length > 0 ? <QuotedSpeakers speakers={entry.speakers} /> : null}
              <OfflineBadge available={offline.available?.has(entry.id)} online={offline.online} />
            </li>
          );
        })}
      </ul>
      {results.pageCount > 1 ? (
        <nav className="library__pages" aria-label={t('pages')}>
          {results.page > 0 ? (
            <Link to={libraryPath({ ...filters, page: results.page - 1 })} rel="prev">
              {t('newer')}
            </Link>
          ) : null}
          <span>
            {t('pageOf', {
              page: numbers.format(results.page + 1),
              pages: numbers.format(results.pageCount),
            })}
          </span>
          {results.page < results.pageCount - 1 ? (
            <Link to={libraryPath({ ...filters, page: results.page + 1 })} rel="next">
              {t('older')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
