import { createContext, useCallback, useContext, useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * The URL's query string (`location.search`: `''` or `'?…'`) as a value to subscribe to. The app's router in the
 * browser (`src/app/HistoryRouter.tsx`) gives React Router the path alone and publishes the query string — the
 * reader's state — through this, so that a change of the query string alone (a quote selected) renders only the
 * components that read it. Were it part of React Router's location, every one of the router's contexts would
 * change with it, and React would look through every fibre below them for their consumers: on a long article, the
 * thousands of highlights of its text, on every click.
 */
export interface SearchSource {
  /** The query string of the current URL. */
  current(): string;
  /**
   * Calls `listener` with the new query string on every change, inside the navigation's own rendering priority
   * (a synchronous update for a selection, a transition otherwise), and at once if it is no longer `seen` (the
   * value the subscriber rendered). Returns the function that unsubscribes.
   */
  subscribe(listener: (search: string) => void, seen: string): () => void;
}

/** Provided by the app's router in the browser; absent under React Router's own routers (prerendering, tests). */
export const SearchSourceContext = createContext<SearchSource | null>(null);

/**
 * The URL's query string, and `latest()`, which gives the newest one (for changes built on the URL as it is, even
 * before this component has rendered the last one). From the router's {@link SearchSource} when there is one, else
 * from React Router's location (the prerenderer's and the tests' routers).
 */
export function useUrlSearch(): { search: string; latest: () => string } {
  const source = useContext(SearchSourceContext);
  const routed = useLocation().search;
  const [subscribed, setSubscribed] = useState(() => source?.current() ?? '');
  // Not `useSyncExternalStore`: it renders every change synchronously, and switching the text mode, a long render,
  // is a transition that leaves the page responsive.
  useLayoutEffect(() => source?.subscribe(setSubscribed, subscribed), [source, subscribed]);
  const search = source ? subscribed : routed;
  const rendered = useRef(search);
  useLayoutEffect(() => {
    rendered.current = search;
  }, [search]);
  const latest = useCallback(() => source?.current() ?? rendered.current, [source]);
  return { search, latest };
}
