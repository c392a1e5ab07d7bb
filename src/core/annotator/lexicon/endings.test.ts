/** The ending tries of the lexicon: a word's last part, and a noun or a compound ending in one. */
import { describe, expect, it } from 'vitest';
import { endingSet, endsAsCompound, endsWithAny } from './endings';

const ROLES = endingSet(['minister', 'ministerin', 'sprecher']);
const NOUNS = endingSet(['kritik', 'bitte', 'plan', 'pläne']);

describe('endsWithAny', () => {
  it.each([
    ['minister', true],
    ['us-verteidigungsminister', true],
    ['ministerin', true],
    ['pressesprecher', true],
    ['ministerium', false],
    ['', false],
  ])('%s → %s', (word, expected) => {
    expect(endsWithAny(word, ROLES)).toBe(expected);
  });

  it('asks about a word cut at an end, with a suffix added, without making it', () => {
    expect(endsWithAny('sprechers', ROLES, 8)).toBe(true);
    expect(endsWithAny('ministeri', ROLES, 9, 'n')).toBe(true);
  });
});

describe('endsAsCompound', () => {
  it.each([
    ['kritik', true, 'the noun itself'],
    ['grundsatzkritik', true, 'a compound'],
    ['selbstkritik', true, 'a compound'],
    ['abitte', false, 'a stem of one letter is no compound part'],
    ['unbitte', false, 'nor of two'],
    ['ausbitte', true, 'three letters before it are'],
    ['flugpläne', true, 'a plural ending'],
    ['plane', false, 'not an ending'],
    ['kritiken', false, 'an ending in the middle'],
  ])('%s → %s (%s)', (word, expected) => {
    expect(endsAsCompound(word, NOUNS)).toBe(expected);
  });

  it('with `alone` false, counts only a compound', () => {
    expect(endsAsCompound('kritik', NOUNS, false)).toBe(false);
    expect(endsAsCompound('grundsatzkritik', NOUNS, false)).toBe(true);
  });
});
