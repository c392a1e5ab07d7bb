import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useUrlSearch } from './url-search';
import {
  articleKeys,
  parseReaderState,
  readerStateChanges,
  type ReaderState,
} from '../core/reader/url-state';

/** `params` with `patch` applied; other parameters (such as `lng`) are kept. */
export function withReaderState(params: URLSearchParams, patch: Partial<ReaderState>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(readerStateChanges(patch))) {
    if (value === undefined) next.delete(name);
    else next.set(name, value);
  }
  return next;
}

interface ArticleIds {
  originalLanguage: string;
  languages: readonly string[];
  quotes: readonly { id: string }[];
  events: readonly { id: string }[];
  speakers: readonly { id: string }[];
}

/**
 * Applies `patch` to the URL. `replace` replaces the history entry instead of adding one; `flushSync` renders the
 * change synchronously, in the same frame as the input that caused it (for small, direct responses such as
 * selecting a quote; a navigation is otherwise rendered as a transition, a frame or two later).
 */
export type UpdateReaderState = (
  patch: Partial<ReaderState>,
  options?: { replace?: boolean; flushSync?: boolean },
) => void;

/**
 * The reader's linkable state (selected quote and event, speaker filter, text mode) read from and written to the
 * URL. Every feature of the article page uses this one hook, so the URL is the single source of truth.
 */
export function useReaderState(article: ArticleIds) {
  const { search, latest } = useUrlSearch();
  const navigate = useNavigate();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const keys = useMemo(() => articleKeys(article), [article]);
  const { state, unknown } = useMemo(() => parseReaderState(params, keys), [params, keys]);
  // Built on the URL as it is, not as last rendered: keys can select faster than the page renders. The same
  // function until the page changes, so that features which only write the state (legend, timeline) need not
  // render again when, say, a quote is selected.
  const update: UpdateReaderState = useCallback(
    (patch, options) =>
      void navigate(
        { search: `?${withReaderState(new URLSearchParams(latest()), patch).toString()}` },
        {
          replace: options?.replace ?? false,
          preventScrollReset: true,
          flushSync: options?.flushSync ?? false,
        },
      ),
    [navigate, latest],
  );
  /** The href (query string) that applies `patch`, for links that select something. */
  const hrefWith = useCallback(
    (patch: Partial<ReaderState>) => `?${withReaderState(params, patch).toString()}`,
    [params],
  );
  return { state, unknown, update, hrefWith };
}
