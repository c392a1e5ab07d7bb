/**
 * React Router in declarative mode over the browser's history: the app's routes are plain `<Route>` elements, data
 * is loaded by the pages' queries (TanStack Query), and so the data router (`createBrowserRouter`, about 15 KB gzip
 * more) is not needed. This is React Router's `<BrowserRouter>` with one difference the reader relies on: a
 * navigation with `flushSync: true` (selecting a quote) is rendered synchronously, in the frame of the click, as
 * the data router did; other navigations are transitions (the current page stays until the next one's code has
 * loaded), as there.
 */
import { startTransition, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createPath, NavigationType, Router, type Location, type Navigator, type To } from 'react-router';

interface HistoryEntry {
  /** The navigation's `state`. */
  usr: unknown;
  key: string;
}

function currentLocation(): Location {
  const { pathname, search, hash } = window.location;
  const entry = window.history.state as Partial<HistoryEntry> | null;
  return { pathname, search, hash, state: entry?.usr ?? null, key: entry?.key ?? 'default' };
}

function href(to: To): string {
  return typeof to === 'string' ? to : createPath(to);
}

/**
 * The app's router in the browser; see the module comment. `onNavigate` is called on every navigation (link,
 * `navigate`, back and forward) before it is rendered: the routes' loaders start there.
 */
export function HistoryRouter({
  children,
  onNavigate,
}: {
  children: ReactNode;
  onNavigate?: (from: Location, to: Location) => void;
}) {
  const [{ location, type }, setState] = useState(() => ({
    location: currentLocation(),
    type: NavigationType.Pop,
  }));

  const onNavigateRef = useRef(onNavigate);
  useEffect(() => {
    onNavigateRef.current = onNavigate;
  }, [onNavigate]);
  const shown = useRef(location);
  useEffect(() => {
    shown.current = location;
  }, [location]);
  const enter = (next: Location) => {
    onNavigateRef.current?.(shown.current, next);
    shown.current = next;
  };

  const navigator = useMemo<Navigator>(() => {
    const go = (
      method: 'pushState' | 'replaceState',
      type: NavigationType,
      to: To,
      state: unknown,
      sync: boolean,
    ) => {
      const entry: HistoryEntry = { usr: state ?? null, key: Math.random().toString(36).slice(2, 10) };
      window.history[method](entry, '', href(to));
      const next = { location: currentLocation(), type };
      enter(next.location);
      if (sync) flushSync(() => setState(next));
      else startTransition(() => setState(next));
    };
    return {
      createHref: href,
      createURL: (to) => new URL(href(to), window.location.href),
      go: (delta) => window.history.go(delta),
      push: (to, state, options) =>
        go('pushState', NavigationType.Push, to, state, options?.flushSync ?? false),
      replace: (to, state, options) =>
        go('replaceState', NavigationType.Replace, to, state, options?.flushSync ?? false),
    };
  }, []);

  useEffect(() => {
    const onPopState = () => {
      const next = currentLocation();
      enter(next);
      startTransition(() => setState({ location: next, type: NavigationType.Pop }));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  return (
    <Router location={location} navigationType={type} navigator={navigator}>
      {children}
    </Router>
  );
}
