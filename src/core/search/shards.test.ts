import { describe, expect, it } from 'vitest';
import { stemGerman } from './german';
import { END, headsOf, lookUpTerm, planShards, shardOf } from './shards';

/** Terms with the number of quotes that have them, as the build counts them. */
const weighted = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('planShards', () => {
  it('keeps two-letter beginnings whole while they are light, and leaves out one-letter terms', () => {
    expect(planShards(weighted({ bundnis: 7, burg: 4, hafen: 5, a: 1 }), 100)).toEqual(['bu', 'ha']);
  });

  it('splits a heavy beginning by one more letter, the word equal to it in a shard of its own', () => {
    const keys = planShards(weighted({ er: 50, erst: 10, erde: 10, ernst: 10, es: 5 }), 60);
    expect(keys).toEqual([`er${END}`, 'erd', 'ern', 'ers', 'es']);
  });

  it('splits further where one more letter is still too heavy, and stops at six letters', () => {
    // `mine` (10 quotes) fits, `mini…` (180 quotes of long words) does not until six letters, where splitting stops.
    expect(planShards(weighted({ minister: 90, ministerin: 90, mine: 10 }), 50)).toEqual(['mine', 'minist']);
  });
});

describe('shardOf and lookUpTerm', () => {
  const keys = planShards(
    weighted({ er: 50, erst: 10, erde: 10, ernst: 10, bundnis: 2, bundnisvertrag: 2, hafen: 5 }),
    60,
  );
  const set = new Set(keys);
  const heads = new Set(headsOf(keys));

  it.each([
    ['a whole word in an unsplit shard', 'bundnis', 'bu'],
    ['a longer word beginning like it', 'bundnisvertrag', 'bu'],
    ['a word in a split shard', 'erst', 'ers'],
    ['the word a split shard began with', 'er', `er${END}`],
  ])('the build puts %s in its shard', (_what, term, key) => {
    expect(shardOf(term, set)).toBe(key);
  });

  it("maps a query's words to the shards of their beginnings", () => {
    expect(lookUpTerm('bundn', set, heads)).toEqual({ shard: 'bu' });
    expect(lookUpTerm('ers', set, heads)).toEqual({ shard: 'ers' });
    expect(lookUpTerm('hafenbecken', set, heads)).toEqual({ shard: 'ha' });
  });

  it('maps a beginning that spans shards (shorter than their keys) to their head', () => {
    expect(headsOf(keys)).toEqual(['er']);
    expect(lookUpTerm('er', set, heads)).toEqual({ head: 'er' });
  });

  it('has a head for every split beginning, however deep', () => {
    expect(headsOf(['bu', `er${END}`, 'erd', 'minist', 'mine'])).toEqual([
      'er',
      'mi',
      'min',
      'mini',
      'minis',
    ]);
  });

  it('finds no place for one letter, or a beginning the index has no term with', () => {
    expect(lookUpTerm('e', set, heads)).toBeUndefined();
    expect(lookUpTerm('zz', set, heads)).toBeUndefined();
  });

  it('puts a word and its inflected forms, with or without umlauts, in one shard', () => {
    const terms = ['Bündnis', 'Bündnisses', 'Buendnis', 'Bundnisse'].map(stemGerman);
    expect(new Set(terms.map((term) => shardOf(term, set)))).toEqual(new Set(['bu']));
  });
});
