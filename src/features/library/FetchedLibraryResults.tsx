import { useTranslation } from 'react-i18next';
import type { LibraryFilters } from '../../core/archive/library-filters';
import { LoadFailedNotice } from '../../ui/Notice';
import { LibraryFilterForm } from './LibraryFilterForm';
import { LibraryResultsState } from './LibraryPage';
import { LibraryLoadError, useLibraryResults } from './library-query';

/**
 * The filters and a page of results the page was not prerendered with (a filter, another page, the dev server):
 * fetched from the split index, with loading and error states. Loads with the query library.
 */
export function FetchedLibraryResults({ filters, search }: { filters: LibraryFilters; search: string }) {
  const { t } = useTranslation(['library', 'common']);
  const query = useLibraryResults(filters);
  const data = query.data;
  return (
    <>
      <LibraryFilterForm
        key={`${search}|${data?.name ?? ''}`}
        filters={filters}
        name={data?.name}
        localizedName={data?.localizedName}
      />
      {query.isError ? (
        <LoadFailedNotice title={t('loadFailed')} onRetry={() => void query.refetch()}>
          {query.error instanceof LibraryLoadError ? (
            <p>
              <code>{query.error.file}</code>
            </p>
          ) : null}
        </LoadFailedNotice>
      ) : data === undefined ? (
        <p className="library__status">{t('common:loading')}</p>
      ) : (
        <LibraryResultsState filters={filters} data={data} />
      )}
    </>
  );
}
