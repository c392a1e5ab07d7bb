/**
 * React Router in declarative mode over the browser's history: the app's routes are plain `<Route>` elements, data
 * is loaded by the pages' queries (TanStack Query), and so the data router (`createBrowserRouter`, about 15 KB gzip
 * more) is not needed. This is React Router's `<BrowserRouter>` with three differences the reader relies on:
 *
 * - A navigation with `flushSync: true` (selecting a quote) is rendered synchronously, in the frame of the click,
 *   as the data router did; other navigations are transitions (the current page stays until the next one's code
 *   has loaded), as there.
 * - React Router is given the path alone (its location's `search` is always empty): the query string, which holds
 *   the reader's state, is published apart, as a {@link SearchSource} that the components reading it subscribe to
 *   (`useUrlSearch`). A navigation that changes only the query string (a quote selected, the text mode switched)
 *   therefore leaves React Router's contexts as they are and renders only those components. Through the router's
 *   location it rendered the routes, their links and the page again, and React looked through every fibre under
 *   the router's changed contexts for their consumers: on a long article, the thousands of highlights of its text,
 *   about a fifth of the script of a quote click.
 * - A synchronous navigation writes its history entry after the frame that shows it. The page renders from the
 *   router's own record of the URL (`entered`, the {@link SearchSource}), so nothing waits for the entry; writing it
 *   (`pushState`) is a same-document navigation that costs the click's task about a millisecond and sets the
 *   browser process to work (session history, the favicon again) while the frame is being made. On a two-core
 *   machine that was 2-4 ms of a quote click's latency. Until the entry is written, the next navigation, `go`,
 *   and leaving the page write it first; back or forward drops it.
 *
 * And it puts the interface language in the address (`./language-path`): React Router sees app paths only
 * (`/articles/x`); the addresses it makes get the prefix of `language` (`/de/articles/x`), and when `language`
 * changes, or back or forward lands on an address in another language, the address is replaced by the same one
 * in `language`.
 */
import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { createPath, NavigationType, Router, type Location, type Navigator, type To } from 'react-router';
import { afterNextPaint } from '../ui/after-next-paint';
import { SearchSourceContext, type SearchSource } from '../ui/url-search';
import { appPath, localiseHref, UNPREFIXED_LANGUAGE } from './language-path';

/** How long the keys of a run of replaces (the search field's) pause before its entry is written, in ms. */
const KEYS_PAUSE_MS = 300;

interface HistoryEntry {
  /** The navigation's `state`. */
  usr: unknown;
  key: string;
}

function currentLocation(): Location {
  const { pathname, search, hash } = window.location;
  return { pathname: appPath(pathname), search, hash, ...entryOf(window.history.state) };
}

function entryOf(state: unknown): Pick<Location, 'state' | 'key'> {
  const entry = state as Partial<HistoryEntry> | null;
  return { state: entry?.usr ?? null, key: entry?.key ?? 'default' };
}

/** Replaces the address by the same one in `language`, if it is in another. */
export function localiseAddress(language: string) {
  const { pathname, search, hash } = window.location;
  const localised = localiseHref(pathname, language);
  if (localised !== pathname)
    window.history.replaceState(window.history.state, '', localised + search + hash);
}

/** What React Router is given of `location`: everything but the query string (see the module comment). */
function routedPart(location: Location): Location {
  return { ...location, search: '' };
}

/** Whether `to` shows another page than `from`, not only other reader state (the query string). */
function isOtherPage(from: Location, to: Location): boolean {
  return from.pathname !== to.pathname || from.hash !== to.hash;
}

function href(to: To, language: string): string {
  return localiseHref(typeof to === 'string' ? to : createPath(to), language);
}

/** The URL's query string as a value with listeners; `set` is called by the router inside a navigation's update. */
function createSearchSource(initial: string): SearchSource & { set: (search: string) => void } {
  let search = initial;
  const listeners = new Set<(search: string) => void>();
  return {
    current: () => search,
    subscribe: (listener, seen) => {
      listeners.add(listener);
      if (seen !== search) listener(search);
      return () => listeners.delete(listener);
    },
    set: (next) => {
      if (next === search) return;
      search = next;
      for (const listener of listeners) listener(next);
    },
  };
}

/**
 * The app's router in the browser; see the module comment. `onNavigate` is called on every navigation to another
 * page (link, `navigate`, back and forward; not on a change of the query string alone) before it is rendered: the
 * routes' loaders start there.
 */
