/**
 * How far to scroll so that a stretch of the page shows in the part of the viewport left free by what is fixed
 * over it (a sticky bar at the top, a bottom sheet). All values are CSS pixels measured from the viewport's top,
 * as `getBoundingClientRect` gives them; a positive result scrolls the page down (content moves up).
 */

/** A vertical stretch, `top` <= `bottom`, in CSS pixels from the viewport's top. */
export interface VerticalSpan {
  top: number;
  bottom: number;
}

/**
 * Room left between the target and the edges of the free band when the target is brought into it, so that a
 * highlight does not sit flush against the sheet or the bar (a line of text is ~26 px).
 */
export const REVEAL_MARGIN = 8;

/**
 * The scroll distance that brings a target into `band`, or 0 if it is already there. `targets` are what could be
 * shown, most complete first (e.g. every highlight of a quote, then only the paragraph the person acted in): the
 * first that fits in the band (with {@link REVEAL_MARGIN} on both sides) is brought fully into it, centred (where
 * the eye is, as `scrollIntoView({ block: 'center' })` puts it), unless it is fully inside already. When none fits,
 * the last is put with its top near the band's top, so that its beginning can be read; if its top is already in
 * the band's upper half, nothing moves.
 */
export function revealDistance(targets: readonly VerticalSpan[], band: VerticalSpan): number {
  const room = band.bottom - band.top;
  for (const target of targets) {
    if (target.bottom - target.top + 2 * REVEAL_MARGIN > room) continue;
    if (target.top >= band.top && target.bottom <= band.bottom) return 0;
    return (target.top + target.bottom) / 2 - (band.top + band.bottom) / 2;
  }
  const last = targets.at(-1);
  if (!last || (last.top >= band.top && last.top <= band.top + room / 2)) return 0;
  return last.top - band.top - REVEAL_MARGIN;
}

/**
 * The vertical extent of a set of boxes: the smallest stretch from the highest top to the lowest bottom that covers
 * every one of `boxes` (e.g. the client rects of a quote's highlights), in the same CSS pixels; undefined for none.
 */
export function verticalExtent(boxes: readonly VerticalSpan[]): VerticalSpan | undefined {
  if (boxes.length === 0) return undefined;
  return {
    top: Math.min(...boxes.map((b) => b.top)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}
