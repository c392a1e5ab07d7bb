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

describe('a statement that closes with a quotation before its inverted cue', () => {
  it.each([
    {
      name: 'subject and verb outside the quotation marks make it the writer’s statement with a nested quote',
      text: 'Analysten sehen den Schritt gelassen. Der Abbau sei „überfällig“, meint der Analyst Jörg Krämer.',
      quotes: [
        {
          kind: 'indirect',
          text: 'Der Abbau sei „überfällig“',
          speaker: 'Jörg Krämer',
          mention: 'der Analyst Jörg Krämer',
        },
        { kind: 'direct', text: '„überfällig“', speaker: 'Jörg Krämer', mention: 'der Analyst Jörg Krämer' },
      ],
    },
    {
      name: 'a sentence all in quotation marks is the cue’s direct quote alone',
      text: 'Die Aktie stieg. „Der Abbau ist überfällig“, meint der Analyst Jörg Krämer.',
      quotes: [
        {
          kind: 'direct',
          text: '„Der Abbau ist überfällig“',
          speaker: 'Jörg Krämer',
          mention: 'der Analyst Jörg Krämer',
        },
      ],
    },
  ])('$name', ({ text, quotes }) => {
    const mentions = findQuotes(text).map((q) => ({
      kind: q.kind,
      text: q.quote.map(([s, e]) => text.slice(s, e)).join(' | '),
      speaker: q.speaker,
      mention: q.speakerMention ? text.slice(...q.speakerMention) : null,
    }));
    expect(mentions).toEqual(quotes);
  });
});
