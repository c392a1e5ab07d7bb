import { describe, expect, it } from 'vitest';
import type { Article } from '../article/schema';
import { generateArticle } from '../../testing/data-generators';
import { archiveQuotes, compareByDate, quoteHref, type ArchiveQuote } from './archive-quote';
import {
  readSpeakerFile,
  rolesOverTime,
  speakerFiles,
  speakerFirstScreen,
  speakerPage,
  statementsPerYear,
  type ImportedQuotes,
} from './speaker-page';

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

  it('leaves out a translation whose span of the quote is out of date (the quote changed in the original since)', () => {
    const article = articleBy('a', '2024-05-02', 'Eva Lind', 'R');
    const [quote] = article.quotes;
    const outdated = (quote?.spans['en'] ?? []).map((span) => ({ ...span, outdated: true as const }));
    const changed = {
      ...article,
      quotes: quote ? [{ ...quote, spans: { ...quote.spans, en: outdated } }] : [],
    };
    expect(Object.keys(archiveQuotes(changed, 'imported')[0]?.text ?? {})).toEqual(['de']);
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
  const imported: ImportedQuotes = {
    quotes: archiveQuotes(articleBy('mine', '2022-07-01', 'Eva  LIND', 'Staatssekretärin'), 'imported'),
    articleIds: new Set(['mine']),
  };
  /** The shipped quotes of `key` as the page reads them: through their file, as JSON. */
  const shippedOf = (quotes: ArchiveQuote[], key: string) => {
    const file = speakerFiles(quotes).get(key);
    return file ? readSpeakerFile(JSON.parse(JSON.stringify(file)), `${key}.json`) : [];
  };

  it('joins one person across articles by key, shipped and imported, in date order', () => {
    const page = speakerPage('eva-lind', shippedOf(shipped, 'eva-lind'), imported);
    expect(page?.quotes.map((q) => q.articleId)).toEqual([
      ...Array<string>(4).fill('one'),
      ...Array<string>(4).fill('mine'),
      ...Array<string>(4).fill('two'),
    ]);
    expect(page?.name).toBe('Eva Lind');
  });

  it('lists the roles over time, a new period where the role changes', () => {
    const page = speakerPage('eva-lind', shippedOf(shipped, 'eva-lind'), imported);
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

  it('makes the first screen: every count and period of the whole page, its first quotes only', () => {
    const page = speakerPage('eva-lind', shippedOf(shipped, 'eva-lind'), imported);
    if (!page) throw new Error('no page');
    const screen = speakerFirstScreen(page, 5);
    expect(screen).toMatchObject({ name: 'Eva Lind', quoteCount: 12, articleCount: 3 });
    expect(keysOf(screen.quotes)).toEqual(keysOf(page.quotes.slice(0, 5)));
    expect(screen.roles).toEqual(page.roles);
    expect(screen.years).toEqual(page.years);
    // As it travels in a prerendered page.
    expect(JSON.parse(JSON.stringify(screen))).toEqual(screen);
  });

  it('names the speaker per interface language as their latest article does, also read back from their file', () => {
    const named = (article: Article): Article => ({
      ...article,
      speakers: article.speakers.map((s) =>
        s.id === 's1' ? { ...s, localizedName: { de: 'Moskau', en: 'Moscow' } } : s,
      ),
    });
    const quotes = [
      ...archiveQuotes(articleBy('old', '2021-03-01', 'Moscow', 'Regierung'), 'shipped'),
      ...archiveQuotes(named(articleBy('new', '2024-03-01', 'Moscow', 'Regierung')), 'shipped'),
    ];
    const page = speakerPage('moscow', shippedOf(quotes, 'moscow'), { quotes: [], articleIds: new Set() });
    expect(page).toMatchObject({ name: 'Moscow', localizedName: { de: 'Moskau', en: 'Moscow' } });
  });

  it('has no page for a key no article quotes', () => {
    expect(speakerPage('nobody', [], imported)).toBeUndefined();
    expect(rolesOverTime([])).toEqual([]);
  });

  it('shows an article both shipped and imported once, as its imported (perhaps corrected) copy', () => {
    const corrected = articleBy('two', '2023-03-01', 'Eva Lind', 'Ministerin');
    const page = speakerPage('eva-lind', shippedOf(shipped, 'eva-lind'), {
      // The imported copy of "two" gives Eva Lind one quote fewer.
      quotes: archiveQuotes({ ...corrected, quotes: corrected.quotes.slice(1) }, 'imported'),
      articleIds: new Set(['two']),
    });
    const fromTwo = page?.quotes.filter((q) => q.articleId === 'two') ?? [];
    expect(fromTwo).toHaveLength(3);
    expect(fromTwo.every((q) => q.origin === 'imported')).toBe(true);
    expect(page?.quotes).toHaveLength(7);
  });

  it('drops the shipped quotes of an imported article that no longer quotes the speaker', () => {
    const page = speakerPage('eva-lind', shippedOf(shipped, 'eva-lind'), {
      quotes: [],
      articleIds: new Set(['one']),
    });
    expect(page?.quotes.map((q) => q.articleId)).toEqual(Array<string>(4).fill('two'));
  });

  it('reads a file back as it was written, articles kept once, and refuses another version', () => {
    const file = speakerFiles(shipped).get('eva-lind');
    expect(file?.articles).toHaveLength(2);
    expect(readSpeakerFile(JSON.parse(JSON.stringify(file)), 'x.json')).toEqual(
      [...shipped].sort(compareByDate),
    );
    expect(() => readSpeakerFile({ version: 1, quotes: [] }, 'archive/speakers/x.json')).toThrow(
      'archive/speakers/x.json: version 1, expected 2',
    );
  });

  it('writes one file per speaker, organisations included', () => {
    const article = generateArticle({ id: 'orgs', speakers: 5, quotes: 30 });
    const files = speakerFiles(archiveQuotes(article, 'shipped'));
    const quoted = new Set(article.quotes.map((q) => q.speaker));
    expect(files.size).toBe(quoted.size);
    expect([...files.values()].some((f) => f.kind === 'collective')).toBe(true);
    const quotes = [...files.values()].flatMap((f) => readSpeakerFile(f, `${f.key}.json`));
    expect(keysOf(quotes).length).toBe(article.quotes.length);
  });
});
