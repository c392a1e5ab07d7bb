/**
 * The query keys of the library's data, apart from the queries themselves (`./library-query`, with the query
 * library): the prerendered library page is rendered from the data under these keys without loading TanStack Query.
 */
import type { LibraryFilters } from '../../core/archive/library-filters';
import { libraryFiltersQuery } from '../../core/archive/library-filters';
import type { LibraryResults } from '../../core/archive/library-query';

/** A page of the library and, when filtered by a speaker or source, their name; `null` when they are unknown. */
export interface LibraryPageData {
  results: LibraryResults;
  /** The name of the speaker or source whose listing was read. */
  name?: string;
  /** The speaker's name per interface language, where their listing gives it. */
  localizedName?: Record<string, string>;
}

/** The query key of the results for `filters`; the prerendered library page carries the unfiltered first page. */
export const libraryResultsKey = (filters: LibraryFilters) =>
  ['library', 'results', libraryFiltersQuery(filters)] as const;

/** The query key of the facet `speakers` or `sources`. */
export const facetKey = (facet: 'speakers' | 'sources') => ['library', 'facet', facet] as const;
