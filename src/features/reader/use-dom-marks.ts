import { useLayoutEffect, type RefObject } from 'react';

/**
 * Adds `className` to every element under `container` that matches `selector`, and removes it when the selector
 * changes. Selection, counterparts and the speaker filter are drawn this way so that selecting a quote touches a
 * handful of elements instead of re-rendering thousands of highlights. A layout effect, so that the marks are
 * painted in the same frame as the render that changed them (a passive effect would run after that paint).
 */
export function useDomMarks(
  container: RefObject<HTMLElement | null>,
  selector: string | undefined,
  className: string,
  revision: unknown,
) {
  useLayoutEffect(() => {
    const root = container.current;
    if (!root || !selector) return;
    const marked = root.querySelectorAll(selector);
    marked.forEach((element) => element.classList.add(className));
    return () => marked.forEach((element) => element.classList.remove(className));
  }, [container, selector, className, revision]);
}
