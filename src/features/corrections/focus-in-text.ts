/**
 * Where the focus goes when a correction removes what had it. A deleted quote takes its panel, and the button that
 * deleted it, with it: the focus would fall to the page's body, and the keyboard would start again from the top.
 * It goes to the link next to the quote in the text instead (the reader's DOM contract: every quote and date has a
 * link `a[data-anchor="<id>"]`), where the person was reading.
 */
import { quoteAnchor } from '../../ui/quote-dom';

/** The anchor id of the link in the text after quote `id`'s last link, else before its first; none if it has none. */
export function neighbourInText(id: string): string | undefined {
  const links = [...document.querySelectorAll<HTMLElement>('a[data-anchor]')];
  const first = links.findIndex((link) => link.dataset.anchor === id);
  if (first < 0) return undefined;
  const last = links.findLastIndex((link) => link.dataset.anchor === id);
  const other = (link: HTMLElement) => link.dataset.anchor !== id;
  return (links.slice(last + 1).find(other) ?? links.slice(0, first).findLast(other))?.dataset.anchor;
}

/** How long the text may take to show a deletion (it is saved first), in milliseconds. */
const DELETION_WAIT_MS = 5000;

/**
 * Once quote `deleted` is gone from the text (the change is saved, then rendered), focuses the link with anchor id
 * `neighbour`, or the main content when there is none, if the focus fell to the body meanwhile.
 */
export function focusInTextAfterDeletion(deleted: string, neighbour: string | undefined): void {
  const until = performance.now() + DELETION_WAIT_MS;
  const attempt = () => {
    if (quoteAnchor(deleted) && performance.now() < until) {
      requestAnimationFrame(attempt);
      return;
    }
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    ((neighbour === undefined ? null : quoteAnchor(neighbour)) ?? document.getElementById('main'))?.focus();
  };
  requestAnimationFrame(attempt);
}
