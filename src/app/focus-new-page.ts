/**
 * The work of {@link usePageHeadingFocus} (`page-heading-focus.ts`) after a navigation: waits for the new page's
 * `h1` and focuses it when the focus is free. Loaded at the first navigation, not with the first screen.
 */
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
 * Focuses the main heading in `container` once it is shown, if the focus is still free (see
 * `page-heading-focus.ts`); `atNavigation` is where the focus was when the navigation happened. Returns a function
 * that stops waiting.
 */
export function focusNewPage(container: HTMLElement, atNavigation: Element | null): () => void {
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
