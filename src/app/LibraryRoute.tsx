/**
 * `/`, the library (a lazy route, `./router`). A page the HTML was prerendered with renders its results straight from
 * the embedded data, without the query library: what the first screen runs before it is interactive is the list
 * and its links. The filters, the imported articles and the library's keeping query (IndexedDB, the split index):
 * they are parts that load after the app has started (`./deferred`), each with the query client, their prerendered
 * markup shown meanwhile. Any other page of results is fetched by a part that loads with the query library.
 */
import { useLayoutEffect } from 'react';
import { useNavigate } from 'react-router';
import { correctedLibraryQuery, parseLibraryFilters } from '../core/archive/library-filters';
import { libraryResultsKey, type LibraryPageData } from '../features/library/library-keys';
import { LibraryPage, LibraryResultsState } from '../features/library/LibraryPage';
import { useUrlSearch } from '../ui/url-search';
import { prerenderedQueryData } from './prerendered';
import { deferredQueryPart } from './deferred-query-part';
import { lazyQueryPage } from './query-page';

const LibraryFilterForm = deferredQueryPart(() =>
  import('../features/library/LibraryFilterForm').then((module) => module.LibraryFilterForm),
);
const ImportedList = deferredQueryPart(() =>
  import('../features/library/ImportedList').then((module) => module.ImportedList),
);
const LibraryKeeping = deferredQueryPart(() =>
  import('../features/library/LibraryKeeping').then((module) => module.LibraryKeeping),
);
const FetchedLibraryResults = lazyQueryPage(() =>
  import('../features/library/FetchedLibraryResults').then((module) => module.FetchedLibraryResults),
);

/** Starts loading the library's parts that load after its first paint (and the fetched results' code). */
export function preloadLibraryParts(): Promise<unknown> {
  return Promise.all(
    [LibraryFilterForm, ImportedList, LibraryKeeping, FetchedLibraryResults].map((part) => part.preload()),
  );
}

export function LibraryRoute() {
  const { search } = useUrlSearch();
  const navigate = useNavigate();
  const params = new URLSearchParams(search);
  const filters = parseLibraryFilters(params);
  // A link with the dates the wrong way round shows the range between them; the URL says so too.
  const corrected = correctedLibraryQuery(params);
  useLayoutEffect(() => {
    if (corrected !== undefined) void navigate(`/?${corrected}`, { replace: true });
  }, [corrected, navigate]);
  const prerendered = prerenderedQueryData(libraryResultsKey(filters)) as LibraryPageData | undefined;
  return (
    <LibraryPage>
      {prerendered ? (
        <>
          <LibraryFilterForm
            key={`${search}|${prerendered.name ?? ''}`}
            filters={filters}
            name={prerendered.name}
            localizedName={prerendered.localizedName}
          />
          <LibraryResultsState filters={filters} data={prerendered} />
        </>
      ) : (
        <FetchedLibraryResults filters={filters} search={search} />
      )}
      <ImportedList filters={filters} />
      <LibraryKeeping />
    </LibraryPage>
  );
}
