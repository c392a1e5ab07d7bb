import { useLayoutEffect, useRef, type RefObject } from 'react';

interface Place {
  paragraph: string;
  offset: number;
}

/** The first paragraph row whose bottom is below the top of the viewport, and how far its top is from it. */
function topmostParagraph(root: HTMLElement): Place | undefined {
  for (const row of root.querySelectorAll<HTMLElement>('[data-row]')) {
    const box = row.getBoundingClientRect();
    if (box.bottom > 0) return { paragraph: row.dataset.row ?? '', offset: box.top };
  }
  return undefined;
}

/**
 * Keeps the reader's place when the layout of the text changes (text mode, translation, text size): the paragraph
 * at the top of the viewport before the change is put back at the same height after it.
 */
export function useKeepPlace(container: RefObject<HTMLElement | null>, layoutKey: string) {
  const place = useRef<Place | undefined>(undefined);
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
    const before = place.current;
    if (!root || !before || window.scrollY === 0) return;
    const row = root.querySelector<HTMLElement>(`[data-row="${before.paragraph}"]`);
    if (!row) return;
    window.scrollBy({ top: row.getBoundingClientRect().top - before.offset, behavior: 'instant' });
    place.current = topmostParagraph(root);
  }, [container, layoutKey]);
}
