/**
 * The service worker's caches of shipped articles, filled on first read (not precached: see "Offline" in the
 * README for the measurement). Shared by the worker's configuration (`vite.config.ts`) and the page, which puts
 * there what it read before the worker was installed (`src/app/service-worker.tsx`).
 */

/** Prerendered article pages, `/articles/<id>` and their versions in other interface languages, `/de/articles/<id>`. */
export const ARTICLE_PAGES_CACHE = 'articles-pages';
/**
 * Article data, `/articles/<id>.json`, the library's index, `/articles/library/…json`, and the archive's search
 * index and speaker files, `/archive/…json`.
 */
export const ARTICLE_DATA_CACHE = 'articles-data';

/** Whether a path is a shipped article's page (`/articles/<id>` or `/<language>/articles/<id>`, no extension). */
export function isArticlePage(pathname: string): boolean {
  return /^(?:\/[a-z]{2,3})?\/articles\/[^/.]+$/.test(pathname);
}

/** Whether a path is a shipped article's data, the library's index or the archive's data (`.json` files). */
export function isArticleData(pathname: string): boolean {
  return /^\/(?:articles|archive)\/[^?#]+\.json$/.test(pathname);
}
