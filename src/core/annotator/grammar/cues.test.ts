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
    {
      name: 'the particle after a date between commas',
      text: 'Die Stadt gab am Montag, dem 3. März, die Sperrung bekannt.',
      expected: ['gab+bekannt'],
    },
    {
      name: 'the particle after a name between commas',
      text: 'Das teilte der Sprecher des Verbands, Paul Weber, mit.',
      expected: ['teilte+mit'],
    },
    {
      name: 'the particle after a parenthesis',
      text: 'Das geht aus einem Bericht des Verbands (VDL) hervor.',
      expected: ['geht+hervor'],
    },
    {
      name: 'the particle after a quoted name',
      text: 'Das teilte das „Nordsee Institut“ in Kiel mit.',
      expected: ['teilte+mit'],
    },
    {
      name: 'no particle after a quotation that is no name',
      text: 'Die Stadt teilte „die Kosten, nicht die Arbeit“ mit.',
      expected: [],
    },
    {
      name: 'the particle after a relative clause between commas',
      text: 'Das geht aus einer Meldung der Agentur, die am Montag erschien, hervor.',
      expected: ['geht+hervor'],
    },
    {
      name: 'the particle after a list of nouns whose commas stay in the clause',
      text: 'Der Präsident schlägt dem Minister für Verkehr, Bau und Tourismus vor, die Maut einzuführen.',
      expected: ['schlägt+vor'],
    },
    {
      name: 'no list without "und" or "oder" after the nouns',
      text: 'Die Stadt teilte die Kosten, Anwohner zogen mit.',
      expected: [],
    },
    {
      name: 'no particle after a clause that is no insertion',
      text: 'Die Stadt teilte die Kosten, die Anwohner zogen mit.',
      expected: [],
    },
    { name: 'a participle with no auxiliary', text: 'Gesagt, getan.', expected: [] },
    {
      name: 'a capitalised word inside the sentence, a noun',
      text: 'Nach Angaben der Polizei war es ruhig.',
      expected: [],
    },
    {
      name: 'a perfect with "sein" before the participle of a verb of change',
      text: 'Zuvor war schon bekannt geworden, dass die Mühle schließt.',
      expected: ['bekannt+geworden (participle)'],
    },
    {
      name: 'a verb-final perfect with "sein" after the participle',
      text: 'Er trat zurück, nachdem bekannt geworden war, dass er log.',
      expected: ['bekannt+geworden (participle)'],
    },
    {
      name: 'a perfect of "ausgehen" with "sein"',
      text: 'Die Forscher sind davon ausgegangen, dass der Damm hält.',
      expected: ['ausgegangen (participle)'],
    },
    {
      name: 'no perfect with "haben" for a verb that takes "sein"',
      text: 'Die Zahl hat bekannt geworden.',
      expected: [],
    },
    {
      name: '"darlegen" joined at the end of a subordinate clause',
      text: 'Wie die Ministerin darlegte, fehlen dem Land die Lehrer.',
      expected: ['darlegte'],
    },
    {
      name: '"darlegen" with its particle at the end of the clause',
      text: 'Die Ministerin legte am Montag dar, dass Lehrer fehlen.',
      expected: ['legte+dar'],
    },
    {
      name: 'an adverb between an article and an inflected participle: an adjective, not a cue',
      text: 'Die Stadt gibt in einer kurz zuvor veröffentlichten Mitteilung bekannt, dass die Brücke schließt.',
      expected: ['gibt+bekannt'],
    },
    {
      name: 'two adverbs between the article and the participle',
      text: 'Damit ist eine schon lange beklagte Regel im Gesetz gefallen.',
      expected: [],
    },
    {
      name: 'a demonstrative that opens its clause, an adverb and a verb: still a cue',
      text: 'Das jedenfalls forderte Paul Weber am Montag.',
      expected: ['forderte'],
    },
    {
      name: 'the particle after a short quoted phrase inside the clause',
      text: 'Der Verband rief die Mitglieder zum „letzten Gefecht“ gegen die Regierung auf.',
      expected: ['rief+auf'],
    },
    {
      name: 'no particle looked for past a quotation with punctuation of its own',
      text: 'Der Verband rief: „Wir gehen, jetzt!“ Dann lief er auf.',
      expected: ['rief'],
    },
    {
      name: 'no perfect with "sein" for a verb that takes "haben"',
      text: 'Der Bericht ist gesagt.',
      expected: [],
    },
    {
      name: '"lassen" with "sich" and an infinitive: what can be done, no speech',
      text: 'Anders ließen sich die Fehler nicht erklären.',
      expected: [],
    },
    {
      name: 'the modal passive at the end of a subordinate clause',
      text: 'Das bleibt offen, weil sich der Fehler kaum erklären lässt.',
      expected: [],
    },
    {
      name: '"lassen" without "sich": someone has it said',
      text: 'Der Minister ließ über seinen Sprecher erklären, er sei gesund.',
      expected: ['erklären'],
    },
    {
      name: '"ließ sich … zitieren": the subject lets their words be quoted',
      text: 'Die Ministerin ließ sich mit den Worten zitieren, sie sei zufrieden.',
      expected: ['zitieren'],
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

describe('a semi-modal "drohen" or "versprechen" with a "zu" infinitive is no cue', () => {
  it.each([
    { text: 'Wenn die Welle komme, drohten Patienten abgewiesen zu werden.', expected: [] },
    { text: 'Das Bauwerk droht unbenutzbar zu sein, warnte die Feuerwehr.', expected: ['warnte'] },
    // with another infinitive, either: "drohte zurückzutreten" is a threat
    { text: 'Der Minister drohte zurückzutreten.', expected: ['drohte'] },
    { text: 'Das Finale verspricht spannend zu werden.', expected: [] },
    { text: 'Die Ärzte sagten, dass Patienten abgewiesen zu werden drohen.', expected: ['sagten'] },
    // as speech verbs: the infinitive clause after a comma, or an object
    { text: 'Der Konzern drohte, die Stadt zu verklagen.', expected: ['drohte'] },
    { text: 'Die Gewerkschaft drohte mit einem Streik.', expected: ['drohte'] },
    { text: 'Die Ministerin versprach, die Schulen zu sanieren.', expected: ['versprach'] },
  ])('$text', ({ text, expected }) => {
    expect(cuesOf(text)).toEqual(expected);
  });
});