export function HistoryRouter({
  children,
  onNavigate,
  language = UNPREFIXED_LANGUAGE,
}: {
  children: ReactNode;
  onNavigate?: (from: Location, to: Location) => void;
  /** The interface language, whose prefix the addresses get. */
  language?: string;
}) {
  const [initial] = useState(currentLocation);
  const [{ location, type }, setPage] = useState(() => ({
    location: routedPart(initial),
    type: NavigationType.Pop,
  }));
  const [search] = useState(() => createSearchSource(initial.search));

  const onNavigateRef = useRef(onNavigate);
  useEffect(() => {
    onNavigateRef.current = onNavigate;
  }, [onNavigate]);
  // The location last navigated to (the URL as it is), whether or not it has been rendered yet.
  const entered = useRef(initial);
  /** Renders `next` (with `schedule`: synchronously or as a transition), starting its page's loaders first. */
  const enter = useCallback(
    (next: Location, type: NavigationType, schedule: (update: () => void) => void) => {
      const from = entered.current;
      entered.current = next;
      const otherPage = isOtherPage(from, next);
      if (otherPage) onNavigateRef.current?.(from, next);
      schedule(() => {
        search.set(next.search);
        if (otherPage) setPage({ location: routedPart(next), type });
      });
    },
    [search],
  );

  // The history entry of the last synchronous navigation, until it is written (see `go`), and its method.
  const pendingEntry = useRef<{ method: string; write: () => void } | null>(null);
  // The timer that writes a run of replaces once the keys pause.
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined);
  const writePendingEntry = useCallback(() => {
    clearTimeout(pause.current);
    const pending = pendingEntry.current;
    pendingEntry.current = null;
    pending?.write();
  }, []);

  // The language a navigation's address gets: the one in use when it happens, also through a navigate function
  // kept from a render before the language changed (an import that finishes after the reader switched).
  const languageNow = useRef(language);
  useLayoutEffect(() => {
    languageNow.current = language;
  }, [language]);

  const navigator = useMemo<Navigator>(() => {
    const go = (
      method: 'pushState' | 'replaceState',
      type: NavigationType,
      to: To,
      state: unknown,
      sync: boolean,
    ) => {
      // Entries are written in the order of the navigations that make them; a replace not yet written is itself
      // replaced by a synchronous one. One written at once ("Show more" after the search field's keys) writes it
      // first: its timer would otherwise write the keys' entry over this one.
      if (!sync || method === 'pushState' || pendingEntry.current?.method !== method) writePendingEntry();
      const entry: HistoryEntry = { usr: state ?? null, key: Math.random().toString(36).slice(2, 10) };
      if (!sync) {
        window.history[method](entry, '', href(to, languageNow.current));
        enter(currentLocation(), type, startTransition);
        return;
      }
      // Rendered first, written after the frame that shows it: see the module comment.
      const url = new URL(href(to, languageNow.current), window.location.href);
      pendingEntry.current = { method, write: () => window.history[method](entry, '', url.href) };
      enter(
        { pathname: appPath(url.pathname), search: url.search, hash: url.hash, ...entryOf(entry) },
        type,
        flushSync,
      );
      // A replace (the search field's keys) is written once the keys pause: writing it took the browser 5-10 ms
      // of the page's main thread after each key's frame, in the way of the next file's arrival. Each key starts
      // the pause anew; until 2026-12-06 each key's own timer wrote the latest entry 300 ms after it, so a person
      // typing had one written in the middle of about every key after the third.
      if (method === 'pushState') afterNextPaint(writePendingEntry, { timeout: 100 });
      else {
        clearTimeout(pause.current);
        pause.current = setTimeout(writePendingEntry, KEYS_PAUSE_MS);
      }
    };
    return {
      createHref: (to) => href(to, language),
      createURL: (to) => new URL(href(to, language), window.location.href),
      go: (delta) => {
        writePendingEntry();
        window.history.go(delta);
      },
      push: (to, state, options) =>
        go('pushState', NavigationType.Push, to, state, options?.flushSync ?? false),
      replace: (to, state, options) =>
        go('replaceState', NavigationType.Replace, to, state, options?.flushSync ?? false),
    };
  }, [enter, writePendingEntry, language]);

  useEffect(() => {
    writePendingEntry();
    localiseAddress(language);
  }, [language, writePendingEntry]);

  useEffect(() => {
    const onPopState = () => {
      // Back or forward before the last selection's entry was written: the browser has moved from the entry
      // before it, which is where the reader was as far as the history knows; the selection is not added after.
      pendingEntry.current = null;
      localiseAddress(language);
      enter(currentLocation(), NavigationType.Pop, startTransition);
    };
    window.addEventListener('popstate', onPopState);
    window.addEventListener('pagehide', writePendingEntry);
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pagehide', writePendingEntry);
    };
  }, [enter, writePendingEntry, language]);

  return (
    <SearchSourceContext value={search}>
      <Router location={location} navigationType={type} navigator={navigator}>
        {children}
      </Router>
    </SearchSourceContext>
  );
}
