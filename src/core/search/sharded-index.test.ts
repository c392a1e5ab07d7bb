import { describe, expect, it } from 'vitest';
import type { Article } from '../article/schema';
import { archiveQuotes, type ArchiveQuote } from '../archive/archive-quote';
import { articleSaying, generateArticle } from '../../testing/data-generators';
import { END } from './shards';
import {
  addToShardedBuild,
  createShardedBuild,
  finishShardedBuild,
  FIRST_PAGE,
  loadBlock,
  loadFirstPage,
  loadHead,
  loadShard,
  QUOTES_PER_BLOCK,
  readManifest,
  type SearchManifest,
} from './sharded-index';
import {
  indexLayout,
  matchQuotes,
  planQuery,
  type IndexLayout,
  type LoadedParts,
  type TermMatches,
} from './sharded-query';

interface Built {
  manifest: SearchManifest;
  layout: IndexLayout;
  parts: LoadedParts;
  quotes: ArchiveQuote[];
}

/** The index of `articles` as the build writes it and the browser reads it back (through JSON). */
function build(articles: Article[], budget: number): Built {
  const built = createShardedBuild();
  for (const article of articles) addToShardedBuild(built, archiveQuotes(article, 'shipped'));
  const files = finishShardedBuild(built, budget);
  const manifest = readManifest(JSON.parse(JSON.stringify({ ...files.manifest, build: 'test' })));
  const roundTrip = <T>(value: T) => JSON.parse(JSON.stringify(value)) as T;
  const shards = new Map([...files.shards()].map((file) => [file.key, loadShard(roundTrip(file), file.key)]));
  const heads = new Map(
    [...files.heads()].map((file) => [file.prefix, loadHead(roundTrip(file), file.prefix)]),
  );
  const quotes = [...files.blocks()].flatMap((block) => loadBlock(roundTrip(block), 'block'));
  const layout = indexLayout(manifest);
  expect([...heads.keys()]).toEqual(layout.heads);
  return { manifest, layout, parts: { shards, heads }, quotes };
}

function found(built: Built, query: string, matches = new Map<string, TermMatches>()): string[] {
  const plan = planQuery(query, built.layout);
  const match = matchQuotes(plan, built.parts, matches, built.manifest.quotes);
  return match.slice(0, match.total).map((id) => {
    const quote = built.quotes[id];
    return `${quote?.articleId}/${quote?.quoteId}`;
  });
}

const articles = [
  articleSaying('nato', 'Jörg Müller', 'Die Stärke des Bündnisses wächst.', 'The alliance grows stronger.'),
  articleSaying('hafen', 'Eva Lind', 'Der Hafen braucht neue Kräne.', 'The harbour needs new cranes.'),
  articleSaying('burg', 'Ada Roth', 'Die Burg bleibt ein Bündnis der Bürger.', 'The castle stays a pact.'),
];

