/**
 * The data a prerendered page carries for hydration: which path and interface language it was rendered for, and
 * the query results it was rendered from. It travels in `<script type="application/json">`, which the browser
 * never executes (the Content Security Policy forbids inline scripts), and is read by the client entry and given
 * to the page it was rendered for (see {@link setPageData}), so that hydration renders exactly what the server
 * rendered without fetching anything.
 *
 * The article data in it was validated with the article schema when the site was built (`scripts/prerender.ts`),
 * so the client does not validate it again and does not need the schema's code before the first paint.
 */
import type { QueryKey } from '@tanstack/react-query';

/** The id of the `<script type="application/json">` element that holds the {@link PrerenderedData}. */
export const PRERENDERED_DATA_ID = 'prerendered-data';

export interface PrerenderedData {
  /** The path the page was rendered for, e.g. `/articles/some-id`. */
  path: string;
  /** The interface language it was rendered in. */
  language: string;
  /** Query results, each under its query key. */
  queries: [QueryKey, unknown][];
}

/**
 * JSON that is safe inside a `<script>` element: `<` is escaped so that no `</script>` or `<!--` in article text can
 * end the element early; U+2028/2029 are escaped for old parsers.
 */
export function serializePrerendered(data: PrerenderedData): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

let pageData: PrerenderedData | undefined;

/**
 * Makes `data` the data the current page was prerendered from: the client entry sets it once from the document, the
 * prerenderer for each page it renders. Pages read it with {@link prerenderedQueryData}, and the query client
 * (`./query-client`, loaded only by the pages that query) is seeded with it when it is created.
 */
export function setPageData(data: PrerenderedData | undefined): void {
  pageData = data;
}

/** The query results the current page was prerendered from (none on a page that was not prerendered). */
export function prerenderedQueries(): PrerenderedData['queries'] {
  return pageData?.queries ?? [];
}

/**
 * The result of the query `key` that the current page was prerendered from, or `undefined`. The article page renders
 * straight from it, without the query library.
 */
export function prerenderedQueryData(key: QueryKey): unknown {
  const wanted = JSON.stringify(key);
  return prerenderedQueries().find(([candidate]) => JSON.stringify(candidate) === wanted)?.[1];
}

/** The prerendered data of this document, or `undefined` when the page was not prerendered. */
export function readPrerendered(document: Document): PrerenderedData | undefined {
  const element = document.getElementById(PRERENDERED_DATA_ID);
  if (!element?.textContent) return undefined;
  try {
    return JSON.parse(element.textContent) as PrerenderedData;
  } catch {
    return undefined;
  }
}
