/**
 * The query key of one article (`articleQueryOptions` in `./article-query`), apart from it so that the article page
 * can find the article its prerendered HTML embeds without loading the query library.
 */
export const articleQueryKey = (id: string) => ['article', id] as const;
