/**
 * Following the page's main heading without watching the whole page: see {@link followMainHeading}. For the
 * document's title (`./PageTitle.tsx`).
 */

/**
 * Calls `show` with the text of the main heading (the first `<h1>` in `main`; undefined while there is none) now
 * and whenever it may have changed, until the returned function is called.
 *
 * A page has one main heading, so two things change its text: the heading's own text (a new search, another
 * speaker, the interface language), and the heading being taken out (another page, its data arriving, an error),
 * which removes it, or an element above it, from the children of an element between it and `main`. Those are what
 * is watched, not the whole page, which a quote selected or a panel opened changes: such a change costs at most a
 * look at the nodes it removed. All of `main` is watched only while it has no heading, for one to appear.
 */
export function followMainHeading(
  main: HTMLElement,
  show: (heading: string | undefined) => void,
): () => void {
  let heading: Element | null = null;
  const text = new MutationObserver(() => show(heading?.textContent ?? undefined));
  // Taken out, or moved (then the elements above it are others): a removed node holds it.
  const place = new MutationObserver((records) => {
    const taken = (node: Node) => heading !== null && node.contains(heading);
    if (!heading || records.some((record) => Array.from(record.removedNodes).some(taken))) find();
  });
  const find = () => {
    text.disconnect();
    place.disconnect();
    heading = main.querySelector('h1');
    show(heading?.textContent ?? undefined);
    if (!heading) {
      place.observe(main, { childList: true, subtree: true });
      return;
    }
    text.observe(heading, { childList: true, subtree: true, characterData: true });
    for (let parent = heading.parentElement; parent; parent = parent === main ? null : parent.parentElement)
      place.observe(parent, { childList: true });
  };
  find();
  return () => {
    text.disconnect();
    place.disconnect();
  };
}
