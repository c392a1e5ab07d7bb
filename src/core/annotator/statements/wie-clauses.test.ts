/**
 * Clauses of source opened by "wie" (`wie-clauses.ts`) and the "so" frame (`source-frames.ts`), with sentences of
 * our own.
 */
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
      text: 'Der Verband hat Städte wie Köln und Bonn gelobt.',
      expected: [
        {
          kind: 'reported',
          text: 'Der Verband hat Städte wie Köln und Bonn gelobt.',
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
    {
      name: '"wie" before a word of degree asks how much: the statement is the frame\'s alone',
      text: 'Der Fund zeige, wie wenig man über die Tiefsee wisse, betonte der Direktor.',
      expected: [
        {
          kind: 'indirect',
          text: 'Der Fund zeige, wie wenig man über die Tiefsee wisse',
          speaker: 'Direktor',
        },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('"so" after a comma', () => {
  it.each([
    {
      name: 'with a phrase after it, a frame that names the speaker',
      text: 'Der Verkehr war stark behindert, so der Sprecher.',
      expected: ['Der Verkehr war stark behindert'],
    },
    {
      name: 'with a speech verb and its subject after it, the cue of a statement',
      text: 'In zehn Jahren, so schätzen die Forscher, sei die Arbeit getan.',
      expected: ['sei die Arbeit getan'],
    },
    {
      name: 'with an auxiliary after it, the adverb opening a main clause: no frame',
      text: 'Der Verkehr war stark behindert, so wurde der Hafen geschlossen.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).map((q) => q.text)).toEqual(expected);
  });
});
