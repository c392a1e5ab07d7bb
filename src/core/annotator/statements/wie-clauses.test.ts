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
    {
      name: 'with a verb of naming "wie" stands for the name: no statement',
      text: 'Karl Weber oder Kalle, wie er sich selbst gerne nannte, ist tot.',
      expected: [],
    },
    {
      name: 'a passive of naming says nothing either',
      text: 'Seit dem Finale erreichte „Kalle“, wie er genannt wird, Kultstatus.',
      expected: [],
    },
    {
      name: '"Wie es hieß" with the expletive "es" is a report',
      text: 'Wie es hieß, sieht der Vorstand die Planung gefährdet.',
      expected: [{ kind: 'indirect', text: 'sieht der Vorstand die Planung gefährdet', speaker: null }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
