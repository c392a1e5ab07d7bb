import { describe, expect, it } from 'vitest';
import { findQuotes } from '../find-quotes';

/** The quoted stretches of the indirect statements found in `text`. */
const statements = (text: string): string[] =>
  findQuotes(text, '2024-05-02')
    .filter((q) => q.kind === 'indirect')
    .map((q) => q.quote.map(([s, e]) => text.slice(s, e)).join(' … '));

describe('a relative clause of content gives what a report says', () => {
  it.each([
    {
      name: '"wonach" after a noun',
      text: 'Die Stadt bestätigte die Meldung, wonach die Brücke bis Juni gesperrt bleibt.',
      statement: 'die Brücke bis Juni gesperrt bleibt',
    },
    {
      name: '"wonach" after the verb that closes its clause',
      text: 'Der Sprecher konnte Berichte nicht bestätigen, wonach Anwohner einen Knall gehört hatten.',
      statement: 'Anwohner einen Knall gehört hatten',
    },
    {
      name: '"wonach" in a clause the main clause goes on after',
      text: 'Eine Meldung des Senders, wonach der Bürgermeister zurücktreten will, wurde dementiert.',
      statement: 'der Bürgermeister zurücktreten will',
    },
    {
      name: '"nach denen" after a plural noun with a content',
      text: 'Seit Wochen kursieren Gerüchte, nach denen die Fabrik im Herbst schließt.',
      statement: 'die Fabrik im Herbst schließt',
    },
    {
      name: '"nach der" after a compound ending in a content noun, a few words back',
      text: 'Das folgt aus einer Wählerumfrage im Land, nach der zwei Drittel den Plan ablehnen.',
      statement: 'zwei Drittel den Plan ablehnen',
    },
    {
      name: '"laut" with a relative pronoun, whatever the noun',
      text: 'Dem Gericht liegt ein Gutachten vor, laut dem der Junge schwer misshandelt worden war.',
      statement: 'der Junge schwer misshandelt worden war',
    },
  ])('$name', ({ text, statement }) => {
    expect(statements(text)).toContain(statement);
  });

  it.each([
    {
      name: '"nach der" after a noun of time',
      text: 'Das Spiel ging in die Pause, nach der die Gäste stärker wurden.',
    },
    { name: '"nach dem" after a place', text: 'Sie fuhren in die Stadt, nach der sie sich gesehnt hatten.' },
  ])('not after $name', ({ text }) => {
    expect(statements(text)).toEqual([]);
  });
});

describe('the phrase a content relative clause refers to', () => {
  /** Speaker and mention of the statement whose words are `statement`. */
  const speakerOf = (text: string, statement: string) => {
    const quote = findQuotes(text, '2024-05-02').find(
      (q) => q.quote.map(([s, e]) => text.slice(s, e)).join(' … ') === statement,
    );
    return (
      quote && {
        speaker: quote.speaker,
        mention: quote.speakerMention && text.slice(...quote.speakerMention),
      }
    );
  };

  it.each([
    {
      name: 'goes on before a quoted name that closes it',
      text: 'Eine Meldung des Senders „Nordwelle“, wonach die Fähre verkauft werde, wurde dementiert.',
      statement: 'die Fähre verkauft werde',
      expected: { speaker: 'Nordwelle', mention: 'wonach' },
    },
    {
      name: '"nach dem" after a noun with a content before the name',
      text: 'Ein Bericht der Zeitung „Abendpost“, nach dem das Werk schließe, sorgt für Unruhe.',
      statement: 'das Werk schließe',
      expected: { speaker: 'Zeitung Abendpost', mention: 'dem' },
    },
  ])('$name', ({ text, statement, expected }) => {
    expect(speakerOf(text, statement)).toEqual(expected);
  });
});
