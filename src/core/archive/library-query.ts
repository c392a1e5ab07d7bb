/**
 * One page of the library for a set of filters, reading as few chunks of the split index as it can
 * (`./library-split`). Chunks are loaded through the caller's `loadChunk`, which may cache them.
 *
 * - No filter but the listing's own (none, a speaker or a source): page n is chunk n. One chunk.
 * - A date range as well: the entries in the range are contiguous in the listing (it is sorted by date), so the
 *   chunks' date ranges locate them; the two chunks at the range's ends are read to find its exact first and last
 *   entry, then the page's one or two chunks. At most four chunks, whatever the library's size.
 * - A speaker and a source: the speaker's listing is read in the date range and filtered by source. That reads
 *   every chunk of one speaker's articles, a few as a rule.
 */
import type { LibraryEntry } from './library-entry';
import { sourceKey } from './library-entry';
import type { LibraryFilters } from './library-filters';
import type { Listing } from './library-split';

/** A page of results. */
export interface LibraryResults {
  entries: LibraryEntry[];
  /** Entries that match the filters, in all pages. */
  total: number;
  /** The 0-based page shown (the last one when the filters asked for a page beyond it). */
  page: number;
  pageCount: number;
}

/** Loads chunk `n` of the listing being queried. */
export type LoadChunk = (n: number) => Promise<LibraryEntry[]>;

const day = (published: string) => published.slice(0, 10);

function inRange(entry: LibraryEntry, filters: LibraryFilters): boolean {
  const date = day(entry.published);
  return (
    (filters.from === undefined || date >= filters.from) && (filters.to === undefined || date <= filters.to)
  );
}

/** Whether `entry` passes every filter (the page aside): for lists held whole, such as the imported articles. */
export function matchesFilters(entry: LibraryEntry, filters: LibraryFilters): boolean {
  return (
    inRange(entry, filters) &&
    (filters.speaker === undefined || entry.speakers.some((speaker) => speaker.key === filters.speaker)) &&
    (filters.source === undefined || sourceKey(entry.source) === filters.source)
  );
}

/** The results of `filters` in `listing` (the one `listingFor(filters)` names). */
export async function queryLibrary(
  listing: Listing,
  filters: LibraryFilters,
  loadChunk: LoadChunk,
): Promise<LibraryResults> {
  const size = listing.chunkSize;
  const pageOf = (total: number) => Math.max(0, Math.min(filters.page, Math.ceil(total / size) - 1));
  const results = (entries: LibraryEntry[], total: number, page: number): LibraryResults => ({
    entries,
    total,
    page,
    pageCount: Math.ceil(total / size),
  });

  // The chunks whose dates meet the range (all of them without a range): a contiguous run, newest first.
  const { chunks } = listing;
  const { from: since, to: until } = filters;
  let first = 0;
  let last = chunks.length - 1;
  if (until !== undefined) while (first <= last && day(chunks[first]?.oldest ?? '') > until) first++;
  if (since !== undefined) while (last >= first && day(chunks[last]?.newest ?? '') < since) last--;
  if (first > last) return results([], 0, 0);

  const secondary =
    filters.speaker !== undefined && filters.source !== undefined ? filters.source : undefined;
  if (secondary !== undefined) {
    const matching: LibraryEntry[] = [];
    for (let n = first; n <= last; n++)
      for (const entry of await loadChunk(n))
        if (inRange(entry, filters) && sourceKey(entry.source) === secondary) matching.push(entry);
    const page = pageOf(matching.length);
    return results(matching.slice(page * size, (page + 1) * size), matching.length, page);
  }

  // Positions in the listing of the first matching entry and one past the last.
  let start = first * size;
  let end = first * size + chunks.slice(first, last + 1).reduce((sum, chunk) => sum + chunk.count, 0);
  if (until !== undefined) {
    const chunk = await loadChunk(first);
    const skipped = chunk.findIndex((entry) => day(entry.published) <= until);
    start += skipped === -1 ? chunk.length : skipped;
  }
  if (since !== undefined) {
    const chunk = await loadChunk(last);
    const kept = chunk.findIndex((entry) => day(entry.published) < since);
    if (kept !== -1) end -= chunk.length - kept;
  }
  const total = Math.max(0, end - start);
  const page = pageOf(total);
  const from = start + page * size;
  const to = Math.min(end, from + size);
  const entries: LibraryEntry[] = [];
  for (let n = Math.floor(from / size); n * size < to; n++) {
    const chunk = await loadChunk(n);
    entries.push(...chunk.slice(Math.max(0, from - n * size), to - n * size));
  }
  return results(entries, total, page);
}
