/**
 * Sentences that continue someone's speech without a cue of their own (`continuation.ts`): Konjunktiv runs and
 * free indirect speech, one named sentence each (own example sentences).
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('continuation in Konjunktiv', () => {
  it.each([
    {
      name: 'a cue before the reported clause cuts nothing off it',
      text: 'Die Wahl ist vorbei. Der Vize des Vereins, Paul Weber, zeigte sich „sehr froh, wie die Wahl gelaufen“ sei.',
      expected: [
        // "Der Vize des Vereins, Paul Weber,": a role with its holder's name in apposition
        {
          kind: 'indirect',
          text: 'zeigte sich „sehr froh, wie die Wahl gelaufen“ sei',
          speaker: 'Paul Weber',
        },
        { kind: 'direct', text: '„sehr froh, wie die Wahl gelaufen“', speaker: 'Paul Weber' },
      ],
    },
    {
      name: 'after a sentence that only says someone replied, the Konjunktiv is theirs',
      text: 'Der Plan ist umstritten. Ministerin Eva Bas hielt dagegen. Wer das Paket aufschnüre, gefährde die Rente.',
      expected: [
        { kind: 'indirect', text: 'Wer das Paket aufschnüre, gefährde die Rente.', speaker: 'Eva Bas' },
      ],
    },
    {
      name: 'and a lead-in after a focus particle names the next speaker, not the one before',
      text:
        'Ministerin Eva Bas sagte, der Plan sei gut. Wer ihn aufschnüre, gefährde die Rente. ' +
        'Auch Kanzler Jan Merk stellte sich hinter den Plan: Man werde das Gesetz beschließen.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gut', speaker: 'Eva Bas' },
        { kind: 'indirect', text: 'Wer ihn aufschnüre, gefährde die Rente.', speaker: 'Eva Bas' },
        { kind: 'indirect', text: 'Man werde das Gesetz beschließen.', speaker: 'Jan Merk' },
      ],
    },
    {
      name: 'a speech verb in the Konjunktiv I goes on with the words, it reports no act of the writer’s',
      text: '„Die Arbeit wird teurer“, sagte der Gärtner Tom Kern. Er rechne mit höheren Preisen. Er warne aber vor Panik.',
      expected: [
        { kind: 'direct', text: '„Die Arbeit wird teurer“', speaker: 'Tom Kern' },
        // one run of reported speech
        {
          kind: 'indirect',
          text: 'Er rechne mit höheren Preisen. Er warne aber vor Panik.',
          speaker: 'Tom Kern',
        },
      ],
    },
    {
      name: "a Konjunktiv II with an indicative main clause verb after a comma is the writer's",
      text: 'Die Ministerin sagte, der Plan sei gescheitert. Sie hätte gern mehr Geld bekommen, hatte aber keines erhalten.',
      expected: [{ kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Ministerin' }],
    },
    {
      name: "a Konjunktiv II clause before an indicative main clause is the writer's",
      text: 'Die Ministerin sagte, der Plan sei gescheitert. Dass der Bau länger dauern würde, hatte sich schon gezeigt.',
      expected: [{ kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Ministerin' }],
    },
    {
      name: 'an indicative in a relative clause leaves a Konjunktiv II continuation as it is',
      text: 'Die Ministerin sagte, der Plan sei gescheitert. Damit wäre die Summe, die bewilligt wurde, verloren.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Ministerin' },
        {
          kind: 'indirect',
          text: 'Damit wäre die Summe, die bewilligt wurde, verloren.',
          speaker: 'Ministerin',
        },
      ],
    },
    {
      name: 'a colon before a quotation ends the continued statement; the quotation is the same speaker’s',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Die Lage sei ernst: „Wir müssen jetzt handeln.“',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'Die Lage sei ernst', speaker: 'Eva Roth' },
        { kind: 'direct', text: '„Wir müssen jetzt handeln.“', speaker: 'Eva Roth' },
      ],
    },
    {
      name: 'a lead-in before a colon names who says the Konjunktiv after it',
      text:
        'Ministerin Eva Roth sagte, der Plan sei gescheitert. ' +
        'Bürgermeister Paul Weber reagierte zurückhaltend: Man teile das Ziel, aber nicht jeden Weg.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'Man teile das Ziel, aber nicht jeden Weg.', speaker: 'Paul Weber' },
      ],
    },
    {
      name: 'a clause in Konjunktiv before a colon is itself reported: no lead-in',
      text:
        'Ministerin Eva Roth sagte, der Plan sei gescheitert. ' +
        'Zugleich stoße das Netz an seine Grenzen: Zu Stoßzeiten seien die Busse voll.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        {
          kind: 'indirect',
          text: 'Zugleich stoße das Netz an seine Grenzen: Zu Stoßzeiten seien die Busse voll.',
          speaker: 'Eva Roth',
        },
      ],
    },
    {
      name: 'a clause before a colon whose subject cannot speak leads in to nobody',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Die Lage bleibt ernst: Man müsse sparen.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'Die Lage bleibt ernst: Man müsse sparen.', speaker: 'Eva Roth' },
      ],
    },
    {
      name: 'a Konjunktiv I no indicative shares reports on its own, far from any cue',
      text:
        'Die Gewerkschaft ruft zum Streik. Die Fabrik liegt am Fluss. Dort arbeiten 300 Menschen. ' +
        'Der Lohn der Arbeiter liege unter dem Tarif.',
      expected: [{ kind: 'indirect', text: 'Der Lohn der Arbeiter liege unter dem Tarif.', speaker: null }],
    },
    {
      name: 'after an article the same form is an adjective ("eine heiße Sache")',
      text: 'Die Gewerkschaft ruft zum Streik. Die Fabrik liegt am Fluss. Dort arbeiten 300 Menschen. Es war eine heiße Sache.',
      expected: [],
    },
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
      name: 'a Konjunktiv I verb second, after an adverb and before its subject ("Jedoch ruhe die …")',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Jedoch ruhe die Arbeit nicht.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'Jedoch ruhe die Arbeit nicht.', speaker: 'Eva Roth' },
      ],
    },
    {
      name: 'an adjective second in the sentence is no verb ("Viele große Firmen")',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Viele große Firmen bauen trotzdem.',
      expected: [{ kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' }],
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
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Sie setze nun auf eine rasche Einigung.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'Sie setze nun auf eine rasche Einigung.', speaker: 'Eva Roth' },
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
      name: 'a Konjunktiv I second in its main clause, after the phrase that opens it ("Der Wert basiere …")',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Die neue Schätzung basiere auf alten Zahlen.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'Die neue Schätzung basiere auf alten Zahlen.', speaker: 'Eva Roth' },
      ],
    },
    {
      name: "after a speech verb's comma, a main clause with a Konjunktiv I second is the statement",
      text: 'Der Minister hat bekräftigt, die Regierung plane keinen Abbau.',
      expected: [{ kind: 'indirect', text: 'die Regierung plane keinen Abbau', speaker: 'Minister' }],
    },
    {
      name: 'a word in -e after a phrase that does not open its clause is no finite verb',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Damals wirkte die Altstadt öde.',
      expected: [{ kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' }],
    },
    {
      name: 'a new paragraph goes on with the run of reported sentences, as a part of its own',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Man habe zu spät gehandelt.\n\nNun müsse man neu beginnen.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        {
          kind: 'indirect',
          text: 'Man habe zu spät gehandelt. | Nun müsse man neu beginnen.',
          speaker: 'Eva Roth',
        },
      ],
    },
    {
      name: 'a new paragraph that opens with another person named goes on with them',
      text: 'Die Rückgabe sei überfällig, sagte Direktorin Anna Weber.\n\nDer Botschafter Yusuf Tuggar dankte der Stadt. Die Bronzen seien von großem Wert.',
      expected: [
        { kind: 'indirect', text: 'Die Rückgabe sei überfällig', speaker: 'Anna Weber' },
        { kind: 'indirect', text: 'Die Bronzen seien von großem Wert.', speaker: 'Yusuf Tuggar' },
      ],
    },
    {
      name: 'people the new paragraph names by a role alone do not take the statement over',
      text: 'Die Lage sei ernst, sagte Direktorin Anna Weber.\n\nZwei Beamte gaben sich als Händler aus. Über Monate sei der Mann beobachtet worden.',
      expected: [
        { kind: 'indirect', text: 'Die Lage sei ernst', speaker: 'Anna Weber' },
        { kind: 'indirect', text: 'Über Monate sei der Mann beobachtet worden.', speaker: 'Anna Weber' },
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
      name: 'the next "sollen" sentence goes on with the plan, as one passage',
      text: 'Die Stadt teilte mit, dass das Bad schließt. Im Herbst sollen die Arbeiten beginnen. Die Kosten sollen zwei Millionen Euro betragen.',
      expected: [
        { kind: 'indirect', text: 'dass das Bad schließt', speaker: 'Stadt' },
        {
          kind: 'freeIndirect',
          text: 'Im Herbst sollen die Arbeiten beginnen. Die Kosten sollen zwei Millionen Euro betragen.',
          speaker: 'Stadt',
        },
      ],
    },
    {
      name: 'a plan for a date after the text’s is the writer’s schedule, not the speaker’s words (2 May 2024)',
      text: 'Die Stadt teilte mit, dass das Bad schließt. Eine Entscheidung soll im Juni fallen.',
      expected: [{ kind: 'indirect', text: 'dass das Bad schließt', speaker: 'Stadt' }],
    },
    {
      name: 'nor one for a later year',
      text: 'Der Minister sagte, die Schulen würden saniert. Bis 2027 sollen alle Gebäude fertig sein.',
      expected: [{ kind: 'indirect', text: 'die Schulen würden saniert', speaker: 'Minister' }],
    },
    {
      name: 'but a claim about a date before it is reported',
      text: 'Die Stadt teilte mit, dass das Bad schließt. Im März sollen die Kosten gestiegen sein.',
      expected: [
        { kind: 'indirect', text: 'dass das Bad schließt', speaker: 'Stadt' },
        { kind: 'freeIndirect', text: 'Im März sollen die Kosten gestiegen sein.', speaker: 'Stadt' },
      ],
    },
    {
      name: 'a run of reported claims with "soll … haben" is one passage',
      text: 'Der Fahrer soll das Rotlicht übersehen haben. Zudem soll er zu schnell gefahren sein.',
      expected: [
        {
          kind: 'freeIndirect',
          text: 'Der Fahrer soll das Rotlicht übersehen haben. Zudem soll er zu schnell gefahren sein.',
          speaker: null,
        },
      ],
    },
    {
      name: 'a "sollen" sentence after an indicative one starts no run',
      text: 'Der Fahrer soll das Rotlicht übersehen haben. Die Polizei sperrte die Straße. Die Arbeiten sollen bald enden.',
      expected: [
        { kind: 'freeIndirect', text: 'Der Fahrer soll das Rotlicht übersehen haben.', speaker: null },
      ],
    },
    {
      name: 'a claim in a relative clause: the perfect infinitive before a closing "soll" is the clause alone',
      text: 'Die Feuerwehr sucht den Mann, der den Brand gelegt haben soll.',
      expected: [{ kind: 'freeIndirect', text: 'der den Brand gelegt haben soll', speaker: null }],
    },
    {
      name: 'a claim in a subordinate clause with "sein" and "sollen"',
      text: 'Die Polizei sucht zwei Männer, die nach der Tat geflohen sein sollen, und bittet um Hinweise.',
      expected: [{ kind: 'freeIndirect', text: 'die nach der Tat geflohen sein sollen', speaker: null }],
    },
    {
      name: 'an adjective before "sein soll" is no perfect: a property, not a claim about the past',
      text: 'Der Verein kauft ein Boot, das sehr schnell sein soll.',
      expected: [],
    },
    {
      name: 'a "soll" claim joined to the writer\'s own main clause by a comma is the writer\'s sentence',
      text: 'Ein Wärter wurde am Morgen festgenommen, er soll den Häftlingen geholfen haben.',
      expected: [],
    },
    {
      name: 'an insertion before "soll" does not make it a joined clause',
      text: 'Der Wärter, der am Morgen festgenommen wurde, soll den Häftlingen geholfen haben.',
      expected: [
        {
          kind: 'freeIndirect',
          text: 'Der Wärter, der am Morgen festgenommen wurde, soll den Häftlingen geholfen haben.',
          speaker: null,
        },
      ],
    },
    {
      name: 'a list of nouns before "sollen" is no clause of the writer\'s',
      text: 'Firmen aus Polen, Belgien und Spanien sollen an dem Betrug beteiligt gewesen sein.',
      expected: [
        {
          kind: 'freeIndirect',
          text: 'Firmen aus Polen, Belgien und Spanien sollen an dem Betrug beteiligt gewesen sein.',
          speaker: null,
        },
      ],
    },
    {
      name: 'a "sollen" sentence far from any statement is the writer\'s own',
      text: 'Das Bad ist alt. Es wird viel genutzt. Im Herbst sollen die Arbeiten beginnen.',
      expected: [],
    },
    {
      name: 'two "sollen" sentences in a row report a plan, however far the last statement is',
      text: 'Das Bad ist alt. Es wird viel genutzt. Im Herbst sollen die Arbeiten beginnen. Die Kosten sollen zwei Millionen Euro betragen.',
      expected: [
        {
          kind: 'freeIndirect',
          text: 'Im Herbst sollen die Arbeiten beginnen. Die Kosten sollen zwei Millionen Euro betragen.',
          speaker: null,
        },
      ],
    },
    {
      name: 'a "sollen" run does not reach over a paragraph break',
      text: 'Das Bad ist alt. Es wird viel genutzt. Im Herbst sollen die Arbeiten beginnen.\n\nDie Kosten sollen zwei Millionen Euro betragen.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('Konjunktiv I forms no past tense or indicative shares', () => {
  it.each([
    {
      name: 'an "-iere" form goes on with the statement before it, wherever it stands',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Der Zugang über das Netz funktioniere aber weiterhin.',
      expected: ['der Plan sei gescheitert', 'Der Zugang über das Netz funktioniere aber weiterhin.'],
    },
    {
      name: 'an "-iere" form reports on its own, far from any cue',
      text: 'Die Partei tagt in Köln. Das Wetter ist gut. Viele Gäste kommen. Der Dienst der Stadt reagiere zu langsam.',
      expected: ['Der Dienst der Stadt reagiere zu langsam.'],
    },
    {
      name: 'after an article a word in "-iere" is an adjective',
      text: 'Die Partei tagt in Köln. Das Wetter ist gut. Viele Gäste kommen. Es war die schiere Menge der Gäste.',
      expected: [],
    },
    {
      name: 'a stem in -t makes the form in "-te" a Konjunktiv I ("rate"; the past is "riet")',
      text: 'Die Partei tagt in Köln. Das Wetter ist gut. Viele Gäste kommen. Die Vorsitzende rate allen zur Geduld.',
      expected: ['Die Vorsitzende rate allen zur Geduld.'],
    },
    {
      name: 'a past tense in "-te" stays the writer’s',
      text: 'Die Partei tagt in Köln. Das Wetter ist gut. Viele Gäste kommen. Die Vorsitzende sagte allen Dank.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).map((q) => q.text)).toEqual(expected);
  });
});
