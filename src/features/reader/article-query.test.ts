/** Fetching an article: every failure becomes an ArticleLoadError of the right kind, the timeout included. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import valid from '../../core/article/__fixtures__/valid-minimal.json';
import { ARTICLE_TIMEOUT_MS, ArticleLoadError, fetchArticle } from './article-query';

/** A fetch that never answers, but rejects like the platform's when its signal aborts. */
function hangingFetch() {
  return vi.fn(
    (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new DOMException('The operation was aborted.', 'AbortError'));
        });
      }),
  );
}

const kindOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof ArticleLoadError ? error.kind : `other: ${String(error)}`),
  );

describe('fetchArticle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('gives up after ARTICLE_TIMEOUT_MS with a timeout, not before', async () => {
    vi.stubGlobal('fetch', hangingFetch());
    let settled = false;
    const kind = kindOf(fetchArticle('slow')).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(ARTICLE_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await kind).toBe('timeout');
  });

  it('passes a cancellation by the caller on as it is, not as a failure to show', async () => {
    vi.stubGlobal('fetch', hangingFetch());
    const controller = new AbortController();
    const result = kindOf(fetchArticle('cancelled', controller.signal));
    controller.abort();
    expect(await result).toMatch(/^other: AbortError/);
  });

  it.each([
    ['a refused connection', () => Promise.reject(new TypeError('Failed to fetch')), 'network', true],
    ['a 404', () => Promise.resolve(new Response('', { status: 404 })), 'notFound', false],
    [
      'the SPA fallback page',
      () => Promise.resolve(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })),
      'notFound',
      false,
    ],
    ['a 503', () => Promise.resolve(new Response('', { status: 503 })), 'http', true],
    ['a 403', () => Promise.resolve(new Response('', { status: 403 })), 'http', false],
    ['a broken file', () => Promise.resolve(new Response('{"schemaVersion": 1}')), 'invalid', false],
  ] as const)('%s is a %s failure (retryable: %s)', async (_, answer, kind, retryable) => {
    vi.stubGlobal('fetch', vi.fn(answer));
    const error = await fetchArticle('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleLoadError);
    expect((error as ArticleLoadError).kind).toBe(kind);
    expect((error as ArticleLoadError).retryable).toBe(retryable);
  });

  it('a failed request while the browser is offline is an offline failure, which a person may retry later', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await fetchArticle('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleLoadError);
    expect((error as ArticleLoadError).kind).toBe('offline');
    expect((error as ArticleLoadError).retryable).toBe(true);
  });

  it('returns a valid article and clears its timer', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify(valid)))),
    );
    const article = await fetchArticle('harbour-vote');
    expect(article.id).toBe('harbour-vote');
    expect(vi.getTimerCount()).toBe(0);
  });
});
