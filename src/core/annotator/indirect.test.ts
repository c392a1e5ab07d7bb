/**
 * Indirect, reported and free indirect speech: the rules of `indirect.ts`, `frames.ts`, `cues.ts` and the
 * speech-verb lexicon, one named sentence each (own example sentences).
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes';

interface Expected {
  kind: string;
  /** The quote's text, its spans joined with " | ". */
  text: string;
  speaker: string | null;
}

function found(text: string): Expected[] {
  return findQuotes(text, '2024-05-02').map((q) => ({
    kind: q.kind,
    text: q.quote.map(([s, e]) => text.slice(s, e)).join(' | '),
    speaker: q.speaker,
  }));
}

describe('continuation in Konjunktiv', () => {
  it.each([
    {
      name: 'a run of Konjunktiv sentences is one statement',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Man habe zu spät gehandelt. Nun müsse man neu beginnen.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        {
          kind: 'indirect',
          text: 'Man habe zu spät gehandelt. Nun müsse man neu beginnen.',
          speaker: 'Eva Roth',
        },
      ],
    },
    {
      name: 'a noun that looks like a Konjunktiv ("Kämpfe") does not continue the speech',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Die Kämpfe hatten am Montag begonnen.',
      expected: [{ kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' }],
    },
    {
      name: 'a first-person answer in the indicative does not continue the speech',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Ich habe das Interview gern gegeben.',
      expected: [{ kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' }],
    },
    {
      name: 'only the clause in Konjunktiv continues the speech',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Der Bau ruht, weil das Geld fehle.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'weil das Geld fehle', speaker: 'Eva Roth' },
      ],
    },
    {
      name: 'a clause before the Konjunktiv verb opens the continued statement',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Als der Bau begann, habe das Geld schon gefehlt.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'Als der Bau begann, habe das Geld schon gefehlt.', speaker: 'Eva Roth' },
      ],
    },
    {
      name: 'the Konjunktiv I of an unlisted verb, told by its place at the end of a clause',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Der Bau ruht, weil das Amt die Regeln streng auslege.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'weil das Amt die Regeln streng auslege', speaker: 'Eva Roth' },
      ],
    },
    {
      name: 'the Konjunktiv I of an unlisted verb, told by its place after a subject pronoun',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Sie rechne nun mit einer raschen Einigung.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'Sie rechne nun mit einer raschen Einigung.', speaker: 'Eva Roth' },
      ],
    },
    {
      name: 'a Konjunktiv II in the main clause puts the whole sentence into the statement',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Nun müssten Firmen einspringen, weil das Geld fehle.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        {
          kind: 'indirect',
          text: 'Nun müssten Firmen einspringen, weil das Geld fehle.',
          speaker: 'Eva Roth',
        },
      ],
    },
    {
      name: 'a continued statement ends before a coordinated cue',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Sie finde die Reform nötig und nannte den Streit „unnötig“.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'Sie finde die Reform nötig', speaker: 'Eva Roth' },
        { kind: 'direct', text: '„unnötig“', speaker: 'Eva Roth' },
      ],
    },
    {
      name: 'a Konjunktiv II modal right after a continued statement goes on with it',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Dies bedinge neue Kosten. Nun könnten die Preise steigen.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        {
          kind: 'indirect',
          text: 'Dies bedinge neue Kosten. Nun könnten die Preise steigen.',
          speaker: 'Eva Roth',
        },
      ],
    },
    {
      name: 'a new paragraph starts a new statement',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Man habe zu spät gehandelt.\n\nNun müsse man neu beginnen.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'Man habe zu spät gehandelt.', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'Nun müsse man neu beginnen.', speaker: 'Eva Roth' },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a quotation nested in indirect speech', () => {
  it.each([
    {
      name: 'a preposed statement ending in a quotation',
      text: 'Die Politik könne nun die Bedingungen schaffen, „dass mehr Wachstum entsteht“, erklärte der Verbandspräsident Otto Brandt.',
      expected: [
        {
          kind: 'indirect',
          text: 'Die Politik könne nun die Bedingungen schaffen, „dass mehr Wachstum entsteht“',
          speaker: 'Otto Brandt',
        },
        { kind: 'direct', text: '„dass mehr Wachstum entsteht“', speaker: 'Otto Brandt' },
      ],
    },
    {
      name: 'a Konjunktiv continuation with a quotation in it',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Es sei schwierig, jemanden zu finden, „der das Projekt retten könnte“.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        {
          kind: 'indirect',
          text: 'Es sei schwierig, jemanden zu finden, „der das Projekt retten könnte“.',
          speaker: 'Eva Roth',
        },
        { kind: 'direct', text: '„der das Projekt retten könnte“', speaker: 'Eva Roth' },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('free indirect speech', () => {
  it.each([
    {
      name: '"soll … haben" reports a claim',
      text: 'Der Fahrer soll das Rotlicht übersehen haben.',
      expected: [
        { kind: 'freeIndirect', text: 'Der Fahrer soll das Rotlicht übersehen haben.', speaker: null },
      ],
    },
    {
      name: 'a plan with "sollen" right after a statement',
      text: 'Die Stadt teilte mit, dass das Bad schließt. Im Herbst sollen die Arbeiten beginnen.',
      expected: [
        { kind: 'indirect', text: 'dass das Bad schließt', speaker: 'Stadt' },
        { kind: 'freeIndirect', text: 'Im Herbst sollen die Arbeiten beginnen.', speaker: 'Stadt' },
      ],
    },
    {
      name: 'a "sollen" sentence far from any statement is the writer\'s own',
      text: 'Das Bad ist alt. Es wird viel genutzt. Im Herbst sollen die Arbeiten beginnen.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('cues', () => {
  it.each([
    {
      name: 'a passive cue introduces a statement without a speaker',
      text: 'Dem Fahrer wurde vorgeworfen, zu schnell gefahren zu sein.',
      expected: [{ kind: 'indirect', text: 'zu schnell gefahren zu sein', speaker: null }],
    },
    {
      name: 'a passive cue after its participle',
      text: 'Bekannt ist, dass der Verein aufgefordert wurde, die Kosten zu tragen.',
      expected: [{ kind: 'indirect', text: 'die Kosten zu tragen', speaker: null }],
    },
    {
      name: 'a decision with an infinitive',
      text: 'Der Stadtrat beschloss am Montag, die Gebühren zu senken.',
      expected: [{ kind: 'indirect', text: 'die Gebühren zu senken', speaker: 'Stadtrat' }],
    },
    {
      name: 'a finding introduced by "wie … ergab"',
      text: 'Wie eine Umfrage ergab, fahren viele Pendler wieder Bahn.',
      expected: [{ kind: 'indirect', text: 'fahren viele Pendler wieder Bahn', speaker: 'Umfrage' }],
    },
    {
      name: 'a separable verb written apart at the end of a "wie" clause',
      text: 'Wie das Ministerium am Montag bekannt gab, wird die Brücke gesperrt.',
      expected: [{ kind: 'indirect', text: 'wird die Brücke gesperrt', speaker: 'Ministerium' }],
    },
    {
      name: 'a "wie" clause whose subject has a name set off by commas',
      text: 'Wie die Sprecherin des Amts, Anna Berger, mitteilte, wird die Brücke gesperrt.',
      expected: [{ kind: 'indirect', text: 'wird die Brücke gesperrt', speaker: 'Anna Berger' }],
    },
    {
      name: 'a zu-infinitive in the statement does not end it',
      text: 'Das Ministerium erklärte, von dem Plan nichts zu wissen.',
      expected: [{ kind: 'indirect', text: 'von dem Plan nichts zu wissen', speaker: 'Ministerium' }],
    },
    {
      name: 'an apposition between the verb and its particle',
      text: 'Die Stadt gab am Montag, dem 3. März, die Sperrung der Brücke bekannt.',
      expected: [
        {
          kind: 'reported',
          text: 'Die Stadt gab am Montag, dem 3. März, die Sperrung der Brücke bekannt.',
          speaker: 'Stadt',
        },
      ],
    },
    {
      name: 'a noun spelled like a verb with its particle ("Angaben") is no cue',
      text: 'Offiziellen Angaben zufolge sind die Vorräte an Wasser, Brot und Medizin knapp.',
      expected: [
        {
          kind: 'indirect',
          text: 'sind die Vorräte an Wasser, Brot und Medizin knapp',
          speaker: 'Offiziellen Angaben',
        },
      ],
    },
    {
      name: 'a negated modal with an infinitive says what was not said',
      text: 'Ein Sprecher wollte nicht bestätigen, dass die Brücke gesperrt wird.',
      expected: [],
    },
    {
      name: 'a number with a thousands point inside a zu-infinitive',
      text: 'Das Land hat sich bereit erklärt, weitere 2.000 Soldaten zu entsenden.',
      expected: [{ kind: 'indirect', text: 'weitere 2.000 Soldaten zu entsenden', speaker: 'Land' }],
    },
    {
      name: 'a report without a speaker ("Aus … verlautete, dass …")',
      text: 'Aus Kreisen der Regierung verlautete, dass die Brücke gesperrt wird.',
      expected: [{ kind: 'indirect', text: 'dass die Brücke gesperrt wird', speaker: null }],
    },
    {
      name: 'what became known ("wurde bekannt, dass …")',
      text: 'Zudem wurde bekannt, dass die Brücke gesperrt wird.',
      expected: [{ kind: 'indirect', text: 'dass die Brücke gesperrt wird', speaker: null }],
    },
    {
      name: 'a denied confirmation states nothing',
      text: 'Die Polizei konnte weder bestätigen noch ausschließen, dass der Tank leer war.',
      expected: [],
    },
    {
      name: 'the writer or an interviewee speaking in the first person is no report',
      text: 'Ich glaube, die Künstler wollen vor allem gut aussehen.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('span boundaries', () => {
  it.each([
    {
      name: 'an apposition before the cue is not a preposed statement',
      text: 'Der Leiter des Bauamts, Paul Weber, kritisierte den Plan.',
      expected: [
        {
          kind: 'reported',
          text: 'Der Leiter des Bauamts, Paul Weber, kritisierte den Plan.',
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

describe('frames', () => {
  it.each([
    {
      name: '"nach ersten Informationen" with no source named after it',
      text: 'Nach ersten Informationen wurden keine Menschen verletzt.',
      expected: [
        { kind: 'indirect', text: 'wurden keine Menschen verletzt', speaker: 'ersten Informationen' },
      ],
    },
    {
      name: '"nach einer Stellungnahme der X"',
      text: 'Nach einer Stellungnahme der Armee befand sich der Hubschrauber auf einem Übungsflug.',
      expected: [
        { kind: 'indirect', text: 'befand sich der Hubschrauber auf einem Übungsflug', speaker: 'Armee' },
      ],
    },
    {
      name: 'a compound source noun ("Polizeiangaben")',
      text: 'Nach Polizeiangaben waren es etwa tausend Menschen.',
      expected: [{ kind: 'indirect', text: 'waren es etwa tausend Menschen', speaker: 'Polizeiangaben' }],
    },
    {
      name: '"Demnach" with no speaker before it',
      text: 'Die Zahlen wurden korrigiert. Demnach sind weniger Menschen betroffen als gedacht.',
      expected: [{ kind: 'indirect', text: 'sind weniger Menschen betroffen als gedacht', speaker: null }],
    },
    {
      name: '"laut" with a web address',
      text: 'Laut wetter.de bleibt es am Wochenende trocken.',
      expected: [{ kind: 'indirect', text: 'bleibt es am Wochenende trocken', speaker: null }],
    },
    {
      name: 'a relative clause on the source is not part of the statement',
      text: 'Nach Angaben der Polizei, die den Fall prüft, waren die meisten Opfer Kinder.',
      expected: [{ kind: 'indirect', text: 'waren die meisten Opfer Kinder', speaker: 'Polizei' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('statements announced by a noun', () => {
  it.each([
    {
      name: 'a Konjunktiv clause after "der Vorwurf der X", ending at the comma before the main clause',
      text: 'Der Stadtrat wies den Vorwurf der Opposition, der Plan sei zu teuer, entschieden zurück.',
      expected: [{ kind: 'indirect', text: 'der Plan sei zu teuer', speaker: 'Opposition' }],
    },
    {
      name: 'a zu-infinitive after a proposal',
      text: 'Der Vorschlag, die Gebühren zu senken, fand keine Mehrheit.',
      expected: [{ kind: 'indirect', text: 'die Gebühren zu senken', speaker: null }],
    },
    {
      name: 'a dass clause after "mit der Begründung"',
      text: 'Mit der Begründung, dass die Halle saniert werden müsse, wurde das Konzert abgesagt.',
      expected: [{ kind: 'indirect', text: 'dass die Halle saniert werden müsse', speaker: null }],
    },
    {
      name: 'a noun with a verb after it is no announcing noun ("Angst hatte,")',
      text: 'Der Plan sei gescheitert, sagte die Ministerin. Da die Stadt Angst hatte, habe sie gezögert.',
      expected: [
        { kind: 'indirect', text: 'Der Plan sei gescheitert', speaker: 'Ministerin' },
        {
          kind: 'indirect',
          text: 'Da die Stadt Angst hatte, habe sie gezögert.',
          speaker: 'Ministerin',
        },
      ],
    },
    {
      name: 'a plan announced by a noun',
      text: 'Der Plan der Stadt, die Brücke im Mai zu sperren, stößt auf Kritik.',
      expected: [{ kind: 'indirect', text: 'die Brücke im Mai zu sperren', speaker: 'Stadt' }],
    },
    {
      name: 'a conviction announced by an adjective',
      text: 'Der Trainer ist zuversichtlich, die Schweden mit dem jungen Kader schlagen zu können.',
      expected: [
        {
          kind: 'indirect',
          text: 'die Schweden mit dem jungen Kader schlagen zu können',
          speaker: 'Trainer',
        },
      ],
    },
    {
      name: 'a relative clause after the noun is not a statement',
      text: 'Die Polizei fand den Bericht, der im Keller lag, nicht.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('reported speech', () => {
  it.each([
    {
      name: '"berichtete von"',
      text: 'Die Gewerkschaft berichtete von langen Schlangen vor den Ämtern.',
      expected: [
        {
          kind: 'reported',
          text: 'Die Gewerkschaft berichtete von langen Schlangen vor den Ämtern.',
          speaker: 'Gewerkschaft',
        },
      ],
    },
    {
      name: '"nannte X Y"',
      text: 'Der Verband nannte den Plan einen teuren Fehler.',
      expected: [
        { kind: 'reported', text: 'Der Verband nannte den Plan einen teuren Fehler.', speaker: 'Verband' },
      ],
    },
    {
      name: 'a judgement ("wertete … als")',
      text: 'Der Verband wertete das Urteil als großen Erfolg.',
      expected: [
        { kind: 'reported', text: 'Der Verband wertete das Urteil als großen Erfolg.', speaker: 'Verband' },
      ],
    },
    {
      name: 'a pronoun subject reports too ("Sie forderte …")',
      text: 'Die Sitzung dauerte lange. Sie forderte den Rücktritt des Kassenwarts.',
      expected: [{ kind: 'reported', text: 'Sie forderte den Rücktritt des Kassenwarts.', speaker: null }],
    },
    {
      name: 'an estimate ("gehen von … aus")',
      text: 'Die Gutachter gehen von einem hohen Schaden aus.',
      expected: [
        { kind: 'reported', text: 'Die Gutachter gehen von einem hohen Schaden aus.', speaker: 'Gutachter' },
      ],
    },
    {
      name: 'a reason given ("begründete … mit")',
      text: 'Die Gemeinde begründete die Erhöhung mit den gestiegenen Kosten.',
      expected: [
        {
          kind: 'reported',
          text: 'Die Gemeinde begründete die Erhöhung mit den gestiegenen Kosten.',
          speaker: 'Gemeinde',
        },
      ],
    },
    {
      name: 'a proposal ("regte … an")',
      text: 'Der Bürgermeister regte ein Treffen der Nachbargemeinden an.',
      expected: [
        {
          kind: 'reported',
          text: 'Der Bürgermeister regte ein Treffen der Nachbargemeinden an.',
          speaker: 'Bürgermeister',
        },
      ],
    },
    {
      name: 'a passive with an agent or a predicate ("wurde von X als Y kritisiert")',
      text: 'Der Vorschlag wurde von der Opposition als unrealistisch kritisiert.',
      expected: [
        {
          kind: 'reported',
          text: 'Der Vorschlag wurde von der Opposition als unrealistisch kritisiert.',
          speaker: 'Opposition', // the agent of the passive (speakers.ts)
        },
      ],
    },
    {
      name: 'a passive that names a reason ("Als Grund wurde … genannt")',
      text: 'Als Grund wurde ein Fehler in der Software genannt.',
      expected: [
        { kind: 'reported', text: 'Als Grund wurde ein Fehler in der Software genannt.', speaker: null },
      ],
    },
    {
      name: 'a bare passive is not reported speech',
      text: 'Außerdem wurde eine bessere Ausstattung der Schulen gefordert.',
      expected: [],
    },
    {
      name: 'an expectation in the passive is not reported speech',
      text: 'Von den Meteorologen wird für Sonntag ein schwerer Sturm erwartet.',
      expected: [],
    },
    {
      name: 'a forecast ("sagten … voraus")',
      text: 'Die Forscher sagten für den Winter starke Schneefälle voraus.',
      expected: [
        {
          kind: 'reported',
          text: 'Die Forscher sagten für den Winter starke Schneefälle voraus.',
          speaker: 'Forscher',
        },
      ],
    },
    {
      name: 'an attribution ("schrieb … zu")',
      text: 'Der Trainer schrieb den Sieg vor allem der Abwehr zu.',
      expected: [
        {
          kind: 'reported',
          text: 'Der Trainer schrieb den Sieg vor allem der Abwehr zu.',
          speaker: 'Trainer',
        },
      ],
    },
    {
      name: 'a verdict ("attestierten")',
      text: 'Die Prüfer attestierten dem Amt schwere Versäumnisse.',
      expected: [
        {
          kind: 'reported',
          text: 'Die Prüfer attestierten dem Amt schwere Versäumnisse.',
          speaker: 'Prüfer',
        },
      ],
    },
    {
      name: 'a greeting is not reported speech',
      text: 'Der Bürgermeister begrüßte die Gäste am Eingang.',
      expected: [],
    },
    {
      name: 'a title defended is not reported speech',
      text: 'Die Weltmeisterin verteidigte ihren Titel in Oslo.',
      expected: [],
    },
    {
      name: 'a welcome with a dass clause is still indirect speech',
      text: 'Der Minister begrüßte, dass die Einigung gelungen sei.',
      expected: [{ kind: 'indirect', text: 'dass die Einigung gelungen sei', speaker: 'Minister' }],
    },
    {
      name: 'a first person speaking is no report ("fordern wir")',
      text: 'Folglich fordern wir mehr Geld für die Schulen.',
      expected: [],
    },
    {
      name: 'an infinitive after a modal is not reported speech',
      text: 'Die Gewerkschaft wollte den Plan zunächst nicht kritisieren.',
      expected: [],
    },
    {
      name: 'a present tense spelled like the participle after its subject ("berichtet von")',
      text: 'Der Sender berichtet von einem Unwetter über der Küste.',
      expected: [
        {
          kind: 'reported',
          text: 'Der Sender berichtet von einem Unwetter über der Küste.',
          speaker: 'Sender',
        },
      ],
    },
    {
      name: 'a report ends before a second cue with an object of its own',
      text: 'Die Ministerin lobte den Plan und forderte mehr Geld für die Schulen.',
      expected: [{ kind: 'reported', text: 'Die Ministerin lobte den Plan', speaker: 'Ministerin' }],
    },
    {
      name: 'a definition with a present tense spelled like the participle is not reported speech',
      text: 'Das Wort Meile bezeichnet im Englischen eine Strecke von etwa 1,6 Kilometern.',
      expected: [],
    },
    {
      name: 'a threat of punishment is not speech',
      text: 'Dem Fahrer drohen bis zu zwei Jahre Haft.',
      expected: [],
    },
    {
      name: 'a confirmation alone is not counted as reported speech',
      text: 'Die Polizei bestätigte den Unfall.',
      expected: [],
    },
    {
      name: 'speaking with someone is not reported speech',
      text: 'Der Astronaut sprach am Abend mit seiner Frau und seinem Sohn.',
      expected: [],
    },
    {
      name: 'a report with nothing reported is a reference, not reported speech',
      text: 'Der Sender berichtete.',
      expected: [],
    },
    {
      name: 'a judgement with "hält … für"',
      text: 'Der Verband hält den Plan für verfassungswidrig.',
      expected: [
        { kind: 'reported', text: 'Der Verband hält den Plan für verfassungswidrig.', speaker: 'Verband' },
      ],
    },
    {
      name: 'a judgement with "sieht … als"',
      text: 'Die Partei sieht die Reform als Gefahr für den Sozialstaat.',
      expected: [
        {
          kind: 'reported',
          text: 'Die Partei sieht die Reform als Gefahr für den Sozialstaat.',
          speaker: 'Partei',
        },
      ],
    },
    {
      name: '"halten" without "für" is no speech verb',
      text: 'Der Verband hält an dem Plan fest.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('linear time in one long sentence', () => {
  /** Milliseconds one call takes, best of three. */
  function time(run: () => unknown): number {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      run();
      best = Math.min(best, performance.now() - started);
    }
    return best;
  }

  it.each([
    { name: 'many cues', unit: 'Anna sagte, dass Berger meinte, ' },
    { name: 'frames in subordinate clauses', unit: 'weil nach Angaben der Bahn es regne, ' },
    { name: 'statement nouns', unit: 'der Vorwurf der Opposition, der Plan sei teuer, ' },
    { name: 'appositions before cues', unit: 'Anna Berger, Leiterin des Amts, kritisierte den Plan, ' },
  ])('$name', ({ unit }) => {
    const small = `${unit.repeat(1_000)}Ende.`;
    const large = `${unit.repeat(8_000)}Ende.`;
    findQuotes(small);
    const smallTime = time(() => findQuotes(small));
    const largeTime = time(() => findQuotes(large));
    // Eight times the input may take about eight times as long; a quadratic pass would take sixty-four times.
    expect(largeTime).toBeLessThan(smallTime * 24 + 300);
  });
});
