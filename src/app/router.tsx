import type { ReactNode } from 'react';
import { matchRoutes, useRoutes, type Location, type Params, type RouteObject } from 'react-router';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { AppShell } from './AppShell';
import { CrashNotice } from './CrashNotice';
import { lazyComponent } from './lazy-component';
import { prerenderedArticle } from './prerendered-article';
import { lazyQueryPage } from './query-page';

// The article page: a chunk of its own, which an article's page loads (and preloads) with the app, and the library
// does not: its first screen needs none of the reader's code.
const loadArticleRoute = () => import('./ArticleRoute');
// Its first render needs only the first render's strings, as its text's first paint does not wait for the others.
const ArticleRoute = lazyComponent(() => loadArticleRoute().then((module) => module.ArticleRoute), {
  prerequisite: false,
});
/** The article page and its parts (`./ArticleRoute`), for a page from which an article is opened. */
const preloadArticleParts = () =>
  Promise.all([ArticleRoute.preload(), loadArticleRoute().then((module) => module.preloadArticleParts())]);
// The library renders a prerendered page without the query library; its parts load it (`./LibraryRoute`).
const LibraryRoute = lazyComponent(() => import('./LibraryRoute').then((module) => module.LibraryRoute));
// The pages that query load the query library with their code (`./query-page`).
const ImportedArticleRoute = lazyQueryPage(() =>
  import('./ImportedArticleRoute').then((module) => module.ImportedArticleRoute),
);
// The archive's pages: search results (`?q=`) and a speaker's quotes across the library.
const SearchPage = lazyQueryPage(() =>
  import('../features/archive/SearchPage').then((module) => module.SearchPage),
);
const loadSpeakerRoute = () => import('./SpeakerRoute');
const SpeakerRoute = lazyQueryPage(() => loadSpeakerRoute().then((module) => module.SpeakerRoute));
/** Starts fetching a speaker's quotes, with the page's code rather than after it. */
const loadSpeaker = (key: string) => loadSpeakerRoute().then((module) => module.loadSpeaker(key));
// The import page and the annotator load only when someone imports.
const ImportPage = lazyComponent(() =>
  import('../features/import/ImportPage').then((module) => module.ImportPage),
);
const NotFoundPage = lazyComponent(() => import('./NotFoundPage').then((module) => module.NotFoundPage));

/** What the client loads for a route before it shows it. */
interface RouteCode {
  /**
   * Starts loading the page's data when it is navigated to (sharing the page's query options), without blocking
   * the navigation: the page shows loading and error states itself.
   */
  load?: (params: Params) => Promise<unknown> | undefined;
  /** The page's own code, loaded before the page is hydrated or rendered. */
  page?: (params: Params) => Promise<unknown> | undefined;
  /** Code of the parts the page loads after its first paint (`./deferred`). */
  parts?: () => Promise<unknown>;
}

/**
 * The routes. Each page loads its code when it is visited, and the client entry loads the current page's code
 * before it hydrates (an article's prerendered page also prefetches it, so it comes with the first chunk); an
 * article the page was prerendered with is rendered from the page's data, any other is fetched by a part that
 * loads with the query library (`FetchedArticle`).
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      {
        index: true,
        element: <LibraryRoute />,
        // The article page's parts too: an article opened from the library shows them with its text, not after.
        handle: {
          page: LibraryRoute.preload,
          parts: () =>
            Promise.all([
              preloadArticleParts(),
              import('./LibraryRoute').then((module) => module.preloadLibraryParts()),
            ]),
        } satisfies RouteCode,
      },
      {
        path: 'articles/:id',
        element: <ArticleRoute />,
        handle: {
          parts: preloadArticleParts,
          page: ({ id = '' }) =>
            Promise.all([
              ArticleRoute.preload(),
              prerenderedArticle(id)
                ? undefined
                : loadArticleRoute().then((module) => module.FetchedArticle.preload()),
            ]),
          load: ({ id = '' }) =>
            prerenderedArticle(id)
              ? undefined
              : import('./FetchedArticle').then((module) => module.loadArticle(id)),
        } satisfies RouteCode,
      },
      {
        path: 'imported/:id',
        element: <ImportedArticleRoute />,
        handle: { page: ImportedArticleRoute.preload, parts: preloadArticleParts } satisfies RouteCode,
      },
      { path: 'import', element: <ImportPage />, handle: { page: ImportPage.preload } satisfies RouteCode },
      { path: 'search', element: <SearchPage />, handle: { page: SearchPage.preload } satisfies RouteCode },
      {
        path: 'speakers/:key',
        element: <SpeakerRoute />,
        handle: {
          page: ({ key = '' }) => {
            // Not awaited: the page shows its loading and error states itself.
            void loadSpeaker(key).catch(() => undefined);
            return SpeakerRoute.preload();
          },
          load: ({ key = '' }) => loadSpeaker(key).catch(() => undefined),
        } satisfies RouteCode,
      },
      { path: '*', element: <NotFoundPage />, handle: { page: NotFoundPage.preload } satisfies RouteCode },
    ],
  },
];

/** Loads the code of the page at `pathname` and, with `parts`, of the parts it loads after its first paint. */
export async function loadRouteCode(pathname: string, { parts }: { parts: boolean }): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? [];
  await Promise.all(
    matches.map(({ route, params }) => {
      const code = route.handle as RouteCode | undefined;
      return Promise.all([code?.page?.(params), parts ? code?.parts?.() : undefined]);
    }),
  );
}

/**
 * Runs the loaders of the routes a navigation from `from` to `to` enters: a route that stays matched with the same
 * parameters (the reader's state changing in the query string) is not loaded again. Resolves when they are done
 * (nothing waits for it but the tests: the pages show loading and error states themselves).
 */
export async function runLoaders(from: Location, to: Location): Promise<void> {
  const before = matchRoutes(routes, from.pathname) ?? [];
  const loading: Promise<unknown>[] = [];
  for (const { route, params } of matchRoutes(routes, to.pathname) ?? []) {
    const load = (route.handle as RouteCode | undefined)?.load;
    if (!load) continue;
    const stays = before.some(
      (match) => match.route === route && JSON.stringify(match.params) === JSON.stringify(params),
    );
    const started = stays ? undefined : load(params);
    if (started) loading.push(started);
  }
  await Promise.all(loading);
}

/** The routed app, with the last line of defence: a part that failed outside the page's own error handling. */
export function AppRoutes(): ReactNode {
  const element = useRoutes(routes);
  return <ErrorBoundary fallback={(error) => <CrashNotice error={error} />}>{element}</ErrorBoundary>;
}
