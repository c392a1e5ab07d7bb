import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { articleQueryOptions } from '../features/reader/article-query';
import { ArticleRoute } from './ArticleRoute';
import { AppShell } from './AppShell';
import { RouteError } from './RouteError';

/** The id of the article route, for the loader data a prerendered article page hydrates with. */
export const ARTICLE_ROUTE_ID = 'article';

/**
 * The routes. Loaders start fetching (sharing the page's query options) without blocking navigation, so the
 * page itself shows loading and error states and the request runs while the page's code is still loading.
 *
 * The article page is in the first chunk: it is what the site is for, and its first paint must not wait for a
 * second request. Other pages load their code when they are visited (`lazy`); the client entry loads the current
 * page's code before it hydrates.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      element: <AppShell />,
      errorElement: <RouteError />,
      children: [
        {
          index: true,
          lazy: async () => ({ Component: (await import('../features/library/LibraryPage')).LibraryPage }),
        },
        {
          id: ARTICLE_ROUTE_ID,
          path: 'articles/:id',
          element: <ArticleRoute />,
          loader: ({ params }) => {
            // Errors are shown by the page, which reads the same query.
            if (params.id) queryClient.query(articleQueryOptions(params.id)).catch(() => undefined);
            return null;
          },
          // The reader's state lives in the query string; only another article needs the loader again.
          shouldRevalidate: ({ currentParams, nextParams }) => currentParams.id !== nextParams.id,
        },
        {
          path: 'imported/:id',
          lazy: async () => ({ Component: (await import('./ImportedArticleRoute')).ImportedArticleRoute }),
        },
        {
          // The import page and the annotator load only when someone imports.
          path: 'import',
          lazy: async () => ({ Component: (await import('../features/import/ImportPage')).ImportPage }),
        },
        {
          path: '*',
          lazy: async () => ({ Component: (await import('./NotFoundPage')).NotFoundPage }),
        },
      ],
    },
  ];
}
