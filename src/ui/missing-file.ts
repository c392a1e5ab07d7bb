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
