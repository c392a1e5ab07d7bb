import { useEffect, useMemo, useState } from 'react';
import type { ImportedIndex } from './imported-quotes';
import { searchArchive, searchArchiveNow, type SearchResults } from './search-data';

/** What the search page shows for a query: results, or the error that kept them from coming. */
export interface SearchState {
  /** The results of the query, or those of an earlier one while its own load (`busy`). */
  results: SearchResults | undefined;
  busy: boolean;
  error: Error | undefined;
  /** Tries a failed query again. */
  retry: () => void;
}

interface Settled {
  query: string;
  shown: number;
  imported: ImportedIndex;
  attempt: number;
  results?: SearchResults;
  error?: Error;
}

/**
 * The first `shown` results of `query` over the library (`imported` is the imported articles' index, `undefined`
 * until it is made). A keystroke whose parts of the shipped index are loaded gets its results in the render of the
 * key itself (`searchArchiveNow`); one that waits for files gets them when they come, and the results shown before
 * stay meanwhile. Not a TanStack query: its observers hear of new data a timer task later, and a keystroke whose
 * results are at hand would wait for that and a render more.
 */
export function useSearchResults(
  query: string,
  imported: ImportedIndex | undefined,
  shown: number,
): SearchState {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled>();
  const now = useMemo(
    () => (imported && query !== '' ? searchArchiveNow(query, imported, shown) : undefined),
    [query, imported, shown],
  );
  useEffect(() => {
    if (!imported || query === '' || now) return;
    let current = true;
    const request = { query, shown, imported, attempt };
    searchArchive(query, imported, shown).then(
      (results) => current && setSettled({ ...request, results }),
      (error: unknown) =>
        current &&
        setSettled({ ...request, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [query, imported, shown, now, attempt]);

  const ours =
    settled?.query === query &&
    settled.shown === shown &&
    settled.imported === imported &&
    settled.attempt === attempt
      ? settled
      : undefined;
  const results = now ?? ours?.results;
  // The last results shown, kept while the next query's load.
  const [last, setLast] = useState(results);
  if (results && results !== last) setLast(results);
  return {
    results: results ?? last,
    busy: !results,
    error: now ? undefined : ours?.error,
    retry: () => setAttempt((n) => n + 1),
  };
}
