/** The JSON files of the built site the archive's pages read (`archive/search/…`, `archive/speakers/…`). */
import { browserOffline, isMissingFile } from '../../ui/site-fetch';

/**
 * A file of the built site could not be fetched or read: `what` names it (`archive/search/manifest.json`).
 * `unreachable`: no answer came at all (offline, or the site out of reach), which a reader is told in words, not as
 * a file's error.
 */
export class ArchiveLoadError extends Error {
  constructor(
    readonly what: string,
    reason: string,
    readonly unreachable = false,
  ) {
    super(`${what}: ${reason}`);
    this.name = 'ArchiveLoadError';
  }
}

/**
 * Fetches a JSON file of the built site; `undefined` when `missingOk` and it is not there: a 404, or the page a host
 * answers unknown paths with (Vite's servers and a single-page app's rewrite rule serve `index.html`). No `Accept`
 * header asks for JSON instead: a request with one of its own cost the page's thread half as much again as a plain
 * one, and a search fetches up to a dozen files per key.
 */
export async function fetchSiteJson(path: string, missingOk: boolean): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}${path}`);
  } catch {
    throw new ArchiveLoadError(path, 'network error', true);
  }
  if (missingOk && isMissingFile(response)) return undefined;
  if (!response.ok) throw new ArchiveLoadError(path, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new ArchiveLoadError(path, 'not valid JSON');
  }
}

/** A file of the site read into what it holds by `read`, which names `where` (the path) in its errors. */
export function readSiteFile<T>(path: string, read: (data: unknown, where: string) => T): Promise<T> {
  return fetchSiteJson(path, false).then((data) => read(data, path));
}

/**
 * Whether `error` means the site could not be reached, as offline: a file that got no answer, or any failure while
 * the browser says it is offline (the search's blocks of quotes are fetched in a worker, whose errors come back as
 * plain `Error`s).
 */
export function isUnreachable(error: unknown): boolean {
  if (error instanceof ArchiveLoadError && error.unreachable) return true;
  return browserOffline();
}
