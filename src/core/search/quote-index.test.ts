import { describe, expect, it } from 'vitest';
import type { Article } from '../article/schema';
import { archiveQuotes } from '../archive/archive-quote';
import { articleSaying } from '../../testing/data-generators';
import {
  addQuotes,
  createQuoteIndex,
  loadQuoteIndex,
  matchedLanguage,
  quoteIndexFile,
  searchQuotes,
  type QuoteIndex,
} from './quote-index';
import { SHOWN_QUOTE_LENGTH } from './quote-text';

function indexOf(...articles: Article[]): QuoteIndex {
  const index = createQuoteIndex();
  for (const article of articles) addQuotes(index, archiveQuotes(article, 'shipped'));
  return index;
}

const found = (index: QuoteIndex, query: string) =>
  searchQuotes([index], query).map((hit) => `${hit.quote.articleId}/${hit.quote.quoteId}`);

describe('searchQuotes', () => {
  const index = indexOf(
    articleSaying('nato', 'Jörg Müller', 'Die Stärke des Bündnisses wächst.', 'The alliance grows stronger.'),
    articleSaying('hafen', 'Eva Lind', 'Der Hafen braucht neue Kräne.', 'The harbour needs new cranes.'),
  );

  // Each query must find the first quote of one article and nothing from the other.
  it.each([
    ['an inflected form', 'Bündnis', 'nato'],
    ['the word without its umlaut', 'Bundnis', 'nato'],
    ['the umlaut spelt out', 'Buendnis', 'nato'],
    ['a translation', 'harbour cranes', 'hafen'],
    ['a speaker by name', 'Müller Bündnis', 'nato'],
    ['a speaker spelt without umlaut', 'Mueller', 'nato'],
    ['the start of the last word, while typing', 'Hafen Krä', 'hafen'],
  ])('finds %s', (_what, query, article) => {
    const hits = found(index, query);
    expect(hits).toContain(`${article}/q1`);
    expect(hits.every((hit) => hit.startsWith(`${article}/`))).toBe(true);
  });

  it('matches the beginning of a word', () => {
    expect(found(index, 'Haf')).toContain('hafen/q1');
    expect(found(index, 'Bündnisverträge')).toEqual([]);
  });

  it('needs every word to match', () => {
    expect(found(index, 'Bündnis Hafen')).toEqual([]);
  });

  it('finds nothing for an empty query or punctuation', () => {
    expect(found(index, '')).toEqual([]);
    expect(found(index, ' „“ ')).toEqual([]);
  });

  it('searches several indexes at once, best first', () => {
    const imported = indexOf(articleSaying('mine', 'Ada Roth', 'Das Bündnis hält.', 'The alliance holds.'));
    const hits = searchQuotes([index, imported], 'Bündnis');
    expect(hits.map((h) => h.quote.articleId).sort()).toEqual(['mine', 'nato']);
    expect(hits[0]?.score).toBeGreaterThanOrEqual(hits[1]?.score ?? 0);
  });
});

describe('the index file', () => {
  it('loads to an index that finds the same quotes, with the articles restored', () => {
    const built = indexOf(
      articleSaying('nato', 'Jörg Müller', 'Die Stärke des Bündnisses wächst.', 'The alliance grows.'),
    );
    const file = JSON.parse(JSON.stringify(quoteIndexFile(built))) as ReturnType<typeof quoteIndexFile>;
    expect(file.articles).toHaveLength(1);
    const loaded = loadQuoteIndex(file);
    expect(found(loaded, 'Bündnis')).toEqual(found(built, 'Bündnis'));
    expect(loaded.quotes[0]).toEqual(built.quotes[0]);
  });

  it('keeps the words shown short, but indexes all of them', () => {
    const long = `${'Wort '.repeat(100)}Schlusswort`;
    const index = indexOf(articleSaying('long', 'A B', long, 'x'));
    expect(index.quotes[0]?.text.de?.length).toBe(SHOWN_QUOTE_LENGTH);
    expect(found(index, 'Schlusswort')).toEqual(['long/q1']);
  });

  it('refuses a file of another version, naming it', () => {
    const file = { ...quoteIndexFile(createQuoteIndex()), version: 9 } as unknown as ReturnType<
      typeof quoteIndexFile
    >;
    expect(() => loadQuoteIndex(file)).toThrow('search index: version 9, expected 2');
  });
});

describe('matchedLanguage', () => {
  const text = { de: 'Die Stärke des Bündnisses wächst.', en: 'The alliance grows stronger.' };
  it.each([
    ['a German word, in an English interface', 'Bündnis', ['en', 'de'], 'de'],
    ['an English word', 'alliance', ['de'], 'en'],
    ['the start of a word being typed', 'stron', ['de'], 'en'],
    ['no match: the preferred language', 'Hafen', ['en', 'de'], 'en'],
  ])('%s', (_what, query, preferred, expected) => {
    expect(matchedLanguage(text, query, preferred)).toBe(expected);
  });
  it("a quote in one language is shown in it, whatever the query and the reader's language", () => {
    expect(matchedLanguage({ de: 'Der Hafen wächst.' }, 'alliance', ['en'])).toBe('de');
    expect(matchedLanguage({}, 'Hafen', ['en'])).toBeUndefined();
  });
});
