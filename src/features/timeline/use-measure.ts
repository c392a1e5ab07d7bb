import { useLayoutEffect, useState, type RefObject } from 'react';

/** What a drawing sized in script needs of its frame: its content width and its font size, in CSS pixels. */
export interface Measure {
  width: number;
  fontSize: number;
}

/**
 * The content width and computed font size of an element, kept up to date as it resizes (a change of the reader's
 * text size moves its `rem` padding, and so its width, too); `fallback` before the first measure (a constant: a new
 * object each render would measure again each render).
 */
export function useMeasure(ref: RefObject<HTMLElement | null>, fallback: Measure): Measure {
  const [measure, setMeasure] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () => {
      const width = element.clientWidth;
      const fontSize = parseFloat(getComputedStyle(element).fontSize) || fallback.fontSize;
      if (width > 0)
        setMeasure((last) =>
          last.width === width && last.fontSize === fontSize ? last : { width, fontSize },
        );
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return measure;
}
