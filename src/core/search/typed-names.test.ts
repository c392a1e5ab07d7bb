/**
 * A speaker's name typed as people type it, with or without its apostrophe, hyphen or space, finds their quotes in
 * both indexes: the imported articles' (FlexSearch, `./quote-index.ts`) and the shipped one's shards
 * (`./sharded-index.ts`, `./sharded-query.ts`), as the library's speaker filter finds the speaker
 * (`../speakers/name-match.ts`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../article/schema';
import { archiveQuotes, type ArchiveQuote } from '../archive/archive-quote';
import { articleSaying } from '../../testing/data-generators';
import { matchableName, nameMatches, nameQuery } from '../speakers/name-match';
import { addQuotes, createQuoteIndex, searchQuotes } from './quote-index';
import {
  addToShardedBuild,
  createShardedBuild,
  finishShardedBuild,
  loadHead,
  loadShard,
} from './sharded-index';
import { indexLayout, matchQuotes, planQuery } from './sharded-query';

/** The ids (`article/quote`) a query finds, best first (FlexSearch) or in the library's order (the shards). */
type Search = (query: string) => string[];

const idOf = (quote: ArchiveQuote | undefined) => `${quote?.articleId}/${quote?.quoteId}`;

function importedIndex(articles: readonly Article[]): Search {
  const index = createQuoteIndex();
  for (const article of articles) addQuotes(index, archiveQuotes(article, 'imported'));
  return (query) => searchQuotes([index], query).map((hit) => idOf(hit.quote));
}

/** The shipped index as the build writes it and the browser reads it, with shards split as far as they go. */
function shippedIndex(articles: readonly Article[]): Search {
  const build = createShardedBuild();
  for (const article of articles) addToShardedBuild(build, archiveQuotes(article, 'shipped'));
  const files = finishShardedBuild(build, 1);
  const layout = indexLayout({ ...files.manifest, build: 'test' });
  const shards = new Map([...files.shards()].map((file) => [file.key, loadShard(file, file.key)]));
  const heads = new Map([...files.heads()].map((file) => [file.prefix, loadHead(file, file.prefix)]));
  return (query) => {
    const match = matchQuotes(planQuery(query, layout), { shards, heads }, new Map(), build.quotes.length);
    return match.slice(0, match.total).map((id) => idOf(build.quotes[id]));
  };
}

const indexes: [string, (articles: readonly Article[]) => Search][] = [
  ['the imported articles’ index', importedIndex],
  ['the shipped index', shippedIndex],
];

const articles = [
  articleSaying('connor', "Siobhán O'Connor", 'Wir bauen den Hafen aus.', 'We will expand the harbour.'),
  articleSaying('luc', 'Jean-Luc Mélenchon', 'Die Rente bleibt.', 'The pension stays.'),
  articleSaying('akk', 'Annegret Kramp-Karrenbauer', 'Die Truppe ist bereit.', 'The troops are ready.'),
  articleSaying('leyen', 'Ursula von der Leyen', 'Europa hält zusammen.', 'Europe holds together.'),
  articleSaying('rosen', 'Mark Rosen', 'Das Bündnis steht.', 'The alliance stands.'),
  articleSaying('ebert', 'Rosa Ebert', 'Die Schule öffnet.', 'The school opens.'),
];

describe.each(indexes)('%s finds a speaker by the name as typed', (_index, make) => {
  const search = make(articles);

  it.each([
    ['OConnor', 'connor'],
    ['oconnor', 'connor'],
    ['ocon', 'connor'],
    ["O'Connor", 'connor'],
    ['O’Connor', 'connor'],
    ['o connor', 'connor'],
    ['SiobhanOConnor', 'connor'],
    ['jeanluc', 'luc'],
    ['JeanLuc Melenchon', 'luc'],
    ['jean luc', 'luc'],
    ['Jean-Luc', 'luc'],
    ['krampkarrenbauer', 'akk'],
    ['krampkarr', 'akk'],
    ['Kramp Karrenbauer', 'akk'],
    ['Kramp-Karrenbauer', 'akk'],
    ['vonderleyen', 'leyen'],
    ['von der Leyen', 'leyen'],
    ['markrosen', 'rosen'],
    ['markrosen Bündnis', 'rosen'],
    // Folded as one word, as typed: the "ae" across the space is an "ä" spelt out, as in "rosaebert" typed.
    ['rosaebert', 'ebert'],
    ['Rosa Ebert', 'ebert'],
  ])('%s → %s', (query, article) => {
    const hits = search(query);
    expect(hits).toContain(`${article}/q1`);
    expect(hits.every((hit) => hit.startsWith(`${article}/`))).toBe(true);
  });

  it.each([
    // A letter inside a name's word begins nothing.
    ['connorsiobhan'],
    ['oconnell'],
    ['lucjean'],
    ['karrenbauerkramp'],
  ])('%s finds nobody', (query) => {
    expect(search(query)).toEqual([]);
  });
});

