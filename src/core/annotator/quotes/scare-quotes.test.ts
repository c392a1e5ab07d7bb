/** Scare quotes: a lower-case word in quotation marks is speech only when its own sentence reports speech. */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../find-quotes';

function directQuotes(text: string): string[] {
  return findQuotes(text, '2024-05-02')
    .filter((q) => q.kind === 'direct')
    .map((q) => q.quote.map(([s, e]) => text.slice(s, e)).join(' | '));
}

describe('a scare-quoted word', () => {
  it.each([
    {
      name: 'in a descriptive sentence after a sentence with a speaker',
      text: 'Die Bürgermeisterin sagte, der Umbau sei fertig. Der Hafen wirkt seitdem „lebhaft“.',
      expected: [],
    },
    {
      name: 'in a sentence with a speech verb',
      text: 'Die Bürgermeisterin nannte den Umbau „gelungen“.',
      expected: ['„gelungen“'],
    },
    {
      name: 'in reported speech (Konjunktiv)',
      text: 'Die Bürgermeisterin sagte, der Umbau sei fertig. Der Hafen sei nun „lebendig“.',
      expected: ['„lebendig“'],
    },
  ])('$name', ({ text, expected }) => {
    expect(directQuotes(text)).toEqual(expected);
  });
});
