/**
 * The focus on a navigation to another page. Without this, following a link that the new page replaces leaves the
 * focus on the document's body: a screen reader says nothing and the keyboard starts again from the top. So after
 * a navigation to another page (a link, a form, back or forward; not the first load, and not a change of the query
 * string alone, whose controls keep their own focus: a quote selected, the text mode switched), the new page's main
 * heading, its `h1` (`tabIndex={-1}`), takes the focus once it is shown, so that it is announced and Tab goes on
 * from there.
 *
 * The focus is left where it is when the person or the page put it somewhere meanwhile, or when it is in a field
 * the person is typing in (the header's search field, whose keys open the search page).
 */
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { isTypingTarget } from '../ui/keyboard';

/** How long a page may take to show its heading (it may load its article first), in ms. */
const HEADING_WAIT_MS = 10_000;

/**
 * Reader state by which an address points at a place in the page (`core/reader/url-state.ts`), which the page
 * scrolls to by itself: the heading then takes the focus without scrolling back up.
 */
const PLACE_PARAMETERS = ['quote', 'event'];

/** Whether the focus, now on `active`, may be moved: it fell to the body, or stayed where the navigation began. */
function focusIsFree(active: Element | null, atNavigation: Element | null, main: HTMLElement): boolean {
  if (!active || active === document.body) return true;
  return active === atNavigation && !main.contains(active) && !isTypingTarget(active);
}

function focusHeading(heading: HTMLElement): void {
  const search = new URLSearchParams(window.location.search);
  const pointsIntoPage = window.location.hash !== '' || PLACE_PARAMETERS.some((name) => search.has(name));
  heading.focus({ preventScroll: pointsIntoPage });
}

/**
 * Focuses the main heading in `container` once it is shown, if the focus is still free; `atNavigation` is where
 * the focus was when the navigation happened. Returns a function that stops waiting.
 */
function focusNewPage(container: HTMLElement, atNavigation: Element | null): () => void {
  const tryFocus = (): boolean => {
    const heading = container.querySelector<HTMLElement>('h1');
    if (!heading) return false;
    if (focusIsFree(document.activeElement, atNavigation, container)) focusHeading(heading);
    return true;
  };
  if (tryFocus()) return () => undefined;
  // The page shows its loading state first (an imported article is read from the browser's database).
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), HEADING_WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(container, { childList: true, subtree: true });
  return stop;
}

/**
 * Moves the focus to the main heading of the page when the path changes (see the module comment); renders
 * nothing. The shell loads it after the first paint (`ShellAfterPaint.tsx`), which never needs it: a navigation
 * comes later.
 */
export function PageHeadingFocus() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const container = document.getElementById('main');
    return container ? focusNewPage(container, document.activeElement) : undefined;
  }, [pathname]);
  return null;
}
