/**
 * Whose words a Konjunktiv sentence with no cue goes on with (`attribution.ts`): the subject of a sentence before it
 * only when that sentence reports what its subject says, judges or feels; after narration, the speaker before.
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('the speaker of continued reported speech', () => {
  it.each([
    {
      name: '"sein" with a zu-infinitive has no agent: the words come from the phrase after "aus"',
      text: 'Der Bürgermeister Udo Renz sagte, der Bau werde teurer. Aus dem Ministerium war zu hören, das Land zahle die Hälfte.',
      expected: [
        { kind: 'indirect', text: 'der Bau werde teurer', speaker: 'Udo Renz' },
        { kind: 'indirect', text: 'das Land zahle die Hälfte', speaker: 'Ministerium' },
      ],
    },
    {
      name: 'a narrating sentence in between does not take the speech over',
      text: 'Der Sprecher der Feuerwehr, Tom Kalb, sagte, die Halle sei einsturzgefährdet. Die Polizei sperrte die Straße. Weitere Opfer seien nicht zu befürchten.',
      expected: [
        { kind: 'indirect', text: 'die Halle sei einsturzgefährdet', speaker: 'Tom Kalb' },
        { kind: 'indirect', text: 'Weitere Opfer seien nicht zu befürchten.', speaker: 'Tom Kalb' },
      ],
    },
    {
      name: 'a sentence that reports a judgement hands the speech to its subject',
      text: 'Der Sprecher der Feuerwehr, Tom Kalb, sagte, die Halle sei einsturzgefährdet. Das Landesamt sieht keine Gefahr für die Nachbarn. Die Messwerte seien unauffällig.',
      expected: [
        { kind: 'indirect', text: 'die Halle sei einsturzgefährdet', speaker: 'Tom Kalb' },
        { kind: 'indirect', text: 'Die Messwerte seien unauffällig.', speaker: 'Landesamt' },
      ],
    },
    {
      name: 'so does a sentence that reports an attitude',
      text: 'Der Bürgermeister Udo Renz sagte, der Bau werde teurer. Die Opposition ist besorgt. Das Geld fehle an anderer Stelle.',
      expected: [
        { kind: 'indirect', text: 'der Bau werde teurer', speaker: 'Udo Renz' },
        { kind: 'indirect', text: 'Das Geld fehle an anderer Stelle.', speaker: 'Opposition' },
      ],
    },
    {
      name: 'and a noun with its light verb that make an act of speech ("Stellung nehmen")',
      text: 'Der Bürgermeister Udo Renz sagte, der Bau werde teurer. Die Ministerin Eva Lange nahm zu der Frage Stellung. Das Land zahle die Hälfte.',
      expected: [
        { kind: 'indirect', text: 'der Bau werde teurer', speaker: 'Udo Renz' },
        { kind: 'indirect', text: 'Das Land zahle die Hälfte.', speaker: 'Eva Lange' },
      ],
    },
    {
      name: 'whose subject follows the verb and an adverb ("Im Landtag nahm dann auch die Ministerin …")',
      text: 'Der Bürgermeister Udo Renz sagte, der Bau werde teurer. Im Landtag nahm dann auch die Ministerin Eva Lange Stellung. Das Land zahle die Hälfte.',
      expected: [
        { kind: 'indirect', text: 'der Bau werde teurer', speaker: 'Udo Renz' },
        { kind: 'indirect', text: 'Das Land zahle die Hälfte.', speaker: 'Eva Lange' },
      ],
    },
    {
      name: 'a light verb without its noun is narration ("nahm den Zug")',
      text: 'Der Bürgermeister Udo Renz sagte, der Bau werde teurer. Die Ministerin Eva Lange nahm den Zug nach Bonn. Das Land zahle die Hälfte.',
      expected: [
        { kind: 'indirect', text: 'der Bau werde teurer', speaker: 'Udo Renz' },
        { kind: 'indirect', text: 'Das Land zahle die Hälfte.', speaker: 'Udo Renz' },
      ],
    },
    {
      name: 'and a speech verb ("abstreiten") with no clause of its own',
      text: 'Der Bürgermeister Udo Renz sagte, der Bau werde teurer. Der Verband Nordbau streitet die Vorwürfe ab. Die Preise seien korrekt berechnet worden.',
      expected: [
        { kind: 'indirect', text: 'der Bau werde teurer', speaker: 'Udo Renz' },
        { kind: 'indirect', text: 'Die Preise seien korrekt berechnet worden.', speaker: 'Nordbau' },
      ],
    },
    {
      name: 'the clause before the statement reports a view: its subject, after an inverted verb',
      text: 'Der Bürgermeister Udo Renz sagte, der Bau werde teurer. Im Ausschuss sieht die Opposition einen „schweren Fehler“, das Geld fehle an anderer Stelle.',
      expected: [
        { kind: 'indirect', text: 'der Bau werde teurer', speaker: 'Udo Renz' },
        { kind: 'direct', text: '„schweren Fehler“', speaker: 'Opposition' },
        { kind: 'indirect', text: 'das Geld fehle an anderer Stelle', speaker: 'Opposition' },
      ],
    },
    {
      name: 'a passive report does not hand the speech to its subject, which is what was said',
      text: 'Die Agentur Nordpress meldete, im Hafen sei ein Lager abgebrannt. Die Zahl der verletzten Hafenarbeiter wurde mit zwölf angegeben. Außerdem seien zwei Kräne zerstört worden.',
      expected: [
        { kind: 'indirect', text: 'im Hafen sei ein Lager abgebrannt', speaker: 'Nordpress' },
        { kind: 'indirect', text: 'Außerdem seien zwei Kräne zerstört worden.', speaker: 'Nordpress' },
      ],
    },
    {
      name: 'but to its agent after "von"',
      text: 'Die Agentur Nordpress meldete, im Hafen sei ein Lager abgebrannt. Die Zahl der Verletzten wurde von der Feuerwehr mit zwölf angegeben. Außerdem seien zwei Kräne zerstört worden.',
      expected: [
        { kind: 'indirect', text: 'im Hafen sei ein Lager abgebrannt', speaker: 'Nordpress' },
        { kind: 'indirect', text: 'Außerdem seien zwei Kräne zerstört worden.', speaker: 'Feuerwehr' },
      ],
    },
    {
      name: 'far from any cue, the subject of the sentence before, after its verb when a preposition opens it',
      text: 'Der Winter war mild. Trotz des Regens öffnet der Verband Nordbau die Baustelle. Die Lage bleibe ernst.',
      expected: [{ kind: 'indirect', text: 'Die Lage bleibe ernst.', speaker: 'Nordbau' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('an adverb of time before the auxiliary is no subject', () => {
  it.each([
    {
      name: 'a duration in "-lang"',
      text: 'Monatelang hat die Polizei abgestritten, dass es Beschwerden gegeben habe.',
      speaker: 'Polizei',
    },
    {
      name: 'an adverb in "-fristig"',
      text: 'Kurzfristig hat die Regierung angekündigt, die Steuern zu senken.',
      speaker: 'Regierung',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text).map((q) => q.speaker)).toEqual([speaker]);
  });
});

describe('the holder of a Konjunktiv clause that depends on a main clause with no speech verb', () => {
  it.each([
    {
      name: 'a clause after the comma of "davon ausgehen" is what its subject assumes, a noun for people too',
      text: 'Der Bürgermeister Udo Renz sagte, der Bau werde teurer. Die Anwohner gingen lange davon aus, die Straße werde gesperrt.',
      speakers: ['Udo Renz', 'Anwohner'],
    },
    {
      name: 'a "dass" clause after "bedauern", with the subject after the verb and a preposition first',
      text: 'Der Bürgermeister Udo Renz sagte, der Bau werde teurer. Für die Händler bedauerte der Verband Nordbau, dass die Straße gesperrt werde.',
      speakers: ['Udo Renz', 'Nordbau'],
    },
    {
      name: 'a "dass" clause after a perfect: the people who made the statement',
      text: 'Die Agentur Nordpress meldete, im Hafen sei ein Feuer ausgebrochen. Die Jugendlichen haben gegenüber der Polizei ausgesagt, dass der Brand ein Unfall gewesen sei.',
      speakers: ['Nordpress', 'Jugendlichen'],
    },
    {
      name: 'not an adverbial clause ("als"), which is part of the report, not its content',
      text: 'Die Agentur Nordpress meldete, der Dieb sei gefasst. Der Mann war einer Streife aufgefallen, als er die Grenze überquert habe.',
      speakers: ['Nordpress', 'Nordpress'],
    },
    {
      name: 'not after a passive, whose subject is what happened to someone',
      text: 'Die Agentur Nordpress meldete, im Hafen sei ein Feuer ausgebrochen. Zwölf Arbeiter der Werft wurden verletzt, die Verletzten seien Seeleute.',
      speakers: ['Nordpress', 'Nordpress'],
    },
    {
      name: 'a relative clause between the subject and the verb of the sentence before: that subject',
      text: 'Die Agentur Nordpress meldete, der Plan sei teuer. Lena Brandt, die bei der Stadt für die Finanzen zuständig ist, wies den Vorwurf zurück. Der Plan spare auf Dauer Geld.',
      speakers: ['Nordpress', 'Lena Brandt'],
    },
    {
      name: 'a possessive in "-en" opens an object, not the subject: the subject follows the verb',
      text: 'Die Ministerin Anna Berg sagte, sie trete zurück. Ihren Gegner Paul Kern von der Partei Nordbund forderte Berg auf, es ihr gleichzutun.',
      speakers: ['Anna Berg', 'Anna Berg'],
    },
    {
      name: 'an "X soll … haben" claim three sentences and a paragraph after its source, past narration',
      text: 'Nach Angaben der Polizei wurde der Mann am Montag in Bonn festgenommen. Er war seit Mai auf der Flucht. Die Beamten fanden in seiner Wohnung zwei Waffen.\n\nEr soll im Winter mehrere Banken überfallen haben.',
      speakers: ['Polizei', 'Polizei'],
    },
  ])('$name', ({ text, speakers }) => {
    expect(found(text).map((q) => q.speaker)).toEqual(speakers);
  });
});
