/**
 * A quotation inside a relative clause on the cue's object is part of that noun phrase, not what the cue reports
 * (`statements/reported.ts`, `quotingRelative`): the verb still reports on its own. A quotation in the cue's own
 * clause still stands for what was said, and a relative clause in Konjunktiv is a statement of its own. Own
 * example sentences.
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('a quotation in a relative clause on the object', () => {
  it.each([
    {
      name: '"die …" with a quoted phrase: the report stands',
      text: 'Die Forscher wiesen auf die Risiken hin, die den Weg zum „gläsernen Kunden“ ebnen.',
      expected: [
        {
          kind: 'reported',
          text: 'Die Forscher wiesen auf die Risiken hin, die den Weg zum „gläsernen Kunden“ ebnen.',
          speaker: 'Forscher',
        },
        { kind: 'direct', text: '„gläsernen Kunden“', speaker: 'Forscher' },
      ],
    },
    {
      name: '"in denen …" with a quoted word: the report stands',
      text: 'Der Verband verweist auf Schreiben der Mitglieder, in denen von „Willkür“ die Rede ist.',
      expected: [
        {
          kind: 'reported',
          text: 'Der Verband verweist auf Schreiben der Mitglieder, in denen von „Willkür“ die Rede ist.',
          speaker: 'Verband',
        },
      ],
    },
    {
      name: 'a relative clause in Konjunktiv is the statement',
      text: 'Die Forscher wiesen auf die Risiken hin, die den Weg zum „gläsernen Kunden“ ebnen würden.',
      expected: [
        { kind: 'indirect', text: 'die den Weg zum „gläsernen Kunden“ ebnen würden', speaker: 'Forscher' },
        { kind: 'direct', text: '„gläsernen Kunden“', speaker: 'Forscher' },
      ],
    },
    {
      name: "a quotation in the cue's own clause is what was said",
      text: 'Der Verband nannte den Plan „völlig überflüssig“.',
      expected: [{ kind: 'direct', text: '„völlig überflüssig“', speaker: 'Verband' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
