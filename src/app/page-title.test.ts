import { describe, expect, it } from 'vitest';
import { firstHeadingInMarkup, pageTitle } from './page-title';

const pattern = ({ page, app }: { page: string; app: string }) => `${page} – ${app}`;

describe('pageTitle', () => {
  it.each([
    ['a heading', 'Suche: Hafen', 'Suche: Hafen – Stimmen'],
    ['white space collapsed', '  Hafen:\n  Rat stimmt ab ', 'Hafen: Rat stimmt ab – Stimmen'],
    ['no heading yet', undefined, 'Stimmen'],
    ['an empty heading', ' ', 'Stimmen'],
  ])('%s', (_, heading, title) => {
    expect(pageTitle(heading, 'Stimmen', pattern)).toBe(title);
  });
});

describe('firstHeadingInMarkup', () => {
  it.each([
    [
      'the first h1, its attributes skipped',
      '<p>x</p><h1 id="t" tabindex="-1">Hafen</h1><h1>B</h1>',
      'Hafen',
    ],
    [
      'inner markup dropped, entities kept',
      '<h1>Ruttes <span>&quot;Nein&quot;</span> &amp; mehr</h1>',
      'Ruttes &quot;Nein&quot; &amp; mehr',
    ],
    ['not an h2 or header', '<header>x</header><h2>y</h2>', undefined],
  ])('%s', (_, html, heading) => {
    expect(firstHeadingInMarkup(html)).toBe(heading);
  });
});
