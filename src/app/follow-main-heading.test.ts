// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { followMainHeading } from './follow-main-heading';

/** A `main` with `html`, followed: what `show` was told, and a way to wait for the observers' turn. */
function follow(html: string) {
  const main = document.createElement('main');
  main.innerHTML = html;
  document.body.append(main);
  const shown: (string | undefined)[] = [];
  const stop = followMainHeading(main, (heading) => shown.push(heading));
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { main, shown, stop, settled };
}

afterEach(() => {
  document.body.innerHTML = '';
});

const PAGE = '<article><header><h1>Hafen</h1></header><section id="text"><p>Text</p></section></article>';

describe('followMainHeading', () => {
  it('shows the heading at once, and undefined while there is none', () => {
    expect(follow(PAGE).shown).toEqual(['Hafen']);
    expect(follow('<p role="status">Loading</p>').shown).toEqual([undefined]);
  });

  it('follows the heading’s own text as it changes', async () => {
    const { main, shown, settled } = follow(PAGE);
    const heading = main.querySelector('h1')!;
    heading.firstChild!.nodeValue = 'Suche: Hafen';
    await settled();
    heading.textContent = 'Suche: Rat';
    await settled();
    expect(shown).toEqual(['Hafen', 'Suche: Hafen', 'Suche: Rat']);
  });

  it('finds the heading of the next page, and one that arrives after a loading state', async () => {
    const { main, shown, settled } = follow(PAGE);
    main.innerHTML = '<p role="status">Loading</p>';
    await settled();
    main.innerHTML = '<section><div><h1>Bibliothek</h1></div></section>';
    await settled();
    main
      .querySelector('div')!
      .replaceChildren(Object.assign(document.createElement('h1'), { textContent: 'Rat' }));
    await settled();
    expect(shown).toEqual(['Hafen', undefined, 'Bibliothek', 'Rat']);
  });

  it('leaves the rest of the page alone: a panel opened or text marked tells nothing', async () => {
    const { main, shown, settled } = follow(PAGE);
    main
      .querySelector('article')!
      .append(Object.assign(document.createElement('aside'), { textContent: 'Zitat' }));
    main.querySelector('p')!.innerHTML = '<mark>Text</mark>';
    await settled();
    main.querySelector('aside')!.remove();
    await settled();
    expect(shown).toEqual(['Hafen']);
  });

  it('stops when asked', async () => {
    const { main, shown, stop, settled } = follow(PAGE);
    stop();
    main.querySelector('h1')!.textContent = 'Anders';
    main.innerHTML = '<h1>Neu</h1>';
    await settled();
    expect(shown).toEqual(['Hafen']);
  });
});
