/**
 * The prerenderer's entry (built by `vite build --ssr`, run by `scripts/prerender.ts`): renders one route of the
 * app to HTML from data that was loaded and validated beforehand, with the same routes, providers and components
 * as the browser, so that the client can hydrate the markup instead of building it again.
 */
import { createInstance } from 'i18next';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { I18nextProvider } from 'react-i18next';
import { StaticRouter } from 'react-router';
import type { LibraryResults } from '../core/archive/library-query';
import type { FacetValue } from '../core/archive/library-split';
import type { Article } from '../core/article/schema';
import { facetOptions, libraryResultsKey } from '../features/library/library-query';
import { articleQueryKey } from '../features/reader/article-key';
import { resources } from '../locales/resources';
import { i18nOptions } from './i18n';
import { serializePrerendered, setPageData, type PrerenderedData } from './prerendered';
import { resetAppQueryClient } from './query-client';
import { AppRoutes } from './router';

export { PRERENDERED_DATA_ID } from './prerendered';

/** The interface language pages are prerendered in. Browsers that ask for another one render afresh. */
export const PRERENDER_LANGUAGE = 'en';

/** What the article page `/articles/<id>` is rendered from: the article, validated by the caller. */
export function articlePageData(article: Article, language = PRERENDER_LANGUAGE): PrerenderedData {
  return {
    path: `/articles/${article.id}`,
    language,
    queries: [[articleQueryKey(article.id), article]],
  };
}

/** What the library's first page `/` is rendered from: its first page of results and the sources to filter by. */
export function libraryPageData(
  results: LibraryResults,
  sources: FacetValue[],
  language = PRERENDER_LANGUAGE,
): PrerenderedData {
  return {
    path: '/',
    language,
    queries: [
      [libraryResultsKey({ page: 0 }), { results }],
      [facetOptions('sources').queryKey, sources],
    ],
  };
}

export interface PrerenderedPage {
  /** The app's markup, for the `#root` element. */
  html: string;
  /** The data to embed for hydration, already escaped for a `<script type="application/json">`. */
  data: string;
}

/**
 * Renders `data.path` in `data.language` from the query results in `data.queries`. Nothing is fetched: a query
 * the page needs and `data` lacks would render its loading state, which the caller can detect in the markup.
 */
export async function renderPage(data: PrerenderedData): Promise<PrerenderedPage> {
  const i18n = createInstance({ ...i18nOptions(), resources, lng: data.language });
  await i18n.init();
  // The pages read the data as in the browser; a page that queries gets a client seeded with it (`./query-client`).
  setPageData(data);
  resetAppQueryClient();

  // `prerender` (not `renderToString`) waits for the lazy parts of the page (`./deferred`, the lazy routes), so the
  // markup is complete, with each Suspense boundary marked for the client to hydrate when its code arrives.
  const { prelude } = await prerender(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StaticRouter location={data.path}>
          <AppRoutes />
        </StaticRouter>
      </I18nextProvider>
    </StrictMode>,
    {
      // Every boundary inline and complete: a larger one would be sent apart and moved in place by an inline script,
      // which the Content Security Policy forbids.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: (error) => console.error(`${data.path}:`, error),
    },
  );
  const html = await new Response(prelude).text();
  resetAppQueryClient();
  setPageData(undefined);
  return { html, data: serializePrerendered(data) };
}
