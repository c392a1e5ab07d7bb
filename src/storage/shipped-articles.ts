/**
 * Whether the site ships an article of a given id. A text imported into the browser must not take such an id: an
 * imported article stands in for the shipped article of its id on the speaker pages and in the search (as its copy,
 * perhaps corrected), so an unrelated text imported under that id would hide the shipped article's quotes there.
 */
import { browserOffline, isMissingFile } from '../ui/site-fetch';
import { articleDataUrl, articlesAvailableOffline } from './offline-articles';

/** How long the import waits for the network's answer before it asks the cache instead. */
const ASK_TIMEOUT_MS = 3000;

/**
 * Whether `/articles/<id>.json` is there: asked of the network (`HEAD`, so no article is downloaded; the service
 * worker passes it on), and offline (or with no answer within 3 s), of the worker's cache of the articles read
 * before. `false` when neither knows it: a 404, or the app's page a static host answers an unknown path with.
 */
export async function isShippedArticle(id: string): Promise<boolean> {
  const inCache = async () => (await articlesAvailableOffline([id])).has(id);
  // Offline, a request would only fail (and the browser log it as an error).
  if (browserOffline()) return inCache();
  try {
    const response = await fetch(articleDataUrl(id), {
      method: 'HEAD',
      signal: AbortSignal.timeout(ASK_TIMEOUT_MS),
    });
    return response.ok && !isMissingFile(response);
  } catch {
    return inCache();
  }
}
