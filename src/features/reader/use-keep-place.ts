import { useLayoutEffect, useRef, type RefObject } from 'react';

interface Place {
  paragraph: string;
  offset: number;
}

/** The first of `elements` (in document order, so their bottoms only grow) whose bottom is below `line`. */
function firstReaching<T extends Element>(elements: ArrayLike<T>, line: number): number {
  let low = 0;
  let high = elements.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((elements[middle] as T).getBoundingClientRect().bottom > line) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The paragraph being read at the top of the screen, and how far its top is from the viewport's: the first row
 * that reaches below a quarter of the viewport's height (a paragraph of which only the last line still shows is
 * finished; the one after it is the reader's place).
 *
 * It runs on every scroll event, so it looks among the blocks of rows first (a binary search) and then among the
 * rows of that block: measuring a row in a block skipped out of view (`content-visibility`) makes the browser lay
 * that block out, and going through every row from the top made each scroll event cost ~1.7 ms at the end of a
 * 400-paragraph article.
 */
export function topmostParagraph(root: HTMLElement): Place | undefined {
  const readingLine = window.innerHeight * 0.25;
  const blocks = root.querySelectorAll<HTMLElement>('.reader-block');
  const scopes: ArrayLike<HTMLElement> = blocks.length > 0 ? blocks : [root];
  for (let i = blocks.length > 0 ? firstReaching(blocks, readingLine) : 0; i < scopes.length; i++) {
    const rows = (scopes[i] as HTMLElement).querySelectorAll<HTMLElement>('[data-row]');
    const at = firstReaching(rows, readingLine);
    const row = rows[at];
    if (row) return { paragraph: row.dataset.row ?? '', offset: row.getBoundingClientRect().top };
  }
  return undefined;
}

/**
 * Keeps the reader's place when the layout of the text changes (text mode, translation, text size): the paragraph
 * at the top of the viewport before the change is put back at the same height after it. Returns `capture`, to be
 * called when the person starts the change (pointer or key down on a control): focusing the control may scroll
 * the page before the change happens, and the place from before that scroll is the one to keep; and `place`, the
 * id of the paragraph at the place (as captured, else as last seen), for rendering around it first.
 */
export function useKeepPlace(
  container: RefObject<HTMLElement | null>,
  layoutKey: string,
): { capture: () => void; place: () => string | undefined } {
  const place = useRef<Place | undefined>(undefined);
  const captured = useRef<Place | undefined>(undefined);
  const previousKey = useRef(layoutKey);

  // Remember the place continuously, so that it is known before the change re-renders the text.
  useLayoutEffect(() => {
    const remember = () => {
      if (container.current) place.current = topmostParagraph(container.current);
    };
    remember();
    window.addEventListener('scroll', remember, { passive: true });
    return () => window.removeEventListener('scroll', remember);
  }, [container]);

  useLayoutEffect(() => {
    if (previousKey.current === layoutKey) return;
    previousKey.current = layoutKey;
    const root = container.current;
    const before = captured.current ?? place.current;
    captured.current = undefined;
    if (!root || !before || window.scrollY === 0) return;
    const row = root.querySelector<HTMLElement>(`[data-row="${before.paragraph}"]`);
    if (!row) return;
    // Where this correction left the page: a page found scrolled elsewhere in a later frame is being scrolled by
    // someone else (the quote panel bringing the selected quote into view, the person), whom an instant scroll
    // here would stop and undo.
    let left = window.scrollY;
    const correct = () => {
      const delta = row.getBoundingClientRect().top - before.offset;
      if (Math.abs(delta) >= 1) window.scrollBy({ top: delta, behavior: 'instant' });
      left = window.scrollY;
    };
    correct();
    // Rows out of view are laid out at an estimated size (content-visibility) until they come near the
    // viewport; correct again once those near the place have their real size.
    let frames = 0;
    const again = () => {
      if (Math.abs(window.scrollY - left) >= 1) return;
      correct();
      if (++frames < 3) handle = requestAnimationFrame(again);
    };
    let handle = requestAnimationFrame(again);
    return () => cancelAnimationFrame(handle);
  }, [container, layoutKey]);

  return {
    capture: () => {
      const root = container.current;
      if (root) captured.current = topmostParagraph(root);
    },
    place: () => (captured.current ?? place.current)?.paragraph,
  };
}
