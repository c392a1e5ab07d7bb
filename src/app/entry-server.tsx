/**
 * The prerenderer's entry (built by `vite build --ssr`, run by `scripts/prerender.ts`): renders one route of the
 * app to HTML from data that was loaded and validated beforehand, with the same routes, providers and components
 * as the browser, so that the client can hydrate the markup instead of building it again.
 */
import { createInstance, type i18n } from 'i18next';
import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { I18nextProvider } from 'react-i18next';
import { createPath, Router, type Navigator } from 'react-router';
import type { LibraryResults } from '../core/archive/library-query';
import type { FacetValue } from '../core/archive/library-split';
import type { SpeakerFirstScreen } from '../core/archive/speaker-page';
import type { Article } from '../core/article/schema';
import { speakerFirstScreenKey } from '../features/archive/speaker-keys';
import { facetKey, libraryResultsKey } from '../features/library/library-keys';
import { articleQueryKey } from '../features/reader/article-key';
import { interfaceLanguages, resources } from '../locales/resources';
import { i18nOptions } from './i18n';
import { firstHeadingInMarkup, pageTitle } from './page-title';
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
    [facetKey('sources'), sources],
  ]);
}

/**
 * What a speaker's page `/speakers/<key>` is rendered from: their first screen (`speakerFirstScreen`, shipped quotes
 * only); the rest of their quotes the page fetches.
 */
export function speakerPageData(screen: SpeakerFirstScreen, language: string): PrerenderedData {
  return pageData(`/speakers/${encodeURIComponent(screen.key)}`, language, [
    [speakerFirstScreenKey(screen.key), screen],
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
  /** The document's title, as HTML text (`./page-title`). */
  title: string;
}

/** Renders pages one after the other; made once per process (or worker) by {@link createPageRenderer}. */
export interface PageRenderer {
  /**
   * Renders `data.path` (an address, with the language prefix) in `data.language` from the query results in
   * `data.queries`: the same markup the client renders there (`./HistoryRouter` makes the same addresses). Not
   * re-entrant (the page's data is module state, as in the browser): await one page before rendering the next.
   * Nothing is fetched: a query the page needs and `data` lacks would render its loading state, which the caller
   * can detect in the markup.
   */
  render(data: PrerenderedData): Promise<PrerenderedPage>;
}

/** Every boundary complete, or a lazy part of the page (`./deferred`, a lazy route) whose code has not loaded yet. */
const INCOMPLETE_BOUNDARY = /<!--\$[?!]-->/;

/**
 * A renderer with one i18next instance per interface language, made once: setting one up (every namespace's
 * resources) is a good part of a small page's cost.
 *
 * Each page is rendered with `renderToString` first, which is synchronous and does no streaming. It renders a lazy
 * component whose code has loaded at once (`./lazy-component` resolves it synchronously), so once a kind of page
 * has been rendered its markup is complete. Where a lazy part's code has not loaded yet (the first page of a kind
 * in a process), `renderToString` would leave its boundary to the client (`<!--$!-->`) or throw; the page is then
 * rendered with `prerender` (`react-dom/static`), which waits for the code. Both produce the same markup for a
 * complete tree (Fizz, with every boundary inline), so the output does not depend on which one rendered it.
 */
export async function createPageRenderer(): Promise<PageRenderer> {
  const instances = new Map<string, i18n>();
  for (const language of interfaceLanguages) {
    const instance = createInstance({ ...i18nOptions(), resources, lng: language });
    await instance.init();
    instances.set(language, instance);
  }
  return {
    async render(data) {
      const i18n = instances.get(data.language);
      if (!i18n) throw new Error(`${data.path}: ${data.language} is not an interface language`);
      // The pages read the data as in the browser; a page that queries gets a client seeded with it
      // (`./query-client`).
      setPageData(data);
      resetAppQueryClient();
      try {
        const app = (
          <StrictMode>
            <I18nextProvider i18n={i18n}>
              <Router location={appPath(data.path)} navigator={staticNavigator(data.language)} static>
                <AppRoutes />
              </Router>
            </I18nextProvider>
          </StrictMode>
        );
        let html: string | undefined;
        try {
          html = renderToString(app);
        } catch {
          // A lazy part outside any Suspense boundary suspended: `prerender` below waits for it.
        }
        if (html === undefined || INCOMPLETE_BOUNDARY.test(html))
          html = await prerenderToString(app, data.path);
        const title = pageTitle(firstHeadingInMarkup(html), i18n.t('appName'), (values) =>
          i18n.t('settings:pageTitle', values),
        );
        return { html, data: serializePrerendered(data), title };
      } finally {
        resetAppQueryClient();
        setPageData(undefined);
      }
    },
  };
}

/** `prerender` (not `renderToString`): waits for the lazy parts of the page, so the markup is complete. */
async function prerenderToString(app: ReactNode, path: string): Promise<string> {
  const { prelude } = await prerender(app, {
    // Every boundary inline and complete: a larger one would be sent apart and moved in place by an inline script,
    // which the Content Security Policy forbids.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
    onError: (error) => console.error(`${path}:`, error),
  });
  return new Response(prelude).text();
}
