import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { LibraryPage } from '../features/library/LibraryPage';
import { articleQueryOptions } from '../features/reader/article-query';
import { ArticleRoute } from './ArticleRoute';
import { AppShell } from './AppShell';
import { ImportedArticleRoute } from './ImportedArticleRoute';
import { RouteError } from './RouteError';
import { NotFoundPage } from './NotFoundPage';

/**
 * The routes. Loaders start fetching (sharing the page's query options) without blocking navigation, so the
 * page itself shows loading and error states and the request runs while the page's code is still loading.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      element: <AppShell />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <LibraryPage /> },
        {
          path: 'articles/:id',
          element: <ArticleRoute />,
          loader: ({ params }) => {
            // Errors are shown by the page, which reads the same query.
            if (params.id) queryClient.query(articleQueryOptions(params.id)).catch(() => undefined);
            return null;
          },
        },
        { path: 'imported/:id', element: <ImportedArticleRoute /> },
        {
          // The import page and the annotator load only when someone imports.
          path: 'import',
          lazy: async () => ({ Component: (await import('../features/import/ImportPage')).ImportPage }),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
