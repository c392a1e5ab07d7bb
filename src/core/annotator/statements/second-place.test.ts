/**
 * A present tense spelled like its participle ("betont", "berichtet", "bezeichnet") is a finite verb only in second
 * place, right after its subject (`statements/reported.ts`, `presentTense`): after the clause's own finite verb it
 * is an adverb or an adjective ("gab sich betont gelassen"). Own example sentences.
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('a present tense in second place', () => {
  it.each([
    {
      name: '"betont" after the finite verb "gab" is an adverb',
      text: 'Der Trainer gab sich nach dem Spiel betont gelassen.',
      expected: [],
    },
    {
      name: '"betont" right after its subject is the verb',
      text: 'Die Ministerin betont die Bedeutung der Schulen.',
      expected: [
        { kind: 'reported', text: 'Die Ministerin betont die Bedeutung der Schulen.', speaker: 'Ministerin' },
      ],
    },
    {
      name: 'a parenthesis after the subject keeps the verb in second place',
      text: 'Anna Berg (SPD) bezeichnet den Plan als Fehler.',
      expected: [
        { kind: 'reported', text: 'Anna Berg (SPD) bezeichnet den Plan als Fehler.', speaker: 'Anna Berg' },
      ],
    },
    {
      name: '"berichtet von" right after its subject reports',
      text: 'Der Verband berichtet von langen Schlangen vor den Ämtern.',
      expected: [
        {
          kind: 'reported',
          text: 'Der Verband berichtet von langen Schlangen vor den Ämtern.',
          speaker: 'Verband',
        },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
