/**
 * The document's title: the page's main heading, then the app ("Suche: Hafen – Stimmen"), in the interface language.
 * One function for the browser (`./PageTitle.tsx`) and the prerenderer (`./entry-server.tsx`), so that a
 * prerendered page's title is the one the app keeps.
 */

/**
 * The title of a page whose main heading reads `heading` (white space collapsed), or the app's name alone while the
 * page has no heading yet; `pattern` is the interface language's `settings:pageTitle` with its values (in the namespace of
 * the shell's strings that load after the first paint, as this does).
 */
export function pageTitle(
  heading: string | undefined,
  app: string,
  pattern: (values: { page: string; app: string }) => string,
): string {
  const page = heading?.replace(/\s+/g, ' ').trim();
  return page ? pattern({ page, app }) : app;
}

/** The text of the first `<h1>` in `html` (markup, entities kept as written), or `undefined` if it has none. */
export function firstHeadingInMarkup(html: string): string | undefined {
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  return match?.[1]?.replace(/<[^>]*>/g, '');
}
