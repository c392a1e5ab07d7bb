import { useTranslation } from 'react-i18next';
import { isFiltered, parseLibraryFilters } from '../../core/archive/library-filters';
import { Notice } from '../../ui/Notice';
import { useUrlSearch } from '../../ui/url-search';
import { ImportedList } from './ImportedList';
import { LibraryKeeping } from './LibraryKeeping';
import { LibraryFilterForm } from './LibraryFilterForm';
import { LibraryResultsList } from './LibraryResultsList';
import { LibraryLoadError, useLibraryResults } from './library-query';

/**
 * `/`: the site's articles, newest first, a page of 50 at a time, filtered by speaker, source and publication date
 * as the URL says (`src/core/archive/library-filters.ts`); then the articles imported into this browser.
 */
export function LibraryPage() {
  const { t } = useTranslation(['library', 'common']);
  const { search } = useUrlSearch();
  const filters = parseLibraryFilters(new URLSearchParams(search));
  const query = useLibraryResults(filters);
  const data = query.data;

  return (
    <section className="library" aria-labelledby="library-title">
      <h1 id="library-title">{t('title')}</h1>
      <p className="library__intro">{t('intro')}</p>
      <LibraryFilterForm key={`${search}|${data?.name ?? ''}`} filters={filters} name={data?.name} />
      {query.isError ? (
        <Notice
          title={t('loadFailed')}
          tone="error"
          role="alert"
          actions={
            <button type="button" className="button" onClick={() => void query.refetch()}>
              {t('common:retry')}
            </button>
          }
        >
          {query.error instanceof LibraryLoadError ? (
            <p>
              <code>{query.error.file}</code>
            </p>
          ) : null}
        </Notice>
      ) : data === undefined ? (
        <p className="library__status">{t('common:loading')}</p>
      ) : data === null ? (
        <p className="library__status">{t(filters.speaker ? 'unknownSpeaker' : 'unknownSource')}</p>
      ) : data.results.total === 0 ? (
        <p className="library__status">{t(isFiltered(filters) ? 'noMatch' : 'empty')}</p>
      ) : (
        <LibraryResultsList results={data.results} filters={filters} />
      )}
      <ImportedList filters={filters} />
      <LibraryKeeping />
    </section>
  );
}
