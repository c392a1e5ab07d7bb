/**
 * The service worker's caches of shipped articles, filled on first read (not precached: see "Offline" in the
 * README for the measurement). Shared by the worker's configuration (`vite.config.ts`) and the page, which puts
 * there what it read before the worker was installed (`src/app/service-worker.tsx`).
 */

/** Prerendered article pages, `/articles/<id>` and their versions in other interface languages, `/de/articles/<id>`. */
export const ARTICLE_PAGES_CACHE = 'articles-pages';
/**
 * Article data, `/articles/<id>.json`, the library's index, `/articles/library/…json`, and the archive's speaker
 * files and search manifest, `/archive/…json` (see {@link isArticleData} for the search index's parts).
 */
export const ARTICLE_DATA_CACHE = 'articles-data';

/** Whether a path is a shipped article's page (`/articles/<id>` or `/<language>/articles/<id>`, no extension). */
export function isArticlePage(pathname: string): boolean {
  return /^(?:\/[a-z]{2,3})?\/articles\/[^/.]+$/.test(pathname);
}

/**
 * Whether a path is a shipped article's data, the library's index or the archive's data (`.json` files), except the
 * parts of the search index (`/archive/search/<build>/…`): a keystroke may fetch twenty of them, and through the
 * worker (network first, each written to the cache) keystrokes that fetched parts were about 1.5× slower at the
 * 95th percentile (README, "Search and speaker pages"); they go to the network, and search needs it.
 */
export function isArticleData(pathname: string): boolean {
  return /^\/(?:articles\/|archive\/(?!search\/[\w-]+\/))[^?#]+\.json$/.test(pathname);
}
