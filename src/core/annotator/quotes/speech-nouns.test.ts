/** A quoted phrase in a sentence with a noun for what somebody said and its source (`speech-around.ts`). */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

const direct = (text: string) => found(text).filter((q) => q.kind === 'direct');

describe('a quoted phrase after a speech-act noun with its source', () => {
  it.each([
    {
      name: 'a genitive source: "die Aussagen der Ministerin über den „…“"',
      text: 'Die Zahlen passen nicht zu den Aussagen der Ministerin Eva Stein über den „sicheren Weg“ aus der Krise.',
      expected: [{ kind: 'direct', text: '„sicheren Weg“', speaker: 'Eva Stein' }],
    },
    {
      name: 'a "von" source: "die Worte von Anna Roth"',
      text: 'Die Debatte folgte den Worten von Anna Roth zur „großen Lücke“ im Haushalt.',
      expected: [{ kind: 'direct', text: '„großen Lücke“', speaker: 'Anna Roth' }],
    },
    {
      name: 'no source after the noun: no speaker to quote',
      text: 'Die Aussagen blieben vage, von einem „sicheren Weg“ war die Rede.',
      expected: [],
    },
    {
      name: 'a title stays a name',
      text: 'Die Aussagen der Stadtwerke über das Projekt „Blaue Welle“ waren knapp.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(direct(text)).toEqual(expected);
  });
});
