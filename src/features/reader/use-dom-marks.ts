import { useLayoutEffect, type RefObject } from 'react';

/**
 * Adds `className` to every element under `container` that matches `selector`, and removes it when the selector
 * changes. Selection, counterparts and the speaker filter are drawn this way so that selecting a quote touches a
 * handful of elements instead of re-rendering thousands of highlights. A layout effect, so that the marks are
 * painted in the same frame as the render that changed them (a passive effect would run after that paint).
 *
 * `within`, if given, is the space-separated ids of the elements (paragraphs) that hold every match: only those
 * are searched. Searching the whole of a long text for one quote's highlights took ~2 ms of every click.
 */
export function useDomMarks(
  container: RefObject<HTMLElement | null>,
  selector: string | undefined,
  className: string,
  revision: unknown,
  within?: string,
) {
  useLayoutEffect(() => {
    const root = container.current;
    if (!root || !selector) return;
    const scopes: Element[] = [];
    if (within === undefined) scopes.push(root);
    else
      for (const id of within.split(' ')) {
        const scope = document.getElementById(id);
        if (scope && root.contains(scope)) scopes.push(scope);
      }
    const marked = scopes.flatMap((scope) => [...scope.querySelectorAll(selector)]);
    marked.forEach((element) => element.classList.add(className));
    return () => marked.forEach((element) => element.classList.remove(className));
  }, [container, selector, className, revision, within]);
}