describe('ranking (the imported articles’ index ranks by where a word stands)', () => {
  it('a quote with the typed word itself comes before one found by a name run on into the next word', () => {
    // "markus" begins "MarkUstinov" too, as the speaker filter finds him by it.
    const search = importedIndex([
      articleSaying('ustinov', 'Mark Ustinov', 'Wir bleiben.', 'We stay.'),
      articleSaying('soder', 'Markus Söder', 'Wir gehen.', 'We go.'),
    ]);
    const hits = search('markus').filter((hit) => hit.endsWith('/q1'));
    expect(hits).toEqual(['soder/q1', 'ustinov/q1']);
  });
});

/** A word of a name: a capital and small letters, some of them such as a German or a Balkan name has. */
const nameWord = fc
  .tuple(
    fc.constantFrom(...'ABCDEFGHIJKLMNOPRSTUVWZÄÖÜĐŁ'),
    fc.array(fc.constantFrom(...'abcdefghiklmnoprstuvwyzäöüßéáčđ'), { minLength: 1, maxLength: 7 }),
  )
  .map(([capital, rest]) => capital + rest.join(''));

const typedName = fc.record({
  words: fc.array(nameWord, { minLength: 2, maxLength: 3 }),
  separators: fc.array(fc.constantFrom(' ', '-', "'", '’', ' van ', ' de '), { minLength: 2, maxLength: 2 }),
  lowerCase: fc.boolean(),
});

describe.each(indexes)('%s (property)', (_index, make) => {
  it('finds the speaker by their name typed with its words written together, in either case', () => {
    fc.assert(
      fc.property(typedName, ({ words, separators, lowerCase }) => {
        const name = words.reduce((whole, word, i) => whole + (separators[i - 1] ?? '') + word);
        const together = name.replace(/[^\p{L}]/gu, '');
        const search = make([articleSaying('named', name, 'Es regnet.', 'It rains.')]);
        expect(search(lowerCase ? together.toLowerCase() : together)).toContain('named/q1');
        expect(search(name)).toContain('named/q1');
      }),
      { numRuns: 60 },
    );
  });
});

describe('the library’s speaker filter (property)', () => {
  it('finds the speaker by their name typed together, as both indexes do', () => {
    const together = fc.record({
      // Names whose words end and begin in the letters that fold across them ("Rosa Ebert" typed "rosaebert").
      words: fc.array(
        fc.oneof(
          nameWord,
          nameWord.map((word) => `${word}a`),
          nameWord.map((word) => `E${word.toLowerCase()}`),
        ),
        { minLength: 2, maxLength: 3 },
      ),
      separators: typedName.map((typed) => typed.separators),
      lowerCase: fc.boolean(),
    });
    fc.assert(
      fc.property(together, ({ words, separators, lowerCase }) => {
        const name = words.reduce((whole, word, i) => whole + (separators[i - 1] ?? '') + word);
        const typed = name.replace(/[^\p{L}]/gu, '');
        const query = nameQuery(lowerCase ? typed.toLowerCase() : typed);
        expect(query && nameMatches(matchableName(name), query)).toBe(true);
        for (const [, make] of indexes)
          expect(make([articleSaying('named', name, 'Es regnet.', 'It rains.')])(typed)).toContain(
            'named/q1',
          );
      }),
      { numRuns: 60 },
    );
  });
});
