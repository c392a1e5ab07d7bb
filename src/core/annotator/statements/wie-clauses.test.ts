/** Clauses of source opened by "wie" (`wie-clauses.ts`), with sentences of our own. */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('a clause of source opened by "wie"', () => {
  it.each([
    {
      name: 'opening the sentence',
      text: 'Wie die Zeitung am Montag berichtete, leidet der Schauspieler an einer Krankheit.',
      expected: [
        { kind: 'indirect', text: 'leidet der Schauspieler an einer Krankheit', speaker: 'Zeitung' },
      ],
    },
    {
      name: 'after a coordinating conjunction that opens the sentence ("Denn wie …")',
      text: 'Denn wie die Zeitung am Montag berichtete, leidet der Schauspieler an einer Krankheit.',
      expected: [
        { kind: 'indirect', text: 'leidet der Schauspieler an einer Krankheit', speaker: 'Zeitung' },
      ],
    },
    {
      name: 'a capitalised noun before "wie" compares ("Städte wie …")',
      text: 'Der Verband hat Städte wie Köln und Bonn kritisiert.',
      expected: [
        {
          kind: 'reported',
          text: 'Der Verband hat Städte wie Köln und Bonn kritisiert.',
          speaker: 'Verband',
        },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
