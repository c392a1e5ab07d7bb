import { describe, expect, it } from 'vitest';
import { archiveQuotes } from '../archive/archive-quote';
import { articleSaying } from '../../testing/data-generators';
import { matchPlaces } from './match-places';

const article = {
  ...articleSaying(
    'harbour',
    'Ilka Marlu Eisen',
    'Die Hafenkräne bleiben stehen.',
    'The harbour cranes stay.',
  ),
  title: { de: 'Streit um den Hafen in Lindau', en: 'Row over the harbour in Lindau' },
};
const quote = archiveQuotes(article, 'shipped')[0]!;
const german = quote.text.de!;

/** The words of `shown` marked for `query`. */
const marked = (query: string, shown = german, language = 'de') =>
  matchPlaces(quote, query, shown, language).marks.map(([start, end]) => shown.slice(start, end));

describe('matchPlaces: the words shown that are the query’s', () => {
  it.each([
    ['Hafenkräne', ['Hafenkräne']],
    // In any inflection, folded, and as the beginning of a word being typed, as the index matches them.
    ['hafenkran', ['Hafenkräne']],
    ['Hafenkraene', ['Hafenkräne']],
    ['hafenk', ['Hafenkräne']],
    ['stehen bleib', ['bleiben', 'stehen']],
    // A word found only elsewhere marks nothing; one letter is not searched.
    ['Eisen', []],
    ['d', []],
  ])('%s → %j', (query, words) => {
    expect(marked(query)).toEqual(words);
  });

  it('marks in the language shown', () => {
    expect(marked('cranes', quote.text.en, 'en')).toEqual(['cranes']);
  });
});

describe('matchPlaces: where the other words of the query were found', () => {
  it.each([
    ['Hafenkräne', []],
    ['Eisen', ['speaker']],
    // A name typed together, folded as one word ("marlueisen" → `marluisen`), as the index holds it.
    ['marlueisen', ['speaker']],
    ['Sprecherin', ['role']],
    ['Lindau', ['title']],
    // "Hafen" begins a word shown: the title, which has it too, is not named.
    ['Hafen', []],
    ['cranes', ['translation']],
    ['Eisen Lindau Hafenkräne', ['speaker', 'title']],
    ['Streit Eisen', ['speaker', 'title']],
    // Found nowhere a result keeps: in the words past the part it shows.
    ['Zollstock', ['rest']],
  ])('%s → %j', (query, places) => {
    expect(matchPlaces(quote, query, german, 'de').elsewhere).toEqual(places);
  });

  it('a quote attributed to no one has no speaker to be found in', () => {
    const { speaker: _speaker, ...unattributed } = quote;
    expect(matchPlaces(unattributed, 'Eisen', german, 'de').elsewhere).toEqual(['rest']);
  });
});
