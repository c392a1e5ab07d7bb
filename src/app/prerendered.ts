/**
 * The data a prerendered page carries for hydration: which path and interface language it was rendered for, and
 * the query results it was rendered from. It travels in `<script type="application/json">`, which the browser
 * never executes (the Content Security Policy forbids inline scripts), and is read by the client entry to seed
 * its query cache, so that hydration renders exactly what the server rendered without fetching anything.
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
