/**
 * What a fetch of one of the site's files (an article, an archive file) says beyond its status: that the site has
 * no such file, or that no answer could come because the browser is offline. Shared by the reader, the archive and
 * the storage of shipped articles; one module, so they share one small chunk.
 */

/**
 * Whether a response says the site has no such file: a 404, or the app's own page, which a static host's
 * single-page rewrite rule (and Vite's servers) answer an unknown path with.
 */
export function isMissingFile(response: Response): boolean {
  return (
    response.status === 404 ||
    (response.ok && (response.headers.get('Content-Type') ?? '').includes('text/html'))
  );
}

/**
 * Whether the browser says it is offline (`navigator.onLine` false): a request that failed then failed for want of
 * a connection, which a page says in words rather than as an error. Online where there is no browser (prerendering,
 * unit tests).
 */
export function browserOffline(): boolean {
  return typeof navigator !== 'undefined' && !navigator.onLine;
}
