import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isFiltered, type LibraryFilters } from '../../core/archive/library-filters';
import type { LibraryPageData } from './library-keys';
import { LibraryResultsList } from './LibraryResultsList';

/**
 * `/`: the site's articles, newest first, a page of 50 at a time, filtered by speaker, source and publication date
 * as the URL says (`src/core/archive/library-filters.ts`); then the articles imported into this browser. The frame:
 * the route (`src/app/LibraryRoute.tsx`) gives the filters and results, and the parts below them.
 */
export function LibraryPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation('library');
  return (
    <section className="library" aria-labelledby="library-title">
      <h1 id="library-title" tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="library__intro">{t('intro')}</p>
      {children}
    </section>
  );
}

/** One page of results, or what there is instead: an unknown speaker or source (`null`), no article. */
export function LibraryResultsState({
  filters,
  data,
}: {
  filters: LibraryFilters;
  data: LibraryPageData | null;
}) {
  const { t } = useTranslation('library');
  if (data === null)
    return <p className="library__status">{t(filters.speaker ? 'unknownSpeaker' : 'unknownSource')}</p>;
  if (data.results.total === 0)
    return <p className="library__status">{t(isFiltered(filters) ? 'noMatch' : 'empty')}</p>;
  return <LibraryResultsList results={data.results} filters={filters} />;
}
