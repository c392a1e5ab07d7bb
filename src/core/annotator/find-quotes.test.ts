import { describe, expect, it } from 'vitest';
import { found } from './__fixtures__/found';

describe('direct quotes', () => {
  it.each([
    {
      name: 'German marks, cue after',
      text: '„Wir bauen die Brücke neu“, sagte Bürgermeisterin Anna Berger.',
      expected: [{ kind: 'direct', text: '„Wir bauen die Brücke neu“', speaker: 'Anna Berger' }],
    },
    {
      name: 'guillemets, cue before with colon',
      text: 'Der Trainer Paul Weber sagte: »Wir haben verdient gewonnen.«',
      expected: [{ kind: 'direct', text: '»Wir haben verdient gewonnen.«', speaker: 'Paul Weber' }],
    },
    {
      name: 'Swiss guillemets',
      text: '«Die Lage ist ernst», sagte Ministerin Eva Roth.',
      expected: [{ kind: 'direct', text: '«Die Lage ist ernst»', speaker: 'Eva Roth' }],
    },
    {
      name: 'straight marks',
      text: '"Es gibt keinen Plan B", erklärte Finanzminister Otto Brandt.',
      expected: [{ kind: 'direct', text: '"Es gibt keinen Plan B"', speaker: 'Otto Brandt' }],
    },
    {
      name: 'English marks',
      text: '“Wir bleiben”, sagte Sprecherin Lena Vogt.',
      expected: [{ kind: 'direct', text: '“Wir bleiben”', speaker: 'Lena Vogt' }],
    },
    {
      name: 'single German marks',
      text: '‚Das war knapp‘, sagte Kapitän Jan Holm.',
      expected: [{ kind: 'direct', text: '‚Das war knapp‘', speaker: 'Jan Holm' }],
    },
    {
      name: 'interrupted by its cue: one quote, two spans',
      text: '„Das reicht nicht“, sagte Minister Jonas Keller, „wir brauchen mehr Tempo.“',
      expected: [
        { kind: 'direct', text: '„Das reicht nicht“ | „wir brauchen mehr Tempo.“', speaker: 'Jonas Keller' },
      ],
    },
    {
      name: 'spanning paragraphs',
      text: 'Ministerin Eva Roth sagte: „Wir sind vorbereitet.\n\n„Die Vorräte reichen für Wochen.“',
      expected: [
        {
          kind: 'direct',
          text: '„Wir sind vorbereitet. | „Die Vorräte reichen für Wochen.“',
          speaker: 'Eva Roth',
        },
      ],
    },
    {
      name: 'pronoun resolved to the last person',
      text: 'Bürgermeisterin Anna Berger eröffnete die Brücke. „Heute ist ein guter Tag“, sagte sie.',
      expected: [{ kind: 'direct', text: '„Heute ist ein guter Tag“', speaker: 'Anna Berger' }],
    },
    {
      name: 'separable cue verb',
      text: 'Minister Jonas Keller lobte die Helfer. „Ohne sie ginge nichts“, fügte er hinzu.',
      expected: [
        { kind: 'reported', text: 'Minister Jonas Keller lobte die Helfer.', speaker: 'Jonas Keller' },
        { kind: 'direct', text: '„Ohne sie ginge nichts“', speaker: 'Jonas Keller' },
      ],
    },
    {
      name: 'a ship name is not speech',
      text: 'Die Fähre „Nordlicht“ lief gestern aus.',
      expected: [],
    },
    {
      name: 'a scare quote without a speaker is not speech',
      text: 'Die Stadt setzt auf eine „grüne Welle“ für Radfahrer.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('indirect speech', () => {
  it.each([
    {
      name: 'dass clause',
      text: 'Die Polizei teilte mit, dass die Straße gesperrt bleibe.',
      expected: [{ kind: 'indirect', text: 'dass die Straße gesperrt bleibe', speaker: 'Polizei' }],
    },
    {
      name: 'Konjunktiv clause after the cue',
      text: 'Ministerin Eva Roth sagte, der Plan sei nie beschlossen worden.',
      expected: [{ kind: 'indirect', text: 'der Plan sei nie beschlossen worden', speaker: 'Eva Roth' }],
    },
    {
      name: 'preposed statement',
      text: 'Der Plan sei nie beschlossen worden, sagte Ministerin Eva Roth.',
      expected: [{ kind: 'indirect', text: 'Der Plan sei nie beschlossen worden', speaker: 'Eva Roth' }],
    },
    {
      name: '"so X" with an apposition',
      text: 'Die Brücke werde im Sommer fertig, so die Leiterin des Bauamts, Petra Lang.',
      expected: [{ kind: 'indirect', text: 'Die Brücke werde im Sommer fertig', speaker: 'Petra Lang' }],
    },
    {
      name: '"laut X"',
      text: 'Laut Feuerwehr wurden drei Menschen verletzt.',
      expected: [{ kind: 'indirect', text: 'wurden drei Menschen verletzt', speaker: 'Feuerwehr' }],
    },
    {
      name: '"X zufolge" in the middle',
      text: 'Die Fahrgäste mussten der Bahn zufolge zwei Stunden warten.',
      expected: [{ kind: 'indirect', text: 'Die Fahrgäste mussten | zwei Stunden warten', speaker: 'Bahn' }],
    },
    {
      name: '"nach Angaben von X"',
      text: 'Nach Angaben der Staatsanwaltschaft wurde der Mann festgenommen.',
      expected: [{ kind: 'indirect', text: 'wurde der Mann festgenommen', speaker: 'Staatsanwaltschaft' }],
    },
    {
      name: 'colon after a name',
      text: 'Anna Berger: Die Brücke kommt.',
      expected: [{ kind: 'indirect', text: 'Die Brücke kommt', speaker: 'Anna Berger' }],
    },
    {
      name: 'Konjunktiv sentence continuing the speech',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Man habe zu spät gehandelt.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'Man habe zu spät gehandelt.', speaker: 'Eva Roth' },
      ],
    },
    {
      name: 'reported speech with a separable verb',
      text: 'Der Verband wies die Vorwürfe als haltlos zurück.',
      expected: [
        { kind: 'reported', text: 'Der Verband wies die Vorwürfe als haltlos zurück.', speaker: 'Verband' },
      ],
    },
    {
      name: 'a rejection without "als" names the act, no report',
      text: 'Der Verband wies die Vorwürfe zurück.',
      expected: [],
    },
    {
      name: '"wie X mitteilte"',
      text: 'Wie die Bahn mitteilte, fallen am Montag alle Züge aus.',
      expected: [{ kind: 'indirect', text: 'fallen am Montag alle Züge aus', speaker: 'Bahn' }],
    },
    {
      name: 'an infinitive clause after the cue',
      text: 'Bürgermeisterin Anna Berger bat die Anwohner, ruhig zu bleiben.',
      expected: [{ kind: 'indirect', text: 'ruhig zu bleiben', speaker: 'Anna Berger' }],
    },
    {
      name: 'a main clause after the cue, in the indicative',
      text: 'Minister Jonas Keller sagte, die Brücke wird im Mai eröffnet.',
      expected: [{ kind: 'indirect', text: 'die Brücke wird im Mai eröffnet', speaker: 'Jonas Keller' }],
    },
    {
      name: 'a demonstrative pointing back to the previous sentence',
      text: 'Die Straße bleibt bis Freitag gesperrt. Das erklärte ein Sprecher der Polizei.',
      expected: [
        {
          kind: 'indirect',
          text: 'Die Straße bleibt bis Freitag gesperrt.',
          speaker: 'Polizei',
        },
      ],
    },
    {
      name: 'a statement noun with a dass clause',
      text: 'Der Verband ist der Ansicht, dass die Regeln zu streng sind.',
      expected: [{ kind: 'indirect', text: 'dass die Regeln zu streng sind', speaker: 'Verband' }],
    },
    {
      name: 'a passive cue names no speaker',
      text: 'Es wurde berichtet, dass der Zug ausfällt.',
      expected: [{ kind: 'indirect', text: 'dass der Zug ausfällt', speaker: null }],
    },
    {
      name: 'mentions merged by surname and genitive',
      text: 'Ministerin Eva Roth sagte, der Plan sei gut. Roth erklärte, dass er bleibe.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gut', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'dass er bleibe', speaker: 'Eva Roth' },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
