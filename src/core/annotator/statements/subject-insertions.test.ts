/**
 * A noun phrase with an apposition or relative clause before the cue's comma is the cue's subject or object, not a
 * preposed statement, also with a slash between names, a name particle, "durch" and an adverb inside the phrase
 * (`preposed.ts`, `subjectWithInsertion`; own example sentences).
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('a noun phrase and its insertion before a reporting verb', () => {
  it.each([
    {
      name: 'a slash between two names in the apposition',
      text: 'Paul von Weber, Obmann der SPD/CDU-Fraktion im Auswärtigen Ausschuss, warf der Verwaltung daraufhin mangelnde Planung vor.',
      expected: [
        {
          kind: 'reported',
          text: 'Paul von Weber, Obmann der SPD/CDU-Fraktion im Auswärtigen Ausschuss, warf der Verwaltung daraufhin mangelnde Planung vor.',
          speaker: 'Paul von Weber',
        },
      ],
    },
    {
      name: '"durch" in the insertion of a fronted object',
      text: 'Den zu erwartenden Gewinn, unter anderem durch geringere Kosten, bezifferte die Firma auf zwei Millionen Euro.',
      expected: [
        {
          kind: 'reported',
          text: 'Den zu erwartenden Gewinn, unter anderem durch geringere Kosten, bezifferte die Firma auf zwei Millionen Euro.',
          speaker: 'Firma',
        },
      ],
    },
    {
      name: 'an adverb before the adjective of a phrase with a relative clause',
      text: 'In einem heute vorgelegten Bericht, der dem Landtag vorliegt, fordert die Gewerkschaft mehr Lehrer.',
      expected: [
        {
          kind: 'reported',
          text: 'In einem heute vorgelegten Bericht, der dem Landtag vorliegt, fordert die Gewerkschaft mehr Lehrer.',
          speaker: 'Gewerkschaft',
        },
      ],
    },
    {
      name: 'a clause with a verb before the comma is still a preposed statement',
      text: 'Die Kosten steigen weiter, sagte die Gewerkschaft.',
      expected: [{ kind: 'indirect', text: 'Die Kosten steigen weiter', speaker: 'Gewerkschaft' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
