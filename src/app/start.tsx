import { StrictMode, useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { FormatLocaleContext } from '../ui/use-format-locale';
import { preloadShellParts } from './AppShell';
import { whenDeferredPartsMounted } from './deferred';
import { HistoryRouter, localiseAddress } from './HistoryRouter';
import { initI18n, loadPartStrings } from './i18n';
import { appPath } from './language-path';
import { setLazyPrerequisite } from './lazy-component';
import { readPrerendered, setPageData, type PrerenderedData } from './prerendered';
import { AppRoutes, loadRouteCode, runLoaders } from './router';

/**
 * Prerendered markup is hydrated only where the client would render exactly the same: the page it was rendered
 * for, in the same interface language, without reader state in the URL (a selected quote or another text mode
 * changes the markup). Anywhere else (the static server's fallback page, `?view=parallel`, a page in another
 * language than the reader's that the boot script could not replace) the client renders afresh over it, still from
 * the embedded data. Each page is prerendered in every interface language, and `public/preferences-boot.js` opens
 * the reader's before the first paint, so a reader in any interface language gets a page to hydrate.
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
 * Shows the page once the app has rendered it (see `public/preferences-boot.js`), and marks `<html data-app="ready">`
 * once the app has taken over the whole page: hydrated or rendered, including the
 * parts that load after the first paint (`./deferred`); effects run after the whole tree is committed. Before that
 * a prerendered page shows the article but does not respond to its controls; the end-to-end tests wait for this
 * mark after every `page.goto`.
 */
function AppReady({ children }: { children: ReactNode }) {
  // The static host's fallback page, hidden by the boot script, has been rendered over: show the page before it
  // is painted.
  useLayoutEffect(() => {
    document.documentElement.removeAttribute('data-fallback-page');
  }, []);
  // From then on, dates and numbers take the browser's variant of the interface language (`FormatLocaleContext`):
  // not before, as a change of context above a part still to be hydrated throws its markup away (the page moved).
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void whenDeferredPartsMounted().then(() => {
      document.documentElement.dataset.app = 'ready';
      setReady(true);
    });
  }, []);
  return <FormatLocaleContext value={ready}>{children}</FormatLocaleContext>;
}

/**
 * Registers the service worker once the app has taken over the page and the browser is idle: a first visit's
 * page is painted and interactive before the worker and its precache download anything.
 */
function registerServiceWorkerLater() {
  if (!import.meta.env.PROD) return;
  void whenDeferredPartsMounted().then(() => {
    const register = () => void import('./service-worker').then((worker) => worker.registerServiceWorker());
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
    else setTimeout(register, 1000);
  });
}

/** The router, with the addresses in the interface language. */
function LocalisedRouter({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <HistoryRouter
      language={i18n.resolvedLanguage}
      onNavigate={(from, to) => void runLoaders(from, to).catch(() => undefined)}
    >
      {children}
    </HistoryRouter>
  );
}

/** Starts the app: gives the pages the prerendered data, then hydrates or renders. */
export async function start() {
  const prerendered = readPrerendered(document);
  setPageData(prerendered);
  const strings = initI18n();
  // The parts that load later use strings the first render does not: they wait for them with their code.
  setLazyPrerequisite(loadPartStrings);
  // The code of the parts that load after the first paint is requested at once, in parallel with the strings.
  const path = appPath(window.location.pathname);
  const parts = Promise.all([preloadShellParts(), loadRouteCode(path, { parts: true })]);
  const i18n = await strings;
  localiseAddress(i18n.resolvedLanguage ?? i18n.language);

  const hydrate = canHydrate(prerendered, i18n.resolvedLanguage);
  // Hydrating, the page's parts that load later keep their prerendered markup until their code is there, so only
  // the page's own code is awaited. Rendering afresh, they would appear a moment after the rest: await them too.
  if (hydrate) {
    // A part whose code fails to load shows the error where React renders it (the page's error boundary).
    parts.catch(() => undefined);
    await loadRouteCode(path, { parts: false });
  } else await parts;
  const container = document.getElementById('root');
  if (!container) throw new Error('no #root element');

  const page = (
    <AppReady>
      <LocalisedRouter>
        <AppRoutes />
      </LocalisedRouter>
    </AppReady>
  );
  // Strict mode's checks run in development only; the production build leaves it out rather than ship a no-op.
  const app = import.meta.env.DEV ? <StrictMode>{page}</StrictMode> : page;
  if (hydrate) hydrateRoot(container, app);
  else createRoot(container).render(app);
  registerServiceWorkerLater();
}
