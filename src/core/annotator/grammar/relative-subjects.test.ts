/** A relative pronoun that is the subject of a cue's clause stands for the phrase before it (`relative-subjects.ts`). */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('a relative pronoun as the subject of a speech verb', () => {
  it.each([
    {
      name: 'the verb right after the pronoun',
      text: 'Auf der Tagung sprach auch Norwegen, das vorschlug, die Fangquoten um ein Drittel zu senken.',
      speaker: 'Norwegen',
    },
    {
      name: 'a dative object between the pronoun and the verb',
      text: 'Es meldeten sich die Gewerkschaften, die dem Vorstand vorwarfen, die Verhandlungen verschleppt zu haben.',
      speaker: 'Gewerkschaften',
    },
    {
      name: 'a singular object before a plural verb',
      text: 'Dann kamen die Anwohner, die der Stadtverwaltung vorwarfen, sie habe den Lärm nie gemessen.',
      speaker: 'Anwohner',
    },
    {
      name: '"der" after a masculine article is the nominative',
      text: 'In der Zeitung stand ein Leserbrief, der die Gemeinde dafür kritisiert, dass sie das Bad schließe.',
      speaker: 'Leserbrief',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text).map((q) => q.speaker)).toEqual([speaker]);
  });

  it.each([
    {
      name: 'a nominative phrase follows the pronoun: it is the subject, the pronoun the object',
      text: 'Im Rathaus sprach der Bürgermeister Paul Abel. Die Abgabe, die der Bürgermeister vorschlug, soll im Mai kommen.',
      speaker: 'Paul Abel',
    },
    {
      name: 'the pronoun is a dative ("denen")',
      text: 'Die Anwohner, denen die Ärztin Lea Brandt vorwarf, den Lärm zu verschweigen, schwiegen.',
      speaker: 'Lea Brandt',
    },
  ])('not when $name', ({ text, speaker }) => {
    expect(found(text).map((q) => q.speaker)).toEqual([speaker]);
  });
});
