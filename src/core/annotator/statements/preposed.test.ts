/** Statements before their frame (`preposed.ts`), one named sentence each (own example sentences). */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../find-quotes';
import { found } from '../__fixtures__/found';

describe('a frame after the statement whose finite verb opens a verb bracket', () => {
  it.each([
    {
      name: 'an auxiliary of the perfect, the participle cue last',
      text: 'Die Brücke sei sicher, hatte die Bürgermeisterin am Montag gesagt.',
      expected: [{ text: 'Die Brücke sei sicher', speaker: 'Bürgermeisterin' }],
    },
    {
      name: '"lassen", the infinitive cue last',
      text: 'Er habe stets im Interesse der Firma gehandelt, ließ der Manager über seinen Anwalt erklären.',
      expected: [{ text: 'Er habe stets im Interesse der Firma gehandelt', speaker: 'Manager' }],
    },
    {
      name: 'a predicative with "für" makes the verb a judgement of the fronted object',
      text: 'Solche Klauseln, wie sie der Vertrag enthält, hat das Gericht nur selten für zulässig erklärt.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    const statements = findQuotes(text)
      .filter((q) => q.kind === 'indirect')
      .map((q) => ({ text: text.slice(q.quote[0]![0], q.quote[0]![1]), speaker: q.speaker }));
    expect(statements).toEqual(expected);
  });
});

describe('the subject after an inverted cue', () => {
  it('may open with a pronoun in the genitive', () => {
    const text = 'Wer mehr Schulden mache, belaste die Kinder, erklärte dessen Vorsitzender.';
    const [quote] = findQuotes(text);
    expect(quote?.speaker).toBe('Vorsitzender');
    expect(text.slice(quote!.quote[0]![0], quote!.quote[0]![1])).toBe(
      'Wer mehr Schulden mache, belaste die Kinder',
    );
  });
});

describe('a frame after words that a lead-in with a colon opened', () => {
  it.each([
    {
      name: 'names who said them, in one statement',
      text: 'Die Stadtwerke zeigten sich skeptisch: Die neuen Busse seien zu teuer, teilte ein Sprecher mit.',
      quotes: [{ kind: 'indirect', text: 'Die neuen Busse seien zu teuer', speaker: 'Sprecher' }],
    },
    {
      name: 'also when the lead-in names a person',
      text: 'Der Verband blieb hart: Eine Einigung sei nicht in Sicht, sagte Verbandschefin Eva Roth.',
      quotes: [{ kind: 'indirect', text: 'Eine Einigung sei nicht in Sicht', speaker: 'Eva Roth' }],
    },
  ])('$name', ({ text, quotes }) => {
    expect(found(text)).toEqual(quotes);
  });
});
