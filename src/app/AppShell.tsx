import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { Link } from '../ui/Link';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { CrashNotice } from './CrashNotice';
import { deferred } from './deferred';

// The reading settings (interface language, theme, text size) and the shortcut help (opened with `?`) are not
// needed for the first paint.
const ReadingSettings = deferred(() => import('./ReadingSettings').then((module) => module.ReadingSettings));
// The search field: the search itself (its code and index) loads when the field is first focused.
const SearchBox = deferred(() => import('../features/archive/SearchBox').then((module) => module.SearchBox));
const ShellAfterPaint = deferred(() => import('./ShellAfterPaint').then((module) => module.ShellAfterPaint));

/** The element the pages render in. */
/** Starts loading the code of the parts of the frame that load after the first paint. */
export function preloadShellParts(): Promise<unknown> {
  return Promise.all([ReadingSettings.preload(), SearchBox.preload(), ShellAfterPaint.preload()]);
}

/**
 * The frame around every page: skip link, header, and the routed content. The reading settings are behind one
 * button, on every width: a native popover (`popovertarget`), which opens, closes on Escape or a click outside and
 * gives the focus back without the app's code; its content is prerendered and hydrated after the first paint.
 */
export function AppShell() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="app-header__brand">
          <span className="app-header__name">{t('appName')}</span>
          <span className="app-header__tagline">{t('tagline')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="app-header__nav">
          <Link to="/">{t('nav.library')}</Link>
          <Link to="/import">{t('nav.import')}</Link>
        </nav>
        {/* Its place is kept from the first paint, so the field arriving later moves nothing. */}
        <div className="app-header__search">
          <SearchBox />
        </div>
        <button type="button" className="button app-header__settings" popoverTarget="reading-settings">
          <span aria-hidden="true">Aa</span>
          <span className="app-header__settings-label">{t('settings')}</span>
        </button>
        <div
          id="reading-settings"
          popover="auto"
          role="dialog"
          aria-label={t('settings')}
          className="settings-panel"
        >
          <ReadingSettings />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <RoutedPage />
      </main>
      <ShellAfterPaint />
    </>
  );
}

/**
 * The routed page, in an error boundary that starts afresh on another page. The location is read here, not in
 * the shell, so that a change of the query string alone (a quote selected) does not render the header again.
 */
function RoutedPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <ErrorBoundary key={pathname} fallback={(error, reset) => <CrashNotice error={error} onRetry={reset} />}>
      {/* A page's code is loaded before it is shown (a navigation keeps the current page until then). */}
      <Suspense fallback={<p role="status">{t('loading')}</p>}>
        <Outlet />
      </Suspense>
    </ErrorBoundary>
  );
}
