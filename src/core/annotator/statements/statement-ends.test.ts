/**
 * Where indirect statements start and end (`statement-ends.ts`, `preposed.ts`, `wie-clauses.ts`), one named
 * sentence each (own example sentences).
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('span boundaries', () => {
  it.each([
    {
      name: "an indicative auxiliary after a comma opens the writer's main clause",
      text: 'Der Betreiber hatte erklärt, dass die Fahrgäste selbst schuld seien, wurde dann aber überstimmt.',
      expected: [{ kind: 'indirect', text: 'dass die Fahrgäste selbst schuld seien', speaker: 'Betreiber' }],
    },
    {
      name: "a past tense after a comma, with no subject of its own, goes on with the cue's clause",
      text: 'Der Angeklagte sagte, er sei unschuldig, verweigerte die Aussage und schwieg.',
      expected: [{ kind: 'indirect', text: 'er sei unschuldig', speaker: 'Angeklagte' }],
    },
    {
      name: 'a past tense after "und" goes on with the cue\'s clause too',
      text: 'Die Ministerin sagte, die Länder müssten nachgeben und verwies auf den Haushalt.',
      expected: [{ kind: 'indirect', text: 'die Länder müssten nachgeben', speaker: 'Ministerin' }],
    },
    {
      name: 'an adjective in -te before its noun is no past tense',
      text: 'Die Ministerin sagte, die Länder seien gefordert und letzte Woche habe man verhandelt.',
      expected: [
        {
          kind: 'indirect',
          text: 'die Länder seien gefordert und letzte Woche habe man verhandelt',
          speaker: 'Ministerin',
        },
      ],
    },
    {
      name: "one word and an indicative auxiliary after a comma are the writer's main clause, verb second",
      text: 'Damals sagte der Minister, dass die Mission bald ende, mehrmals wurde das Mandat dann verlängert.',
      expected: [{ kind: 'indirect', text: 'dass die Mission bald ende', speaker: 'Minister' }],
    },
    {
      name: "a participle and its auxiliary after an apposition close the statement's own clause",
      text: 'Der Kläger sagte, dass die Regierung den Rat, die Kammer der Länder, ausgeschlossen hat.',
      expected: [
        {
          kind: 'indirect',
          text: 'dass die Regierung den Rat, die Kammer der Länder, ausgeschlossen hat',
          speaker: 'Kläger',
        },
      ],
    },
    {
      name: "a verb after a clause inside the statement's own subject is the statement's",
      text: 'Die Richterin sagte, Bürger, die nicht wissen, wer ihre Daten hat, sind nicht frei.',
      expected: [
        {
          kind: 'indirect',
          text: 'Bürger, die nicht wissen, wer ihre Daten hat, sind nicht frei',
          speaker: 'Richterin',
        },
      ],
    },
    {
      name: 'an apposition before the cue is not a preposed statement',
      text: 'Der Leiter des Bauamts, Paul Weber, lobte den Plan.',
      expected: [
        {
          kind: 'reported',
          text: 'Der Leiter des Bauamts, Paul Weber, lobte den Plan.',
          speaker: 'Paul Weber',
        },
      ],
    },
    {
      name: 'a relative clause on the subject before the cue is not a preposed statement',
      text: 'In einem Bericht, der am Montag erschien, rechtfertigte das Ministerium den Einsatz.',
      expected: [],
    },
    {
      name: 'a statement with a relative clause inside it is still a preposed statement',
      text: 'Ein Sturm, der lange über dem Meer stand, habe die Küste erreicht, meldete der Wetterdienst.',
      expected: [
        {
          kind: 'indirect',
          text: 'Ein Sturm, der lange über dem Meer stand, habe die Küste erreicht',
          speaker: 'Wetterdienst',
        },
      ],
    },
    {
      name: 'a statement ends at a colon that opens a quotation',
      text: 'Die Ministerin sagte, die Lage sei ernst: „Wir brauchen Hilfe.“',
      expected: [
        { kind: 'indirect', text: 'die Lage sei ernst', speaker: 'Ministerin' },
        { kind: 'direct', text: '„Wir brauchen Hilfe.“', speaker: 'Ministerin' },
      ],
    },
    {
      name: 'an apposition after the speaker is not a statement',
      text: '„Wir bleiben“, sagte Paul Weber, ein Sprecher des Verbands.',
      expected: [{ kind: 'direct', text: '„Wir bleiben“', speaker: 'Paul Weber' }],
    },
    {
      name: 'a subordinate clause before the cue is not a preposed statement',
      text: 'Während die Abgeordneten zustimmten, kritisierte der Verband den Plan.',
      expected: [],
    },
    {
      name: 'a statement ends at a semicolon',
      text: 'Die Anwohner gaben an, sich unsicher zu fühlen; die Stadt will nun handeln.',
      expected: [{ kind: 'indirect', text: 'sich unsicher zu fühlen', speaker: 'Anwohner' }],
    },
    {
      name: 'a statement ends where the main clause of the next cue begins',
      text: 'Die Ministerin sagte, der Plan sei gescheitert, doch der Bürgermeister erklärte, man baue weiter.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Ministerin' },
        { kind: 'indirect', text: 'man baue weiter', speaker: 'Bürgermeister' },
      ],
    },
    {
      name: 'a statement ends before a coordinated cue',
      text: 'Die Ministerin sagte, der Plan sei gut, und der Bürgermeister erklärte, man baue weiter.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gut', speaker: 'Ministerin' },
        { kind: 'indirect', text: 'man baue weiter', speaker: 'Bürgermeister' },
      ],
    },
    {
      name: 'a speech verb inside a statement is part of it',
      text: 'Der Sprecher sagte, niemand könne sagen, was morgen geschehe.',
      expected: [{ kind: 'indirect', text: 'niemand könne sagen, was morgen geschehe', speaker: 'Sprecher' }],
    },
    {
      name: "a zu-infinitive statement ends before the writer's comment on it",
      text: 'Die Regierung beschuldigt die Rebellen, Geld aus dem Ausland zu erhalten, was bisher niemand belegen konnte.',
      expected: [{ kind: 'indirect', text: 'Geld aus dem Ausland zu erhalten', speaker: 'Regierung' }],
    },
    {
      name: "a zu-infinitive statement ends before a dash that adds the writer's words",
      text: 'Die Behörden haben 3,6 Millionen Einwohner aufgefordert, ihre Häuser zu verlassen – die Hälfte davon in Kiel.',
      expected: [{ kind: 'indirect', text: 'ihre Häuser zu verlassen', speaker: 'Behörden' }],
    },
    {
      name: 'a zu-infinitive statement goes on with a second infinitive',
      text: 'Die Verbände drängten den Minister, seine Bemühungen zu verstärken, mit dem Problem fertigzuwerden.',
      expected: [
        {
          kind: 'indirect',
          text: 'seine Bemühungen zu verstärken, mit dem Problem fertigzuwerden',
          speaker: 'Verbände',
        },
      ],
    },
    {
      name: 'a statement in a subordinate clause that opens the sentence ends where the main clause begins',
      text: 'Nachdem die Anwältin mitgeteilt hatte, dass der Mann gesucht werde, rief der Richter die Polizei.',
      expected: [{ kind: 'indirect', text: 'dass der Mann gesucht werde', speaker: 'Anwältin' }],
    },
    {
      name: 'an inserted "wie X sagte" with the statement going on after it',
      text: 'Die Kürzung verstoße, wie das Gericht entschied, gegen das Gesetz.',
      expected: [{ kind: 'indirect', text: 'Die Kürzung verstoße | gegen das Gesetz', speaker: 'Gericht' }],
    },
    {
      name: 'an inserted "so X" with the statement going on after it',
      text: 'Im kommenden Mai, so die Forscher, sei der Versuch beendet worden.',
      expected: [
        { kind: 'indirect', text: 'Im kommenden Mai | sei der Versuch beendet worden', speaker: 'Forscher' },
      ],
    },
    {
      name: 'an inserted "so X" right after the Konjunktiv verb',
      text: 'Der Plan sei, so die Forscher, Schuld an der Verzögerung.',
      expected: [{ kind: 'indirect', text: 'Der Plan sei | Schuld an der Verzögerung', speaker: 'Forscher' }],
    },
    {
      name: 'a frame inside a subordinate clause frames that clause',
      text: 'Der Zug kam zu spät, weil nach Angaben der Bahn ein Signal ausgefallen war, und die Fahrgäste warteten.',
      expected: [{ kind: 'indirect', text: 'weil | ein Signal ausgefallen war', speaker: 'Bahn' }],
    },
    {
      name: 'a frame inside a relative clause frames that clause',
      text: 'Die Polizei fand den Mann, der laut Zeugen geflohen war, in einem Keller.',
      expected: [{ kind: 'indirect', text: 'der | geflohen war', speaker: 'Zeugen' }],
    },
    {
      name: 'a frame inside a clause opened by "was" frames that clause',
      text: 'Die Preise stiegen im Mai stark, was nach Ansicht der Händler am Wetter lag.',
      expected: [{ kind: 'indirect', text: 'was | am Wetter lag', speaker: 'Händler' }],
    },
    {
      name: 'a frame inside a clause opened by "zumal" frames that clause',
      text: 'Die Stadt baut keinen Deich, zumal der Fluss laut dem Wetterdienst kaum steigen wird.',
      expected: [{ kind: 'indirect', text: 'zumal der Fluss | kaum steigen wird', speaker: 'Wetterdienst' }],
    },
    {
      name: 'a comma between two nouns inside the framed clause lists them',
      text: 'Die Armee zerstörte ein Lager, das nach Angaben der Armee vor allem der Planung, Lagerung und Tarnung diente.',
      expected: [
        {
          kind: 'indirect',
          text: 'das | vor allem der Planung, Lagerung und Tarnung diente',
          speaker: 'Armee',
        },
      ],
    },
    {
      name: '"wie" right after a noun lists or compares and opens no clause of source',
      text: 'Der Verband hat Städte wie Köln und Bonn gelobt.',
      expected: [
        {
          kind: 'reported',
          text: 'Der Verband hat Städte wie Köln und Bonn gelobt.',
          speaker: 'Verband',
        },
      ],
    },
    {
      name: 'a zu-infinitive with a quoted name and a parenthesis in it',
      text: 'Die Partei beschloss am Sonntag, der „Sozialen Partei“ (SP) beizutreten.',
      expected: [{ kind: 'indirect', text: 'der „Sozialen Partei“ (SP) beizutreten', speaker: 'Partei' }],
    },
    {
      name: 'an apposition to the speaker with an adverbial after it is not a statement',
      text: '„Wir bleiben“, sagte der Kommandeur, General Paul Weber, heute auf einer Pressekonferenz.',
      expected: [{ kind: 'direct', text: '„Wir bleiben“', speaker: 'Paul Weber' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('an ordinal inside the clause', () => {
  it('does not cut the auxiliary off its participle ("hat am 3. März angekündigt")', () => {
    const text = 'Die Stadt hat am 3. März angekündigt, ein neues Bad zu bauen.';
    // The speaker is the subject finder's business (it still stops at the ordinal's full stop).
    expect(found(text).map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'indirect', text: 'ein neues Bad zu bauen' },
    ]);
  });
});

describe('a subject with insertions before the cue is no preposed statement', () => {
  it.each([
    {
      name: 'a subject with an apposition and a relative clause before the cue is not a preposed statement',
      text: 'Anna Berg, eine der Ärztinnen, die den Aufruf unterschrieben, verurteilte den Angriff.',
    },
    {
      name: 'a place with a relative clause whose subject is a name is not a preposed statement',
      text: 'Im Schreiben, das Weber an die Kammer geschickt hat, erklärt er seinen Rücktritt.',
    },
    {
      name: 'a focus particle and a relative clause behind a preposition are no preposed statement',
      text: 'Auch neue Zahlen, auf die im Bericht verwiesen wird, bestätigen den Rückgang.',
    },
    {
      name: 'a noun with a zu-infinitive before the cue is not a preposed statement',
      text: 'Den Versuch, die Schulen früher zu öffnen, lehnt die Ministerin jedoch ab.',
    },
    {
      name: 'a participle phrase before the cue is not a preposed statement',
      text: 'Gereizt, offenbar auf die Kritik reagierend, veröffentlichte der Verein eine Erklärung.',
    },
  ])('$name', ({ text }) => {
    expect(found(text).filter((q) => q.kind === 'indirect')).toEqual([]);
  });
});
