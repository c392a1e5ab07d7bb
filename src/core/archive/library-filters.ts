/**
 * The library's filters, kept in the URL's query string so a filtered list can be linked and reloaded:
 * `?speaker=<key>` (a speaker's key across articles), `?source=<key>` (a source's key), `?from=2024-01-01` and
 * `?to=2024-12-31` (publication dates, inclusive) and `?page=2` (1-based; absent on the first page).
 * Parsing never throws: a value that is not of the right form is left out, and a range given the wrong way round
 * (`?from=2025-03-01&to=2025-01-01`, a link written by hand) means the days between the two dates.
 */
import { slugify } from '../article/slug';
import type { QueryParams } from '../reader/url-state';
import { sourceListingPath, speakerListingPath } from './library-split';

export interface LibraryFilters {
  speaker?: string;
  source?: string;
  /** Inclusive, `YYYY-MM-DD`. */
  from?: string;
  /** Inclusive, `YYYY-MM-DD`. */
  to?: string;
  /** 0-based page of the results. */
  page: number;
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filters from a query string, keeping only well-formed values. */
export function parseLibraryFilters(params: QueryParams): LibraryFilters {
  const filters: LibraryFilters = { page: 0 };
  const speaker = params.get('speaker');
  if (speaker !== null && KEY.test(speaker)) filters.speaker = speaker;
  const source = params.get('source');
  if (source !== null && KEY.test(source)) filters.source = source;
  const from = params.get('from');
  if (from !== null && DAY.test(from)) filters.from = from;
  const to = params.get('to');
  if (to !== null && DAY.test(to)) filters.to = to;
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    [filters.from, filters.to] = [filters.to, filters.from];
  }
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1) filters.page = page - 1;
  return filters;
}

/** The query string of `filters` (without `?`), parameters in a fixed order; empty without filters. */
export function libraryFiltersQuery(filters: LibraryFilters): string {
  const params: string[] = [];
  const set = (name: string, value: string | undefined) => {
    if (value) params.push(`${name}=${encodeURIComponent(value)}`);
  };
  set('speaker', filters.speaker);
  set('source', filters.source);
  set('from', filters.from);
  set('to', filters.to);
  if (filters.page > 0) set('page', String(filters.page + 1));
  return params.join('&');
}

/** The library's address with `filters`: `/` without any, else `/?speaker=…` ({@link libraryFiltersQuery}). */
export function libraryPath(filters: LibraryFilters): string {
  const query = libraryFiltersQuery(filters);
  return query === '' ? '/' : `/?${query}`;
}

/**
 * The canonical query string (without `?`) when `params` name the library's filters in another form than
 * {@link libraryFiltersQuery} writes them and the difference is one a person would see in the form: a date range
 * given the wrong way round. `undefined` when the URL may stay as it is.
 */
export function correctedLibraryQuery(params: QueryParams): string | undefined {
  const filters = parseLibraryFilters(params);
  const reversed = filters.from !== undefined && filters.from !== params.get('from');
  return reversed ? libraryFiltersQuery(filters) : undefined;
}

/** Whether any filter (not the page) is set. */
export function isFiltered(filters: LibraryFilters): boolean {
  return Boolean(filters.speaker ?? filters.source ?? filters.from ?? filters.to);
}

/**
 * The listing a query reads: the speaker's when a speaker is chosen (the smallest, usually), else the source's,
 * else all articles. The other filters are applied to its entries.
 */
export function listingFor(filters: LibraryFilters): string {
  if (filters.speaker) return speakerListingPath(filters.speaker);
  if (filters.source) return sourceListingPath(filters.source);
  return 'all';
}

/**
 * The value of a facet a person typed: the one whose name, name in any interface language („Moskau“ as well as
 * „Moscow“) or key matches `text` regardless of case, accents and punctuation (`eva lind`, `Eva-Lind` and
 * `EVA LIND` all find „Eva Lind“), else `undefined`.
 */
export function findFacetValue<
  T extends { key: string; name: string; localizedName?: Record<string, string> },
>(values: readonly T[], text: string): T | undefined {
  const wanted = slugify(text, '', 80, 'character');
  if (wanted === '') return undefined;
  return values.find(
    (value) =>
      value.key === wanted ||
      [value.name, ...Object.values(value.localizedName ?? {})].some(
        (name) => slugify(name, '', 80, 'character') === wanted,
      ),
  );
}
