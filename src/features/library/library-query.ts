/**
 * The library's data, from the split index the build writes into `articles/library/` (`src/core/archive/`):
 * fetchers, query options and hooks. A page of results reads the listing it needs and one to four of its chunks,
 * each a query of its own, so going back and forth between pages and filters reuses what was loaded.
 */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { LibraryEntry } from '../../core/archive/library-entry';
import { listingFor, type LibraryFilters } from '../../core/archive/library-filters';
import { queryLibrary } from '../../core/archive/library-query';
import {
  chunkPath,
  facetFile,
  LIBRARY_FOLDER,
  type FacetValue,
  type Listing,
} from '../../core/archive/library-split';
import { facetKey, libraryResultsKey, type LibraryPageData } from './library-keys';

/** An index file could not be loaded (`network`, `http`) or is not what the build writes (`invalid`). */
export class LibraryLoadError extends Error {
  constructor(
    readonly kind: 'network' | 'http' | 'invalid',
    readonly file: string,
  ) {
    super(`library index ${file}: ${kind}`);
    this.name = 'LibraryLoadError';
  }
}

/** Fetches `articles/library/<path>`; `undefined` when there is no such file (an unknown speaker or source). */
async function fetchIndexFile(path: string, signal: AbortSignal): Promise<unknown> {
  const url = `${import.meta.env.BASE_URL}${LIBRARY_FOLDER}/${path}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LibraryLoadError('network', path);
  }
  if (response.status === 404) return undefined;
  if (!response.ok) throw new LibraryLoadError('http', path);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new LibraryLoadError('invalid', path);
  }
}

const retry = (failures: number, error: Error) =>
  !(error instanceof LibraryLoadError && error.kind === 'invalid') && failures < 2;

// The files are the build's own output, served with the app: their shape is checked, not validated field by field.
const listingOptions = (path: string) =>
  queryOptions({
    queryKey: ['library', 'listing', path],
    queryFn: async ({ signal }) => {
      const value = await fetchIndexFile(`${path}.json`, signal);
      if (value === undefined) return null;
      if (typeof value !== 'object' || value === null || !Array.isArray((value as Listing).chunks))
        throw new LibraryLoadError('invalid', `${path}.json`);
      return value as Listing;
    },
    retry,
  });

const chunkOptions = (path: string, n: number) =>
  queryOptions({
    queryKey: ['library', 'chunk', path, n],
    queryFn: async ({ signal }) => {
      const value = await fetchIndexFile(chunkPath(path, n), signal);
      if (!Array.isArray(value)) throw new LibraryLoadError('invalid', chunkPath(path, n));
      return value as LibraryEntry[];
    },
    retry,
  });

async function fetchResults(client: QueryClient, filters: LibraryFilters): Promise<LibraryPageData | null> {
  const path = listingFor(filters);
  const listing = await client.query(listingOptions(path));
  if (!listing) return null;
  const results = await queryLibrary(listing, filters, (n) => client.query(chunkOptions(path, n)));
  const { name, localizedName } = listing;
  return { results, ...(name === undefined ? {} : { name }), ...(localizedName ? { localizedName } : {}) };
}

export const libraryResultsOptions = (filters: LibraryFilters) =>
  queryOptions({
    queryKey: libraryResultsKey(filters),
    queryFn: ({ client }) => fetchResults(client, filters),
    retry,
  });

export function useLibraryResults(filters: LibraryFilters) {
  return useQuery({ ...libraryResultsOptions(filters), placeholderData: (previous) => previous });
}

/** The facet `speakers` or `sources`: every value with its number of articles, most first. */
export const facetOptions = (facet: 'speakers' | 'sources') =>
  queryOptions({
    queryKey: facetKey(facet),
    queryFn: async ({ signal }) => {
      const value = await fetchIndexFile(facetFile(facet), signal);
      if (value === undefined) return [];
      if (!Array.isArray(value)) throw new LibraryLoadError('invalid', facetFile(facet));
      return value as FacetValue[];
    },
    retry,
  });

/** The speakers facet: fetched when `enabled` (the speaker field is used), ~50 bytes per speaker. */
export function useFacet(facet: 'speakers' | 'sources', enabled = true) {
  return useQuery({ ...facetOptions(facet), enabled });
}
