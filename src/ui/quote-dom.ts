/**
 * Finding a quote in the rendered text through the reader's DOM contract (`data-anchor`, `data-quotes`), for
 * features that point at the text without importing the reader.
 */
import { revealDistance, type VerticalSpan, verticalExtent } from '../core/reader/reveal';
import { afterNextPaint } from './after-next-paint';

/** The keyboard anchor (link) of quote `id`: the first one in document order. */
export function quoteAnchor(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`a[data-anchor="${CSS.escape(id)}"]`);
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

/** The highlights of quote `id` in the text, in document order (side by side: in every column). */
export function quoteHighlights(id: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`[data-quotes~="${CSS.escape(id)}"]`)];
}

/**
 * What to bring into view of quote `id`, most complete first: all its highlights (in "Both" on a phone the original
 * and the translation, one above the other), then those in the paragraph of `prefer` (the highlight that was
 * clicked or had the focus, else the first), then that highlight alone.
 */
function quoteTargets(id: string, prefer: Element | null): VerticalSpan[] {
  const highlights = quoteHighlights(id);
  const first = highlights.find((h) => prefer !== null && h.contains(prefer)) ?? highlights[0];
  if (!first) return [];
  const paragraph = first.closest('p');
  const extent = (elements: HTMLElement[]) => verticalExtent(elements.map((e) => e.getBoundingClientRect()));
  return [
    extent(highlights),
    extent(highlights.filter((h) => paragraph !== null && paragraph.contains(h))),
    extent([first]),
  ].filter((span) => span !== undefined);
}

/**
 * Scrolls quote `id` into the part of the viewport nothing covers, if it is not fully there: below what is stuck
 * to the top (the highlights' `scroll-margin-top`, which the reader sets to clear its sticky bar) and above
 * `visibleBottom()` (the top of a bottom sheet; the viewport's bottom if it gives `undefined`). See
 * `revealDistance` for what is shown when the quote is taller than that. `prefer` is the element the person acted
 * on, whose paragraph is shown first when not all of the quote fits; `undefined` (a quote the page opened with)
 * asks for all of the quote or, when it does not fit, its beginning at the top, from where it is read.
 */
function revealQuoteNow(
  id: string,
  visibleBottom: () => number | undefined,
  prefer: Element | null | undefined,
): void {
  const highlights = quoteHighlights(id);
  const first = highlights[0];
  if (!first) return;
  const band = {
    top: parseFloat(getComputedStyle(first).scrollMarginTop) || 0,
    bottom: visibleBottom() ?? window.innerHeight,
  };
  const whole = verticalExtent(highlights.map((h) => h.getBoundingClientRect()));
  const targets = prefer === undefined ? (whole ? [whole] : []) : quoteTargets(id, prefer);
  const distance = revealDistance(targets, band);
  if (Math.abs(distance) >= 1) window.scrollBy({ top: distance, behavior: scrollBehaviourTo(first) });
}

/**
 * Reveals quote `id` in the text (see `revealQuoteNow`) once the change that selected it has been painted:
 * measuring at once forces style and layout in the middle of that change, before its paint (and again once it is
 * complete). With `force` (a quote shown when the page opens: a shared link, a reload) all of it is shown at
 * once where it fits, else its beginning at the top, and again once the text around it has been laid out (its
 * blocks out of view had an assumed size, `revealWhenSettled`), in every text mode and above a bottom sheet.
 * Returns a function that cancels a reveal still waiting (e.g. when another quote is selected first).
 */
export function revealInText(
  id: string,
  options: { force?: boolean; visibleBottom?: () => number | undefined; prefer?: Element | null } = {},
): () => void {
  const visibleBottom = options.visibleBottom ?? (() => undefined);
  const prefer = options.prefer ?? null;
  if (options.force) {
    revealQuoteNow(id, visibleBottom, undefined);
    return revealWhenSettled(id, visibleBottom, undefined);
  }
  return afterNextPaint(() => revealQuoteNow(id, visibleBottom, prefer));
}

/**
 * Watches whether quote `id` can be seen: some part of one of its highlights between the viewport's top and
 * `visibleBottom()` (the top of a bottom sheet). Measured once after the next paint and then once per frame in
 * which the page scrolled, so that what it says is how things stood before a change of layout that has not been
 * painted yet. `refresh()` finds the highlights again (after the text was rendered anew). `stop()` ends it.
 */
export function watchInView(
  id: string,
  visibleBottom: () => number | undefined,
): { inView: () => boolean; refresh: () => void; stop: () => void } {
  let highlights = quoteHighlights(id);
  let seen = false;
  let frame = 0;
  const measure = () => {
    frame = 0;
    const bottom = visibleBottom() ?? window.innerHeight;
    seen = highlights.some((h) => {
      const box = h.getBoundingClientRect();
      return box.bottom > 0 && box.top < bottom;
    });
  };
  const onScroll = () => {
    frame ||= requestAnimationFrame(measure);
  };
  const cancelFirst = afterNextPaint(measure);
  window.addEventListener('scroll', onScroll, { passive: true });
  return {
    inView: () => seen,
    refresh: () => {
      highlights = quoteHighlights(id);
    },
    stop: () => {
      cancelFirst();
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    },
  };
}

/** Frames a highlight must keep its place to count as settled: the reader corrects its place for three. */
const STILL_FRAMES = 4;
/** About a second at 60 frames a second: a text that is still moving by then is being scrolled by the person. */
const MAX_SETTLE_FRAMES = 60;

/**
 * After a change of the text's layout (text mode, translation) the reader puts the paragraph being read back in
 * place over a few frames (and again when the rest of the text has followed): once the quote's highlights, all of
 * them, have kept their number and place for {@link STILL_FRAMES} frames, quote `id` is revealed if that left it covered. Gives up
 * after {@link MAX_SETTLE_FRAMES}. `prefer` is as for `revealQuoteNow` (by default none: the quote's first
 * paragraph when not all of it fits). Returns a function that cancels it.
 */
export function revealWhenSettled(
  id: string,
  visibleBottom: () => number | undefined,
  prefer: Element | null | undefined = null,
): () => void {
  let frames = 0;
  let still = 0;
  let last: string | undefined;
  let handle = requestAnimationFrame(function watch() {
    // all of the quote's highlights, where they are and how many: in "Both" the translation's rows may be
    // rendered a few frames after the original's, which alone would look settled
    const highlights = quoteHighlights(id);
    const extent = verticalExtent(highlights.map((h) => h.getBoundingClientRect()));
    const place = extent && `${highlights.length}:${extent.top}:${extent.bottom}`;
    still = place !== undefined && place === last ? still + 1 : 0;
    last = place;
    if (still >= STILL_FRAMES || ++frames >= MAX_SETTLE_FRAMES) revealQuoteNow(id, visibleBottom, prefer);
    else handle = requestAnimationFrame(watch);
  });
  return () => cancelAnimationFrame(handle);
}
