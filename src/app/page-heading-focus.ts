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

/**
 * Moves the focus to the main heading of the page at `pathname` when `pathname` changes (see the module
 * comment). `main` is the element the pages render in. The work is in `focus-new-page.ts`, loaded at the first
 * navigation: the first screen, which never needs it, does not carry it.
 */
export function usePageHeadingFocus(pathname: string, main: () => HTMLElement | null): void {
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const container = main();
    if (!container) return;
    const atNavigation = document.activeElement;
    let stop: (() => void) | undefined;
    let left = false;
    void import('./focus-new-page').then(({ focusNewPage }) => {
      if (!left) stop = focusNewPage(container, atNavigation);
    });
    return () => {
      left = true;
      stop?.();
    };
  }, [pathname, main]);
}
