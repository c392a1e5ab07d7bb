import { describe, expect, it } from 'vitest';
import { findQuotes } from '../find-quotes';

/** The speakers of the quotes of `text`, in text order. */
function speakers(text: string): (string | null)[] {
  return findQuotes(text, '2024-05-02').map((q) => q.speaker);
}

describe('a name and a colon that open a sentence', () => {
  it.each([
    {
      name: 'a person known from the text speaks',
      text: 'Anna Berger: Die Brücke kommt.',
      speakers: ['Anna Berger'],
    },
    {
      name: 'a place the lexicon knows is a dateline',
      text: 'Moskau: Die Stadt baut eine Brücke.',
      speakers: [],
    },
    {
      name: 'a place the text puts after "in" is a headline’s topic',
      text: 'Bad Ems: Stadt erhöht die Gebühren\n\nDie Gebühren in Bad Ems steigen um zehn Prozent.',
      speakers: [],
    },
    {
      name: 'a place is not the person a later role refers to',
      text: 'Bad Ems: Stadt erhöht die Gebühren\n\nDer Bürgermeister sagte in Bad Ems, das sei nötig.',
      speakers: ['Bürgermeister'],
    },
  ])('$name', ({ text, speakers: expected }) => {
    expect(speakers(text)).toEqual(expected);
  });
});
