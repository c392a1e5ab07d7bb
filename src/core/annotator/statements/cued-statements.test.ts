/**
 * Indirect speech: the rules of `indirect.ts`, `frames.ts`, `noun-cues.ts`, `cues.ts` and the speech-verb
 * lexicon, one named sentence each (own example sentences). Continuations, statement ends and reported speech have
 * test files of their own.
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';
import { bestCpuMs } from '../../../testing/cpu-time';
import { findQuotes } from '../find-quotes';

/** The text of each indirect statement found in `text`, in order (its first stretch). */
const indirectStatements = (text: string): string[] =>
  findQuotes(text)
    .filter((q) => q.kind === 'indirect')
    .map((q) => text.slice(q.quote[0]![0], q.quote[0]![1]));

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

describe('cues', () => {
  it.each([
    {
      name: 'after a cue inserted behind its statement, the subject’s apposition is no second statement',
      text: 'Die Verletzten seien außer Gefahr, sagte Mark Abel, der Sprecher der so genannten „Nordhilfe“.',
      expected: [{ kind: 'indirect', text: 'Die Verletzten seien außer Gefahr', speaker: 'Mark Abel' }],
    },
    {
      name: 'a cue after its subject and the subject’s apposition opens the statement after its comma',
      text: 'Anna Berg, die Vorsitzende der Partei, sagte, das Prinzip, „ein Mann, eine Stimme“ gelte auch dort, aber dort gebe es keine Wahl.',
      expected: [
        {
          kind: 'indirect',
          text: 'das Prinzip, „ein Mann, eine Stimme“ gelte auch dort, aber dort gebe es keine Wahl',
          speaker: 'Anna Berg',
        },
      ],
    },
    {
      name: 'a subject of two nouns joined by "und", with an apposition, is no statement before the cue',
      text: 'Der frühere Bürgermeister und Senator, Hans Weber (SPD), warnte die Partei vor einem Wahlkampf.',
      expected: [
        {
          kind: 'reported',
          text: 'Der frühere Bürgermeister und Senator, Hans Weber (SPD), warnte die Partei vor einem Wahlkampf.',
          speaker: 'Hans Weber',
        },
      ],
    },
    {
      name: 'nor is an apposition with a relative clause',
      text: 'Das Ergebnis sei ein Erfolg, sagte Hugo Berg, Leiter einer Gruppe von Prüfern, die das Land besucht hatten.',
      expected: [{ kind: 'indirect', text: 'Das Ergebnis sei ein Erfolg', speaker: 'Hugo Berg' }],
    },
    {
      name: 'an expectation in the passive is no statement ("Es wird erwartet, dass …")',
      text: 'Es wird erwartet, dass der Komet im Mai mit bloßem Auge zu sehen ist.',
      expected: [],
    },
    {
      name: 'a participle in a comparison is no cue ("wie erwartet")',
      text: 'Der Sturm hat sich wie erwartet zu einem Orkan entwickelt.',
      expected: [],
    },
    {
      name: 'a parenthesis does not part a perfect from its auxiliary ("hat X (SPD) bekanntgegeben")',
      text: 'Am Freitag hat der Innenminister Paul Weber (SPD) bekanntgegeben, dass der Koffer harmlos gewesen sei.',
      expected: [{ kind: 'indirect', text: 'dass der Koffer harmlos gewesen sei', speaker: 'Paul Weber' }],
    },
    {
      name: 'a word between an article and its noun is an adjective, not a cue ("der verdächtige Koffer")',
      text: 'Die Polizei nahm am Abend den verdächtigen Mann fest, dass er bewaffnet war, blieb unklar.',
      expected: [],
    },
    {
      name: 'a participle with its particle written apart ("bekannt gegeben")',
      text: 'Der Landrat hat gestern bekannt gegeben, dass die Brücke im Sommer gesperrt wird.',
      expected: [{ kind: 'indirect', text: 'dass die Brücke im Sommer gesperrt wird', speaker: 'Landrat' }],
    },
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
      name: 'a zu-infinitive after the participle that closes the main clause, without a comma',
      text: 'Die Firma hat angekündigt die Preise im Herbst zu erhöhen.',
      expected: [{ kind: 'indirect', text: 'die Preise im Herbst zu erhöhen', speaker: 'Firma' }],
    },
    {
      name: 'a demonstrative after a comma takes up the clause before it ("…, das teilte X mit")',
      text: 'Die Brücke bleibt bis Mai gesperrt, das teilte die Stadt am Montag mit.',
      expected: [{ kind: 'indirect', text: 'Die Brücke bleibt bis Mai gesperrt', speaker: 'Stadt' }],
    },
    {
      name: 'a demonstrative after a dash, one adverb before the cue',
      text: 'Der Umbau kostet zu viel – das jedenfalls meint der Verband.',
      expected: [{ kind: 'indirect', text: 'Der Umbau kostet zu viel', speaker: 'Verband' }],
    },
    {
      name: '"das heißt" glosses the words before it, nobody says them',
      text: 'Die Brücke bleibt bis Mai gesperrt, das heißt die Umleitung gilt weiter.',
      expected: [],
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
      name: 'a speech verb in the Konjunktiv I is the verb of what was said, not a cue that ends it',
      text: 'Die Kanzlerin bekräftigte, die Regierung bekenne sich zu ihrer Verantwortung.',
      expected: [
        { kind: 'indirect', text: 'die Regierung bekenne sich zu ihrer Verantwortung', speaker: 'Kanzlerin' },
      ],
    },
    {
      name: 'so with a name for subject, without an article, after the comma',
      text: 'Der Präsident bekräftigte, Deutschland bekenne sich zu seiner Verantwortung.',
      expected: [
        { kind: 'indirect', text: 'Deutschland bekenne sich zu seiner Verantwortung', speaker: 'Präsident' },
      ],
    },
    {
      name: 'a Konjunktiv I after a noun and a name ("die Bundesrepublik Deutschland stehe")',
      text: 'Die Ministerin Eva Roth hat bekräftigt, die Bundesrepublik Deutschland stehe zu ihrem Wort.',
      expected: [
        { kind: 'indirect', text: 'die Bundesrepublik Deutschland stehe zu ihrem Wort', speaker: 'Eva Roth' },
      ],
    },
    {
      name: 'holding something against a view ("hält dagegen") is a reply, whatever the clause’s subject knows',
      text: 'Bürgermeisterin Anna Berg hält dagegen, die Stadt wisse um die Sorgen, doch der Abstand reiche aus.',
      expected: [
        {
          kind: 'indirect',
          text: 'die Stadt wisse um die Sorgen, doch der Abstand reiche aus',
          speaker: 'Anna Berg',
        },
      ],
    },
    {
      name: 'and so is "hält entgegen" with its addressee',
      text: 'Der Minister hält den Kritikern entgegen, man wisse um die Kosten.',
      expected: [{ kind: 'indirect', text: 'man wisse um die Kosten', speaker: 'Minister' }],
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
      name: 'a report whose source follows "aus" ("Aus … verlautete, dass …")',
      text: 'Aus Kreisen der Regierung verlautete, dass die Brücke gesperrt wird.',
      expected: [
        { kind: 'indirect', text: 'dass die Brücke gesperrt wird', speaker: 'Kreisen der Regierung' },
      ],
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
    {
      name: 'a "wie" clause whose subject has an apposition with a role',
      text: 'Wie Anna Berger, Sprecherin der Behörde in Bonn, am Montag mitteilte, wird die Brücke gesperrt.',
      expected: [{ kind: 'indirect', text: 'wird die Brücke gesperrt', speaker: 'Anna Berger' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
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
      expected: [{ kind: 'indirect', text: 'bleibt es am Wochenende trocken', speaker: 'wetter.de' }],
    },
    {
      name: 'a relative clause on the source is not part of the statement',
      text: 'Nach Angaben der Polizei, die den Fall prüft, waren die meisten Opfer Kinder.',
      expected: [{ kind: 'indirect', text: 'waren die meisten Opfer Kinder', speaker: 'Polizei' }],
    },
    {
      name: '"laut X" set off by commas',
      text: 'Die Männer wurden, laut der Agentur, festgenommen.',
      expected: [{ kind: 'indirect', text: 'Die Männer wurden | festgenommen', speaker: 'Agentur' }],
    },
    {
      name: '"laut" with a quoted source in lower case',
      text: 'Laut „wetter.de“ bleibt es am Wochenende trocken.',
      expected: [{ kind: 'indirect', text: 'bleibt es am Wochenende trocken', speaker: 'wetter.de' }],
    },
    {
      name: 'a "laut X" that opens the sentence frames all of it, the cue inside too',
      text: 'Laut Radio Bremen forderte die Ministerin die Stadt auf, die Brücke zu sperren.',
      expected: [
        {
          kind: 'indirect',
          text: 'forderte die Ministerin die Stadt auf, die Brücke zu sperren',
          speaker: 'Radio Bremen',
        },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('statements announced by a noun', () => {
  it.each([
    {
      name: 'a clause in Konjunktiv after the statement still belongs to it ("…, da …")',
      text: 'Der Verband ist der Ansicht, dass das Gesetz die Betriebe belaste, da es zu viele Formulare verlange.',
      expected: [
        {
          kind: 'indirect',
          text: 'dass das Gesetz die Betriebe belaste, da es zu viele Formulare verlange',
          speaker: 'Verband',
        },
      ],
    },
    {
      name: 'a dass clause in Konjunktiv that depends on the statement ("dafür, dass …")',
      text: 'Die Gutachter kamen zu dem Ergebnis, dass es keine Belege dafür gebe, dass das Feuer gelegt worden sei.',
      expected: [
        {
          kind: 'indirect',
          text: 'dass es keine Belege dafür gebe, dass das Feuer gelegt worden sei',
          speaker: 'Gutachter',
        },
      ],
    },
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

describe('a verb that judges its object as something ("X als Y") takes no clause of its own', () => {
  it.each([
    {
      name: 'an infinitive after the predicate noun belongs to that noun; the sentence is the report',
      text: 'Der Direktor des Senders bezeichnete die Sperre als einen Versuch der Behörden, die Presse zu behindern.',
      expected: [
        {
          kind: 'reported',
          text: 'Der Direktor des Senders bezeichnete die Sperre als einen Versuch der Behörden, die Presse zu behindern.',
        },
      ],
    },
    {
      name: 'a clause inserted before "als" is no statement',
      text: 'Die Kanzlerin bezeichnete die Worte, sollten sie wirklich gefallen sein, als „unannehmbar“.',
      expected: [{ kind: 'direct', text: '„unannehmbar“' }],
    },
    {
      name: 'a "dass" clause is its complement',
      text: 'Die Ministerin bezeichnete es als wichtig, dass die Schulen offen bleiben.',
      expected: [{ kind: 'indirect', text: 'dass die Schulen offen bleiben' }],
    },
    {
      name: 'after an adjective the clause belongs to the object, a statement noun',
      text: 'Das Amt wies den Vorwurf als haltlos zurück, man habe die Akten vernichtet.',
      expected: [{ kind: 'indirect', text: 'man habe die Akten vernichtet' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).map(({ kind, text }) => ({ kind, text }))).toEqual(expected);
  });
});

describe("a short quoted name or a parenthesis inside the cue's clause does not end it", () => {
  it.each([
    {
      name: 'a newspaper in quotation marks before the comma',
      text: 'Der Sekretär des Vereins sagte dem „Tagblatt“, nach dem Spiel hätten alle Spieler dem Schiedsrichter die Hand gegeben.',
      statement: 'nach dem Spiel hätten alle Spieler dem Schiedsrichter die Hand gegeben',
    },
    {
      name: 'a parenthesis before the comma',
      text: 'Die Ministerin erklärte (laut Protokoll), die Schulen blieben bis Ostern geschlossen.',
      statement: 'die Schulen blieben bis Ostern geschlossen',
    },
  ])('$name', ({ text, statement }) => {
    expect(found(text)[0]).toMatchObject({ kind: 'indirect', text: statement });
  });

  it('a quoted sentence after the cue is speech of its own, not part of the clause', () => {
    expect(found('Die Ministerin erklärte „Wir bleiben hart.“ und ging.').map((q) => q.kind)).toEqual([
      'direct',
    ]);
  });
});

describe("a quotation that opens the statement after the cue's comma", () => {
  it.each([
    {
      name: 'the clause goes on after the quotation: the statement holds it',
      text: 'Die Abgeordnete warf dem Minister vor, „die Daten aller Bürger“ zu missbrauchen.',
      expected: [
        { kind: 'direct', text: '„die Daten aller Bürger“' },
        { kind: 'indirect', text: '„die Daten aller Bürger“ zu missbrauchen' },
      ],
    },
    {
      name: 'a statement that is all quotation is a direct quote only',
      text: 'Der Minister sagte, „wir bleiben hart“, und ging.',
      expected: [{ kind: 'direct', text: '„wir bleiben hart“' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).map(({ kind, text }) => ({ kind, text }))).toEqual(expected);
  });
});

describe("after a speech verb's comma, a relative clause is no statement", () => {
  it.each([
    {
      name: 'a relative pronoun before an article',
      text: 'Der Film zeigt auch Forscher, die einer alten Spur nachgehen.',
      expected: [],
    },
    {
      name: 'a relative pronoun before the verb that closes the clause',
      text: 'Der Sender zeigte Bilder von Verletzten, die herumlagen.',
      expected: [],
    },
    {
      name: 'an article before an adjective and a noun opens the main clause that was said',
      text: 'Der Minister meinte, die neuen Regeln gelten ab Mai.',
      expected: [{ kind: 'indirect', text: 'die neuen Regeln gelten ab Mai' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).map(({ kind, text }) => ({ kind, text }))).toEqual(expected);
  });
});

describe('"wie folgt" ("as follows") opens no "wie" clause', () => {
  it('the words before it are no statement; the quotation after the colon is', () => {
    const text = 'In der Mitteilung des Vereins wird der Trainer wie folgt zitiert: „Wir geben nicht auf.“';
    expect(found(text).map((q) => q.kind)).toEqual(['direct', 'direct']);
  });
});

describe('linear time in one long sentence', () => {
  it.each([
    { name: 'many cues', unit: 'Anna sagte, dass Berger meinte, ' },
    { name: 'frames in subordinate clauses', unit: 'weil nach Angaben der Bahn es regne, ' },
    { name: 'statement nouns', unit: 'der Vorwurf der Opposition, der Plan sei teuer, ' },
    { name: 'appositions before cues', unit: 'Anna Berger, Leiterin des Amts, kritisierte den Plan, ' },
    {
      name: 'lead-ins with a colon before frames',
      unit: 'Der Rat blieb hart: Eine Lösung sei fern, sagte Anna, ',
    },
    // A bound on the wall time would fail on a busy machine; the processor times below are what is checked.
  ])('$name', { timeout: 60_000 }, ({ unit }) => {
    const small = `${unit.repeat(1_000)}Ende.`;
    const large = `${unit.repeat(8_000)}Ende.`;
    findQuotes(small);
    const smallTime = bestCpuMs(() => findQuotes(small));
    const largeTime = bestCpuMs(() => findQuotes(large));
    // Eight times the input may take about eight times as long; a quadratic pass would take sixty-four times.
    expect(largeTime).toBeLessThan(smallTime * 24 + 300);
  });
});

describe('a negated verb of saying introduces no statement', () => {
  it.each([
    {
      name: '"nicht" before the particle',
      text: 'Warum der Zug umkehrte, gab die Bahn nicht bekannt.',
      indirect: [],
    },
    {
      name: '"nicht" right after a finite verb before "dass"',
      text: 'Der Umbau des Hafens heißt nicht, dass die Fähre wegfällt.',
      indirect: [],
    },
    {
      name: '"nicht" before a participle in the passive',
      text: 'Die Ursache konnte bisher nicht festgestellt werden, es wird weiter ermittelt.',
      indirect: [],
    },
    {
      name: 'a negated verb of denial still states something',
      text: 'Die Ministerin schloss nicht aus, dass die Steuer steigt.',
      indirect: ['dass die Steuer steigt'],
    },
    {
      name: '"nicht" that negates a phrase, not the verb',
      text: 'Nicht im Parlament, sondern vor der Presse erklärte die Ministerin, die Steuer steige.',
      indirect: ['die Steuer steige'],
    },
  ])('$name', ({ text, indirect }) => {
    expect(indirectStatements(text)).toEqual(indirect);
  });
});

describe('a verb of knowing in the indicative states nothing', () => {
  it.each([
    {
      name: 'the past indicative: what was known',
      text: 'Die Trainerin wusste genau, dass das Team müde war.',
      indirect: [],
    },
    {
      name: 'the present indicative with "man"',
      text: 'Es ist der älteste Baum, von dem man weiß, dass er im Moor wuchs.',
      indirect: [],
    },
    {
      name: 'Konjunktiv I reports what someone says they know',
      text: 'Die Trainerin sagte, sie wisse, dass das Team müde sei.',
      indirect: ['sie wisse, dass das Team müde sei'],
    },
    {
      name: '"will wissen" claims to know',
      text: 'Die Zeitung will wissen, dass der Trainer geht.',
      indirect: ['dass der Trainer geht'],
    },
  ])('$name', ({ text, indirect }) => {
    expect(indirectStatements(text)).toEqual(indirect);
  });
});

describe('an offer made with a clause', () => {
  it.each([
    {
      name: 'an infinitive after "anbieten" says what was offered',
      text: 'Einige Reiseveranstalter boten ihren Kunden an, Reisen kostenlos umzubuchen.',
      expected: [{ kind: 'indirect', text: 'Reisen kostenlos umzubuchen', speaker: 'Reiseveranstalter' }],
    },
    {
      name: 'an offer with an object alone is a sale, and the main clause after it no statement',
      text: 'Die meisten Kurse bot die Volkshochschule an, der Sportverein gab einen Einblick in seine Arbeit.',
      expected: [],
    },
    {
      name: 'an infinitive before "zu wollen" is part of the statement, not a cue of its own',
      text: 'Die Firma gab bekannt, ein Update anbieten zu wollen, um den Fehler zu beheben.',
      expected: [
        {
          kind: 'indirect',
          text: 'ein Update anbieten zu wollen, um den Fehler zu beheben',
          speaker: 'Firma',
        },
      ],
    },
    {
      name: 'so is any speech verb joined to its particle before "zu"',
      text: 'Die Firma gab bekannt, die Zahlen mitteilen zu wollen, sobald sie vorliegen.',
      expected: [
        { kind: 'indirect', text: 'die Zahlen mitteilen zu wollen, sobald sie vorliegen', speaker: 'Firma' },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('speech verbs that need a word of their idiom', () => {
  it.each([
    {
      name: '"besteht darauf, … zu …": insisting',
      text: 'Die Stadt besteht darauf, das Gelände selbst zu entwickeln.',
      expected: [{ kind: 'indirect', text: 'das Gelände selbst zu entwickeln', speaker: 'Stadt' }],
    },
    {
      name: '"hatte darauf bestanden, dass …"',
      text: 'Der Verband hatte darauf bestanden, dass die Gebühren sinken.',
      expected: [{ kind: 'indirect', text: 'dass die Gebühren sinken', speaker: 'Verband' }],
    },
    {
      name: '"gab zu bedenken": the idiom ends its clause with "zu bedenken"',
      text: 'Die Methode sei noch nicht ausgereift, gab der Chemiker Paul Hager zu bedenken.',
      expected: [{ kind: 'indirect', text: 'Die Methode sei noch nicht ausgereift', speaker: 'Paul Hager' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a reported main clause that opens with an article of quantity', () => {
  it.each([
    {
      name: '"jeder dritte Zug", after particles ("nur etwa")',
      text: 'Eine Sprecherin der Bahn sagte, nur etwa jeder dritte Zug fahre.',
      expected: [{ kind: 'indirect', text: 'nur etwa jeder dritte Zug fahre', speaker: 'Bahn' }],
    },
    {
      name: '"kein Zug", the verb before an adverb',
      text: 'Der Sprecher der Bahn sagte, kein Zug fahre pünktlich.',
      expected: [{ kind: 'indirect', text: 'kein Zug fahre pünktlich', speaker: 'Bahn' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
