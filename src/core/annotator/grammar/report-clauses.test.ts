/**
 * A report in a clause after a comma (`report-clauses.ts`): the main clause after a fronted subordinate clause, for
 * a stance made known, and a continuing "wobei" clause; and where a report whose verb closes its clause ends.
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('a report after a comma', () => {
  it.each([
    {
      name: 'a stance made known in the main clause after a fronted clause',
      text: 'Als die Abstimmung begann, haben die Bauern ihre Ablehnung geäußert.',
      expected: [{ kind: 'reported', text: 'haben die Bauern ihre Ablehnung geäußert.', speaker: 'Bauern' }],
    },
    {
      name: 'the same over an apposition of the subject',
      text: 'Obwohl der Rat getagt hat, haben einige Städte, insbesondere Bremen und Kiel, ihre Ablehnung geäußert.',
      expected: [
        {
          kind: 'reported',
          text: 'haben einige Städte, insbesondere Bremen und Kiel, ihre Ablehnung geäußert.',
          speaker: 'Bremen und Kiel',
        },
      ],
    },
    {
      name: 'a main clause joined by a comma alone, subject first',
      text: 'Es entstanden 500 Stellen, die Betreiber sprechen von bis zu 850 Stellen im nächsten Jahr.',
      expected: [
        {
          kind: 'reported',
          text: 'die Betreiber sprechen von bis zu 850 Stellen im nächsten Jahr.',
          speaker: 'Betreiber',
        },
      ],
    },
    {
      name: 'the same with a separable verb',
      text: 'Im Saal war es laut, die Polizei forderte die Gäste zur Ruhe auf.',
      expected: [
        { kind: 'reported', text: 'die Polizei forderte die Gäste zur Ruhe auf.', speaker: 'Polizei' },
      ],
    },
    {
      name: 'a relative clause puts its verb last and reports nothing',
      text: 'Die Sprache, die die Betreiber sprechen, ist Englisch.',
      expected: [],
    },
    {
      name: 'another reporting verb after a fronted clause is narration',
      text: 'Nachdem der Rat getagt hatte, forderten beide Parteien eine neue Wahl.',
      expected: [],
    },
    {
      name: 'a reporting verb closing a "wobei" clause',
      text: 'Die Stadt baut eine Halle, wobei die Opposition die Kosten als Grund für Kritik nannte.',
      expected: [
        {
          kind: 'reported',
          text: 'die Opposition die Kosten als Grund für Kritik nannte.',
          speaker: 'Opposition',
        },
      ],
    },
    {
      name: 'a "wobei" clause with a perfect of no stance is no report',
      text: 'Die Firma baut eine Halle, wobei der Rat den Plan genannt hat.',
      expected: [],
    },
    {
      name: 'a report whose verb closes its clause ends before an adverbial clause the writer adds',
      text: 'Die Gewerkschaft wies auf die Gefahren hin, obwohl die Strecke seit Jahren sicher ist.',
      expected: [
        { kind: 'reported', text: 'Die Gewerkschaft wies auf die Gefahren hin', speaker: 'Gewerkschaft' },
      ],
    },
    {
      name: 'the same in a passive with an agent',
      text: 'Der Plan wird vom Verband als zu teuer bezeichnet, da die Kosten seit Jahren steigen.',
      expected: [
        { kind: 'reported', text: 'Der Plan wird vom Verband als zu teuer bezeichnet', speaker: 'Verband' },
      ],
    },
    {
      name: 'and before a main clause with a pronoun subject and no speech verb',
      text: 'Die Forscher gehen von einem Totalschaden aus, sie untersuchen die Maschine noch.',
      expected: [
        { kind: 'reported', text: 'Die Forscher gehen von einem Totalschaden aus', speaker: 'Forscher' },
      ],
    },
    {
      name: 'a relative clause after the verb goes on with the report',
      text: 'Die Forscher wiesen auf die Gefahren hin, die von dem Damm ausgehen.',
      expected: [
        {
          kind: 'reported',
          text: 'Die Forscher wiesen auf die Gefahren hin, die von dem Damm ausgehen.',
          speaker: 'Forscher',
        },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
