/**
 * Which shipped articles can be read without a network: those whose prerendered page or data is in the service
 * worker's caches (`./offline-caches`). Either is enough for a page opened offline: a cached page shows the article
 * it was prerendered with; without one, the worker answers with the app's page, which reads the article's data from
 * the cache. (Opening a prerendered page fetches no data; following a link within the app fetches no page.)
 */
import { ARTICLE_DATA_CACHE, ARTICLE_PAGES_CACHE } from './offline-caches';

/**
 * The address of a shipped article's data, `/articles/<id>.json`, as the reader fetches it (`articleUrl` in
 * `src/features/reader/article-query.ts`; not imported from there: a feature's module, in the reader's chunk) and the
 * worker caches it. `e2e/offline.spec.ts` fails if the two differ.
 */
export function articleDataUrl(id: string): string {
  return `${import.meta.env.BASE_URL}articles/${encodeURIComponent(id)}.json`;
}

/** The address of a shipped article's prerendered page, `/articles/<id>`. */
function articlePageUrl(id: string): string {
  return `${import.meta.env.BASE_URL}articles/${encodeURIComponent(id)}`;
}

/** The cache `name` if it exists: asking through `caches.open` would create it. */
async function existingCache(name: string): Promise<Cache | undefined> {
  return (await caches.has(name)) ? caches.open(name) : undefined;
}

/**
 * The ids among `ids` whose page or data is in the worker's caches. Empty where the browser has no Cache Storage
 * (an insecure origin, the prerenderer) or nothing was cached yet.
 */
export async function articlesAvailableOffline(ids: readonly string[]): Promise<ReadonlySet<string>> {
  if (!('caches' in globalThis)) return new Set();
  const [pages, data] = await Promise.all([
    existingCache(ARTICLE_PAGES_CACHE),
    existingCache(ARTICLE_DATA_CACHE),
  ]);
  if (!pages && !data) return new Set();
  const cached = async (id: string) =>
    (await pages?.match(articlePageUrl(id), { ignoreSearch: true })) !== undefined ||
    (await data?.match(articleDataUrl(id))) !== undefined;
  const found = await Promise.all(ids.map(async (id) => ((await cached(id)) ? id : null)));
  return new Set(found.filter((id): id is string => id !== null));
}
