import { describe, expect, it } from 'vitest';
import type { ArchiveQuote } from './archive-quote';
import { firstScreenWithImports } from './first-screen-imports';
import { speakerFirstScreen, speakerPage, type ImportedQuotes } from './speaker-page';

/** A quote by Eva Lind in article `articleId`, said on `date`, as `role`. */
function quote(
  origin: ArchiveQuote['origin'],
  articleId: string,
  date: string,
  role = 'Mayor',
): ArchiveQuote {
  return {
    origin,
    articleId,
    articleTitle: { en: articleId },
    originalLanguage: 'en',
    published: date,
    quoteId: 'q1',
    kind: 'direct',
    text: { en: `Said in ${articleId}.` },
    date,
    speaker: { key: 'eva-lind', name: 'Eva Lind', kind: 'person', role: { en: role }, slot: 0 },
  };
}

/** Her prerendered first screen: the first `shown` of `shipped`. */
function firstScreen(shipped: ArchiveQuote[], shown: number) {
  const page = speakerPage('eva-lind', shipped, { quotes: [], articleIds: new Set() });
  if (!page) throw new Error('no page');
  return speakerFirstScreen(page, shown);
}

const imports = (...quotes: ArchiveQuote[]): ImportedQuotes => ({
  quotes,
  articleIds: new Set(quotes.map((q) => q.articleId)),
});
const ids = (quotes: readonly ArchiveQuote[]) => quotes.map((q) => `${q.origin}/${q.articleId}`);

/** Five shipped quotes, one a year from 2019, as mayor. */
const SHIPPED = [2019, 2020, 2021, 2022, 2023].map((year) => quote('shipped', `s${year}`, `${year}-03-01`));

describe('firstScreenWithImports', () => {
  it('is the page her file would give where the first screen holds every shipped quote', () => {
    const mine = quote('imported', 'i1', '2020-06-01');
    const merged = firstScreenWithImports(firstScreen(SHIPPED, 30), imports(mine));
    const whole = speakerPage('eva-lind', SHIPPED, imports(mine));
    expect(merged?.missing).toBe(0);
    expect(merged?.quotes).toEqual(whole?.quotes);
    expect(merged?.screen.quoteCount).toBe(6);
    expect(merged?.screen.articleCount).toBe(6);
    expect(ids(merged?.quotes ?? [])).toEqual([
      'shipped/s2019',
      'shipped/s2020',
      'imported/i1',
      'shipped/s2021',
      'shipped/s2022',
      'shipped/s2023',
    ]);
  });

  it('keeps the first screen and adds the imports, counting the shipped quotes it lacks', () => {
    const mine = [quote('imported', 'i1', '2020-06-01'), quote('imported', 'i2', '2025-01-01', 'Minister')];
    const merged = firstScreenWithImports(firstScreen(SHIPPED, 3), imports(...mine));
    expect(merged?.missing).toBe(2);
    expect(ids(merged?.quotes ?? [])).toEqual([
      'shipped/s2019',
      'shipped/s2020',
      'imported/i1',
      'shipped/s2021',
      'imported/i2',
    ]);
    expect(ids(merged?.screen.quotes ?? [])).toEqual(['shipped/s2019', 'shipped/s2020', 'imported/i1']);
    expect(merged?.screen).toMatchObject({ quoteCount: 7, articleCount: 7 });
    // Every year of the shipped quotes (also those past the first screen), with the imports'.
    expect(merged?.screen.years).toEqual([
      { year: 2019, count: 1 },
      { year: 2020, count: 2 },
      { year: 2021, count: 1 },
      { year: 2022, count: 1 },
      { year: 2023, count: 1 },
      { year: 2024, count: 0 },
      { year: 2025, count: 1 },
    ]);
    expect(merged?.screen.roles).toEqual([
      { role: { en: 'Mayor' }, from: '2019-03-01', to: '2023-03-01', quotes: 6 },
      { role: { en: 'Minister' }, from: '2025-01-01', to: '2025-01-01', quotes: 1 },
    ]);
  });

  it('counts a shipped article imported too once, as its imported copy', () => {
    const copy = quote('imported', 's2020', '2020-03-01');
    const merged = firstScreenWithImports(firstScreen(SHIPPED, 3), imports(copy));
    expect(ids(merged?.quotes ?? [])).toEqual(['shipped/s2019', 'imported/s2020', 'shipped/s2021']);
    expect(merged?.screen).toMatchObject({ quoteCount: 5, articleCount: 5 });
    expect(merged?.screen.years.find((y) => y.year === 2020)?.count).toBe(1);
  });

  it('is nothing where the imported copies took every quote away from her', () => {
    const other = { ...quote('imported', 's2019', '2019-03-01'), speaker: undefined };
    expect(firstScreenWithImports(firstScreen(SHIPPED.slice(0, 1), 30), imports(other))).toBeUndefined();
  });
});
