import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { initI18n } from './i18n';
import { readPrerendered, type PrerenderedData } from './prerendered';
import { createQueryClient } from './query-client';
import { ARTICLE_ROUTE_ID, createRoutes } from './router';

/** Loads the code of the lazy routes that match the current URL, so the first render has every component. */
async function loadMatchedRoutes(routes: RouteObject[]): Promise<void> {
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, loaded, { lazy: undefined });
    }),
  );
}

/**
 * Prerendered markup is hydrated only where the client would render exactly the same: the page it was rendered
 * for, in the same interface language, without reader state in the URL (a selected quote or another text mode
 * changes the markup). Anywhere else (the static server's fallback page, `?view=parallel`, a German browser on
 * an English prerender) the client renders afresh over it, still from the embedded data.
 */
function canHydrate(prerendered: PrerenderedData | undefined, language: string | undefined): boolean {
  return (
    prerendered !== undefined &&
    prerendered.path === window.location.pathname &&
    window.location.search === '' &&
    prerendered.language === language
  );
}

/**
 * Marks `<html data-app="ready">` once the app has taken over the page (hydrated or rendered; effects run after the
 * whole tree is committed). Before that a prerendered page shows the article but does not respond to its controls;
 * the end-to-end tests wait for this mark after every `page.goto`.
 */
function AppReady({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return children;
}

/** Starts the app: seeds the query cache from the prerendered data, then hydrates or renders. */
export async function start() {
  const i18n = await initI18n();
  const queryClient = createQueryClient();
  const prerendered = readPrerendered(document);
  for (const [key, value] of prerendered?.queries ?? []) queryClient.setQueryData(key, value);

  const routes = createRoutes(queryClient);
  await loadMatchedRoutes(routes);
  const hydrate = canHydrate(prerendered, i18n.resolvedLanguage);
  const router = createBrowserRouter(
    routes,
    // The article route's loader only starts a fetch that the seeded cache makes unnecessary.
    hydrate ? { hydrationData: { loaderData: { [ARTICLE_ROUTE_ID]: null } } } : {},
  );
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');

  const app = (
    <StrictMode>
      <AppReady>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AppReady>
    </StrictMode>
  );
  if (hydrate) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
