import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens';
import { findCues } from './cues';

/** The cues of a sentence as the words of each (verb, then particle) and whether it is a participle. */
function cuesOf(sentence: string): string[] {
  return findCues(tokenize(sentence), () => false).map(
    (cue) => `${cue.tokens.map((t) => t.text).join('+')}${cue.participle ? ' (participle)' : ''}`,
  );
}

describe('findCues', () => {
  it.each([
    { name: 'a plain finite verb', text: 'Die Ministerin sagte, der Plan stehe.', expected: ['sagte'] },
    {
      name: 'a particle at the end of the clause',
      text: 'Die Stadt gab am Montag die Sperrung bekannt.',
      expected: ['gab+bekannt'],
    },
    {
      name: 'a particle written apart before a verb at the end of its clause',
      text: 'Wie das Amt bekannt gab, bleibt die Brücke zu.',
      expected: ['bekannt+gab'],
    },
    {
      name: 'a participle in a perfect',
      text: 'Der Sprecher hat am Montag gesagt, alles sei gut.',
      expected: ['gesagt (participle)'],
    },
    { name: 'a participle with no auxiliary', text: 'Gesagt, getan.', expected: [] },
    {
      name: 'a capitalised word inside the sentence, a noun',
      text: 'Nach Angaben der Polizei war es ruhig.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(cuesOf(text)).toEqual(expected);
  });

  it('skips the tokens it is told to', () => {
    const tokens = tokenize('Er sagte, sie sagte nichts.');
    const second = tokens[4];
    expect(findCues(tokens, (t) => t === second).map((c) => c.index)).toEqual([1]);
  });
});
