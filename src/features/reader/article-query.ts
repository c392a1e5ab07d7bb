/** Loading one article: fetcher, query options (shared by the route and the page) and hook. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ArticleProblem } from '../../core/article/problems';
import type { Article } from '../../core/article/schema';
import { articleQueryKey } from './article-key';
import { browserOffline, isMissingFile } from '../../ui/site-fetch';

/** `offline`: the request failed while the browser is offline (the article was not kept for reading offline). */
export type ArticleLoadErrorKind = 'notFound' | 'network' | 'offline' | 'timeout' | 'http' | 'invalid';

/** Why an article could not be shown; the page turns each kind into its own message. */
export class ArticleLoadError extends Error {
  constructor(
    readonly kind: ArticleLoadErrorKind,
    readonly articleId: string,
    readonly details: { status?: number; problems?: ArticleProblem[] } = {},
  ) {
    super(`article ${articleId}: ${kind}${details.status ? ` (${details.status})` : ''}`);
    this.name = 'ArticleLoadError';
  }

  /** Network trouble and server errors may pass; a missing or invalid file will not. */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'offline' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.details.status ?? 0) >= 500)
    );
  }
}

/** How long one request may take before it counts as a timeout. */
export const ARTICLE_TIMEOUT_MS = 15_000;

export function articleUrl(id: string): string {
  return `${import.meta.env.BASE_URL}articles/${encodeURIComponent(id)}.json`;
}

/**
 * Fetches and validates an article. Every failure becomes an {@link ArticleLoadError}.
 *
 * The timeout covers the whole download (headers and body). It is a plain `setTimeout` rather than
 * `AbortSignal.timeout` so that fake clocks (Playwright's `page.clock`, Vitest's fake timers) can run it out.
 */
export async function fetchArticle(id: string, signal?: AbortSignal): Promise<Article> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ARTICLE_TIMEOUT_MS);
  const cancel = () => controller.abort(signal?.reason);
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  const failure = (error: unknown) => {
    if (signal?.aborted) return error;
    if (timedOut) return new ArticleLoadError('timeout', id);
    return new ArticleLoadError(browserOffline() ? 'offline' : 'network', id);
  };
  let text: string;
  try {
    let response: Response;
    try {
      response = await fetch(articleUrl(id), {
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      });
    } catch (error) {
      throw failure(error);
    }
    if (isMissingFile(response)) throw new ArticleLoadError('notFound', id);
    if (!response.ok) throw new ArticleLoadError('http', id, { status: response.status });
    try {
      text = await response.text();
    } catch (error) {
      throw failure(error);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
  // The schema (zod) loads with the first fetched article, not with the page: a prerendered article's data was
  // validated when the site was built, and its first paint should not wait for the validator's code.
  const { parseArticleJson } = await import('../../core/article/parse');
  const result = parseArticleJson(text);
  if (!result.ok) throw new ArticleLoadError('invalid', id, { problems: result.problems });
  return result.article;
}

export function articleQueryOptions(id: string) {
  return queryOptions({
    queryKey: articleQueryKey(id),
    queryFn: ({ signal }) => fetchArticle(id, signal),
    // Offline, asking again at once only fails again: the page says so and offers "Try again" for later.
    retry: (failures, error) =>
      error instanceof ArticleLoadError && error.retryable && error.kind !== 'offline' && failures < 2,
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
    staleTime: Infinity,
    // The route's loader has already fetched: a failure it met (a 404 answered before the page mounted) is
    // shown, not fetched again. Navigating to the article again runs the loader, which fetches anew.
    retryOnMount: false,
  });
}

export function useArticle(id: string) {
  return useQuery(articleQueryOptions(id));
}
