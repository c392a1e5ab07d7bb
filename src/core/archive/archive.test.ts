import { describe, expect, it } from 'vitest';
import type { Article } from '../article/schema';
import { generateArticle } from '../../testing/data-generators';
import { archiveQuotes, compareByDate, quoteHref, type ArchiveQuote } from './archive-quote';
import { rolesOverTime, speakerFiles, speakerPage, statementsPerYear } from './speaker-page';

/** An article whose speaker s1 is `name` with `role`, and every quote of it said on `said` (or undated). */
function articleBy(id: string, published: string, name: string, role: string, said?: string): Article {
  const article = generateArticle({ id, seed: id.length, speakers: 2, quotes: 4 });
  return {
    ...article,
    published,
    speakers: article.speakers.map((s) => (s.id === 's1' ? { ...s, name, role: { de: role, en: role } } : s)),
    quotes: article.quotes.map((q) => ({
      ...q,
      speaker: 's1',
      said: said ? { date: said } : undefined,
    })),
  };
}

const keysOf = (quotes: readonly ArchiveQuote[]) => quotes.map((q) => `${q.articleId}/${q.quoteId}`);

describe('archiveQuotes', () => {
  it('gives each quote its words in every language, its speaker by key, and its date', () => {
    const [first] = archiveQuotes(
      articleBy('a', '2024-05-02T10:00:00Z', 'Eva Lind', 'Ministerin'),
      'shipped',
    );
    expect(first).toMatchObject({
      articleId: 'a',
      origin: 'shipped',
      published: '2024-05-02',
      date: '2024-05-02',
      speaker: { key: 'eva-lind', name: 'Eva Lind', slot: 0 },
    });
    expect(Object.keys(first?.text ?? {})).toEqual(['de', 'en']);
  });

  it('dates a quote by when it was said when the article says so', () => {
    const [first] = archiveQuotes(articleBy('a', '2024-05-02', 'Eva Lind', 'R', '2023-11'), 'imported');
    expect(first).toMatchObject({ said: '2023-11', date: '2023-11', origin: 'imported' });
  });

  it('links to the quote in place, in the shipped or the imported reader', () => {
    expect(quoteHref({ origin: 'shipped', articleId: 'a-b', quoteId: 'q3' })).toBe('/articles/a-b?quote=q3');
    expect(quoteHref({ origin: 'imported', articleId: 'x', quoteId: 'q1' })).toBe('/imported/x?quote=q1');
  });
});

describe('compareByDate', () => {
  it('orders by the first instant of the date, then publication, article and quote', () => {
    const quotes = [
      ...archiveQuotes(articleBy('late', '2025-01-01', 'A B', 'R'), 'shipped'),
      ...archiveQuotes(articleBy('year', '2025-06-01', 'A B', 'R', '2022'), 'shipped'),
      ...archiveQuotes(articleBy('day', '2025-06-01', 'A B', 'R', '2022-03-05'), 'shipped'),
    ].sort(compareByDate);
    expect(quotes.map((q) => q.articleId)).toEqual([
      ...Array<string>(4).fill('year'),
      ...Array<string>(4).fill('day'),
      ...Array<string>(4).fill('late'),
    ]);
  });
});

describe('speaker pages', () => {
  const shipped = [
    ...archiveQuotes(articleBy('one', '2021-03-01', 'Eva Lind', 'Staatssekretärin'), 'shipped'),
    ...archiveQuotes(articleBy('two', '2023-03-01', 'Eva Lind', 'Ministerin'), 'shipped'),
  ];
  const imported = archiveQuotes(
    articleBy('mine', '2022-07-01', 'Eva  LIND', 'Staatssekretärin'),
    'imported',
  );

  it('joins one person across articles by key, shipped and imported, in date order', () => {
    const file = speakerFiles(shipped).get('eva-lind');
    const page = speakerPage('eva-lind', file, imported);
    expect(page?.quotes.map((q) => q.articleId)).toEqual([
      ...Array<string>(4).fill('one'),
      ...Array<string>(4).fill('mine'),
      ...Array<string>(4).fill('two'),
    ]);
    expect(page?.name).toBe('Eva Lind');
  });

  it('lists the roles over time, a new period where the role changes', () => {
    const page = speakerPage('eva-lind', speakerFiles(shipped).get('eva-lind'), imported);
    expect(page?.roles.map((r) => [r.role.de, r.from, r.to, r.quotes])).toEqual([
      ['Staatssekretärin', '2021-03-01', '2022-07-01', 8],
      ['Ministerin', '2023-03-01', '2023-03-01', 4],
    ]);
  });

  it('counts statements per year, with the empty years between', () => {
    expect(statementsPerYear(shipped)).toEqual([
      { year: 2021, count: 4 },
      { year: 2022, count: 0 },
      { year: 2023, count: 4 },
    ]);
  });

  it('has no page for a key no article quotes', () => {
    expect(speakerPage('nobody', undefined, imported)).toBeUndefined();
    expect(rolesOverTime([])).toEqual([]);
  });

  it('writes one file per speaker, organisations included', () => {
    const article = generateArticle({ id: 'orgs', speakers: 5, quotes: 30 });
    const files = speakerFiles(archiveQuotes(article, 'shipped'));
    const quoted = new Set(article.quotes.map((q) => q.speaker));
    expect(files.size).toBe(quoted.size);
    expect([...files.values()].some((f) => f.kind === 'collective')).toBe(true);
    expect(keysOf([...files.values()].flatMap((f) => f.quotes)).length).toBe(article.quotes.length);
  });
});