// A budget of 1 splits every beginning as far as it goes (many small shards, words spanning several); a large one
// keeps these few quotes in two-letter shards.
describe.each([
  ['two-letter shards', 1_000_000],
  ['shards split to six letters', 1],
])('the sharded index, %s', (_what, budget) => {
  const built = build(articles, budget);

  it.each([
    ['an inflected form', 'Bündnisses', ['nato', 'burg']],
    ['"Bündnis" finds "Bündnisses"', 'Bündnis', ['nato', 'burg']],
    ['the word without its umlaut', 'Bundnis', ['nato', 'burg']],
    ['the umlaut spelt out', 'Buendnis', ['nato', 'burg']],
    ['a translation', 'harbour cranes', ['hafen']],
    ['a speaker by name, with another word', 'Müller Bündnis', ['nato']],
    ['a speaker spelt without umlaut', 'Mueller', ['nato']],
    ['the start of the last word, while typing', 'Hafen Krä', ['hafen']],
    ['two beginnings of several terms each', 'Bu De', ['nato', 'burg']],
    ['no quote for two beginnings found apart', 'Bu Ha', []],
  ])('finds %s', (_what, query, expected) => {
    const hits = found(built, query);
    for (const article of expected) expect(hits).toContain(`${article}/q1`);
    expect(hits.every((hit) => expected.some((article) => hit.startsWith(`${article}/`)))).toBe(true);
  });

  it('needs every word to match, and finds nothing for one letter or punctuation', () => {
    expect(found(built, 'Bündnis Hafen')).toEqual([]);
    expect(found(built, 'B')).toEqual([]);
    expect(found(built, ' „“ ')).toEqual([]);
  });

  it('finds a beginning in every shard it spans, through their head', () => {
    // "Bü" folds to `bu`: the beginning of `bundnis` and `burg` (and `burg` of "Bürger"), split apart at budget 1.
    const plan = planQuery('Bü', built.layout);
    expect(plan[0]?.place).toEqual(budget === 1 ? { head: 'bu' } : { shard: 'bu' });
    expect(found(built, 'Bü')).toEqual(expect.arrayContaining(['nato/q1', 'burg/q1']));
    // With another word, in a shard: the quotes that have both.
    expect(found(built, 'Stärke Bü')).toEqual(['nato/q1']);
  });

  it('keeps the matches of a word for the next keystroke', () => {
    const matches = new Map<string, TermMatches>();
    found(built, 'Bündnis', matches);
    expect([...matches.keys()]).toEqual(['bundnis']);
    expect(found(built, 'Bündnis Bur', matches)).toEqual(['burg/q1']);
  });
});

describe('the files of the sharded index', () => {
  it('keeps every quote, in blocks, in the order of their ids', () => {
    const many = Array.from({ length: 6 }, (_, i) => generateArticle({ id: `a${i}`, quotes: 7 }));
    const built = build(many, 1);
    const all = many.flatMap((article) => archiveQuotes(article, 'shipped'));
    expect(built.quotes.map((q) => `${q.articleId}/${q.quoteId}`)).toEqual(
      all.map((q) => `${q.articleId}/${q.quoteId}`),
    );
    expect(built.manifest.quotesPerBlock).toBe(QUOTES_PER_BLOCK);
    expect(built.quotes[20]?.origin).toBe('shipped');
  });

  it("carries in each shard and head the first page of its own beginning, as a one-word query's results", () => {
    const many = Array.from({ length: 8 }, (_, i) => generateArticle({ id: `b${i}`, quotes: 9 }));
    const built = createShardedBuild();
    for (const article of many) addToShardedBuild(built, archiveQuotes(article, 'shipped'));
    const files = finishShardedBuild(built, 1);
    const all = many.flatMap((article) => archiveQuotes(article, 'shipped'));
    const layout = indexLayout(readManifest({ ...files.manifest, build: 'test' }));
    const parts: LoadedParts = {
      shards: new Map([...files.shards()].map((file) => [file.key, loadShard(file, file.key)])),
      heads: new Map([...files.heads()].map((file) => [file.prefix, loadHead(file, file.prefix)])),
    };
    const pages = [...files.shards(), ...files.heads()];
    expect(pages.length).toBeGreaterThan(2);
    for (const file of pages) {
      const beginning = 'key' in file ? file.key.replace(END, '') : file.prefix;
      const match = matchQuotes(planQuery(beginning, layout), parts, new Map(), files.manifest.quotes);
      const first = loadFirstPage(JSON.parse(JSON.stringify(file)) as typeof file, beginning);
      expect([...first.keys()]).toEqual(match.slice(0, FIRST_PAGE));
      for (const [id, quote] of first) expect(quote.quoteId).toBe(all[id]?.quoteId);
    }
  });

  it('refuses a manifest of another version, or a quote pointing to no article, naming the file', () => {
    expect(() => readManifest({ version: 3, build: 'x', quotes: 0, quotesPerBlock: 16, shards: [] })).toThrow(
      'archive/search/manifest.json: version 3, expected 4',
    );
    expect(() => loadBlock({ first: 0, articles: [], quotes: [{ article: 3 }] } as never, 'q0.json')).toThrow(
      'q0.json: quotes[0].article: no article 3',
    );
  });
});
