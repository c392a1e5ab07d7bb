/**
 * The service worker's caches of shipped articles, filled on first read (not precached: see "Offline" in the
 * README for the measurement). Shared by the worker's configuration (`vite.config.ts`) and the page, which puts
 * there what it read before the worker was installed (`src/app/service-worker.tsx`).
 */

/** Prerendered article pages, `/articles/<id>`. */
export const ARTICLE_PAGES_CACHE = 'articles-pages';
/** Article data, `/articles/<id>.json`, and the library's lists, `/articles/library/**.json`. */
export const ARTICLE_DATA_CACHE = 'articles-data';

/** Whether a path is a shipped article's page (`/articles/<id>`, no extension). */
export function isArticlePage(pathname: string): boolean {
  return /^\/articles\/[^/.]+$/.test(pathname);
}

/** Whether a path is a shipped article's data or one of the library's lists (`/articles/<path>.json`). */
export function isArticleData(pathname: string): boolean {
  return /^\/articles\/.+\.json$/.test(pathname);
}
