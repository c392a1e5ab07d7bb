/** The list of articles the site ships: fetcher, query options and hook. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LibraryIndex } from '../../core/article/library-index';

/** The index could not be loaded (`network`, `http`) or is not valid (`invalid`, with its problems). */
export class LibraryLoadError extends Error {
  constructor(
    readonly kind: 'network' | 'http' | 'invalid',
    readonly problems: string[] = [],
  ) {
    super(`library index: ${kind}`);
    this.name = 'LibraryLoadError';
  }
}

export async function fetchLibrary(signal?: AbortSignal): Promise<LibraryIndex> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}articles/index.json`, {
      headers: { Accept: 'application/json' },
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new LibraryLoadError('network');
  }
  if (!response.ok) throw new LibraryLoadError('http');
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new LibraryLoadError('invalid', ['(file): not valid JSON']);
  }
  const { parseLibraryIndex } = await import('../../core/article/library-index');
  const result = parseLibraryIndex(value);
  if (!result.ok) throw new LibraryLoadError('invalid', result.problems);
  return result.index;
}

export const libraryQueryOptions = () =>
  queryOptions({
    queryKey: ['library'],
    queryFn: ({ signal }) => fetchLibrary(signal),
    retry: (failures, error) =>
      !(error instanceof LibraryLoadError && error.kind === 'invalid') && failures < 2,
  });

export function useLibrary() {
  return useQuery(libraryQueryOptions());
}
