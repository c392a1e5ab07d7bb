/**
 * The prerenderer's entry (built by `vite build --ssr`, run by `scripts/prerender.ts`): renders one route of the
 * app to HTML from data that was loaded and validated beforehand, with the same routes, providers and components
 * as the browser, so that the client can hydrate the markup instead of building it again.
 */
import { createInstance } from 'i18next';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { I18nextProvider } from 'react-i18next';
import { createPath, Router, type Navigator } from 'react-router';
import type { LibraryResults } from '../core/archive/library-query';
import type { FacetValue } from '../core/archive/library-split';
import type { Article } from '../core/article/schema';
import { facetOptions, libraryResultsKey } from '../features/library/library-query';
import { articleQueryKey } from '../features/reader/article-key';
import { resources } from '../locales/resources';
import { i18nOptions } from './i18n';
import { appPath, languagePath, localiseHref } from './language-path';
import { serializePrerendered, setPageData, type PrerenderedData } from './prerendered';
import { resetAppQueryClient } from './query-client';
import { AppRoutes } from './router';

export { PRERENDERED_DATA_ID } from './prerendered';
export { interfaceLanguages } from '../locales/resources';
export { languagePath, UNPREFIXED_LANGUAGE } from './language-path';

/**
 * What the page at `path` (an app path, without a language prefix) is rendered from in `language`: its address in
 * that language (`./language-path`) and the query results it shows, validated by the caller.
 */
export function pageData(
  path: string,
  language: string,
  queries: PrerenderedData['queries'],
): PrerenderedData {
  return { path: languagePath(path, language), language, queries };
}

/** What the article page `/articles/<id>` is rendered from: the article, validated by the caller. */
export function articlePageData(article: Article, language: string): PrerenderedData {
  return pageData(`/articles/${article.id}`, language, [[articleQueryKey(article.id), article]]);
}

/** What the library's first page `/` is rendered from: its first page of results and the sources to filter by. */
export function libraryPageData(
  results: LibraryResults,
  sources: FacetValue[],
  language: string,
): PrerenderedData {
  return pageData('/', language, [
    [libraryResultsKey({ page: 0 }), { results }],
    [facetOptions('sources').queryKey, sources],
  ]);
}

/** A router's navigator for rendering on the server: makes addresses in `language`, and does not navigate. */
function staticNavigator(language: string): Navigator {
  const href = (to: Parameters<Navigator['createHref']>[0]) =>
    localiseHref(typeof to === 'string' ? to : createPath(to), language);
  const refuse = () => {
    throw new Error('a page cannot navigate while it is prerendered');
  };
  return {
    createHref: href,
    createURL: (to) => new URL(href(to), 'http://localhost'),
    push: refuse,
    replace: refuse,
    go: refuse,
  };
}

export interface PrerenderedPage {
  /** The app's markup, for the `#root` element. */
  html: string;
  /** The data to embed for hydration, already escaped for a `<script type="application/json">`. */
  data: string;
}

/**
 * Renders `data.path` (an address, with the language prefix) in `data.language` from the query results in
 * `data.queries`: the same markup the client renders there (`./HistoryRouter` makes the same addresses). It is not
 * re-entrant (the page's data is module state, as in the browser): render one page at a time in a process.
 * Nothing is fetched: a query the page needs and `data` lacks would render its loading state, which the caller
 * can detect in the markup.
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
        <Router location={appPath(data.path)} navigator={staticNavigator(data.language)} static>
          <AppRoutes />
        </Router>
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
