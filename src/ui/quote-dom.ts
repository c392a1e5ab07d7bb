/**
 * Finding a quote in the rendered text through the reader's DOM contract (`data-anchor`, `data-quotes`), for
 * features that point at the text without importing the reader.
 */
import { afterNextPaint } from './after-next-paint';

/** The keyboard anchor (link) of quote `id`: the first one in document order. */
export function quoteAnchor(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`a[data-anchor="${CSS.escape(id)}"]`);
}

/** The first highlighted stretch of quote `id` in document order. */
export function firstQuoteHighlight(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-quotes~="${CSS.escape(id)}"]`);
}

/** Whether the person asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * How far from the viewport, in viewport heights, a target may be for the scroll to it to be smooth. The text's
 * blocks out of view are laid out at an assumed size (`content-visibility`, reader.css): a smooth scroll across many
 * of them aims where the assumed sizes put the target, and the blocks it renders on the way have their real sizes,
 * so it ended a screen or more beside a quote far down a long article. An instant scroll lays out the target first.
 */
const SMOOTH_WITHIN_VIEWPORTS = 2;

/** How to scroll to `element`: instantly when less motion is asked for or it is far, else smoothly. */
export function scrollBehaviourTo(element: Element): ScrollBehavior {
  if (prefersReducedMotion()) return 'instant';
  const box = element.getBoundingClientRect();
  const distance = box.top < 0 ? -box.bottom : box.top - window.innerHeight;
  return distance > SMOOTH_WITHIN_VIEWPORTS * window.innerHeight ? 'instant' : 'smooth';
}

/**
 * Scrolls `element` to the middle of the viewport (smoothly unless reduced motion is asked for), only if it is not
 * already fully visible above `visibleBottom()` (e.g. the top of a bottom sheet; the viewport's bottom if it gives
 * `undefined`), or always when `force` is set.
 *
 * Without `force` the check waits until the change that selected the quote has been painted: measuring at once
 * forces style and layout in the middle of that change, before its paint (and again once it is complete).
 * Returns a function that cancels a check still waiting (e.g. when another quote is selected first).
 */
export function revealInText(
  element: HTMLElement,
  options: { force?: boolean; visibleBottom?: () => number | undefined } = {},
): () => void {
  const reveal = () => element.scrollIntoView({ block: 'center', behavior: scrollBehaviourTo(element) });
  if (options.force) {
    reveal();
    return () => undefined;
  }
  return afterNextPaint(() => {
    const box = element.getBoundingClientRect();
    const bottom = options.visibleBottom?.() ?? window.innerHeight;
    if (box.top < 0 || box.bottom > bottom) reveal();
  });
}
