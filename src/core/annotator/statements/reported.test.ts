/**
 * Reported speech: a reporting verb on its own (`reported.ts`, `indirect.ts`), one named sentence each (own
 * example sentences).
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

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
      name: "a headline's topic before a colon is no part of the report",
      text: 'Hitzewelle: Feuerwehr warnt vor Waldbränden',
      expected: [{ kind: 'reported', text: 'Feuerwehr warnt vor Waldbränden', speaker: 'Feuerwehr' }],
    },
    {
      name: 'a sentence that leads in with a colon is no part of the report',
      text: 'Die Lage bleibt ernst: Die Feuerwehr warnt vor Waldbränden.',
      expected: [{ kind: 'reported', text: 'Die Feuerwehr warnt vor Waldbränden.', speaker: 'Feuerwehr' }],
    },
    {
      name: 'a colon in brackets leads in nothing',
      text: 'Am Abend (Stand: 22 Uhr) gab die Stadt eine Beteiligung von 60 Prozent bekannt.',
      expected: [
        {
          kind: 'reported',
          text: 'Am Abend (Stand: 22 Uhr) gab die Stadt eine Beteiligung von 60 Prozent bekannt.',
          speaker: 'Stadt',
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
      name: '"kritisieren" with "als" judges its object: reported speech',
      text: 'Der Verband kritisierte die Reform als überhastet.',
      expected: [
        { kind: 'reported', text: 'Der Verband kritisierte die Reform als überhastet.', speaker: 'Verband' },
      ],
    },
    {
      name: '"kritisieren" with a bare object is no report the corpus counts',
      text: 'Der Verband kritisierte die Reform der Gemeinde.',
      expected: [],
    },
    {
      name: 'a report in a "während" clause is the clause',
      text: 'Die Polizei zählte 900 Menschen, während die Veranstalter von 3000 Menschen sprachen.',
      expected: [
        {
          kind: 'reported',
          text: 'während die Veranstalter von 3000 Menschen sprachen.',
          speaker: 'Veranstalter',
        },
      ],
    },
    {
      name: 'a fronted "während" clause reports up to its comma',
      text: 'Während die Zeitung von 900 Toten sprach, nannte die Regierung keine Zahl.',
      expected: [{ kind: 'reported', text: 'Während die Zeitung von 900 Toten sprach', speaker: 'Zeitung' }],
    },
    {
      name: 'a "nachdem" clause reports in the pluperfect it asks for',
      text: 'Nachdem die Behörden vor dem Sturm gewarnt hatten, blieben die Schulen geschlossen.',
      expected: [
        {
          kind: 'reported',
          text: 'Nachdem die Behörden vor dem Sturm gewarnt hatten',
          speaker: 'Behörden',
        },
      ],
    },
    {
      name: 'a "weil" clause gives a reason, no report',
      text: 'Die Schulen blieben geschlossen, weil die Behörden vor dem Sturm gewarnt hatten.',
      expected: [],
    },
    {
      name: '"verurteilen" with "als" condemns: reported speech',
      text: 'Die Regierung verurteilte den Anschlag als feige.',
      expected: [
        { kind: 'reported', text: 'Die Regierung verurteilte den Anschlag als feige.', speaker: 'Regierung' },
      ],
    },
    {
      name: '"verurteilen" without "als" is a sentence or an act, no report',
      text: 'Das Gericht hat den Mann zu einer Geldstrafe verurteilt.',
      expected: [],
    },
    {
      name: '"ablehnen" without "als" is a decision, no report',
      text: 'Der Stadtrat lehnte den Antrag der Fraktion ab.',
      expected: [],
    },
    {
      name: '"ablehnen" with "als" judges: reported speech',
      text: 'Der Stadtrat lehnte den Antrag als zu teuer ab.',
      expected: [
        { kind: 'reported', text: 'Der Stadtrat lehnte den Antrag als zu teuer ab.', speaker: 'Stadtrat' },
      ],
    },
    {
      name: '"hinweisen auf" reports what was pointed out',
      text: 'Die Feuerwehr wies auf die hohe Brandgefahr in den Wäldern hin.',
      expected: [
        {
          kind: 'reported',
          text: 'Die Feuerwehr wies auf die hohe Brandgefahr in den Wäldern hin.',
          speaker: 'Feuerwehr',
        },
      ],
    },
    {
      name: 'praise with "als" judges its object ("würdigte X als Y")',
      text: 'Die Ministerin würdigte den Verein als Vorbild für das ganze Land.',
      expected: [
        {
          kind: 'reported',
          text: 'Die Ministerin würdigte den Verein als Vorbild für das ganze Land.',
          speaker: 'Ministerin',
        },
      ],
    },
    {
      name: 'praise without "als" is an honour, no report',
      text: 'Die Ministerin würdigte den Verein mit einem Empfang.',
      expected: [],
    },
    {
      name: 'an expectation with "rechnen mit"',
      text: 'Der Verband rechnet mit einem Rückgang der Buchungen.',
      expected: [
        {
          kind: 'reported',
          text: 'Der Verband rechnet mit einem Rückgang der Buchungen.',
          speaker: 'Verband',
        },
      ],
    },
    {
      name: 'arguing for something ("plädierte für")',
      text: 'Der Senator plädierte für eine Reform der Bankenaufsicht.',
      expected: [
        {
          kind: 'reported',
          text: 'Der Senator plädierte für eine Reform der Bankenaufsicht.',
          speaker: 'Senator',
        },
      ],
    },
    {
      name: '"berichten über" names the topic only, no report',
      text: 'Über den Streik berichtete die Zeitung am Montag ausführlich.',
      expected: [],
    },
    {
      name: 'an infinitive before a modal reports nothing ("verlangen müssen")',
      text: 'Die Stadt hätte damals eine Rückgabe der Grundstücke verlangen müssen.',
      expected: [],
    },
    {
      name: 'an infinitive after "zu" reports nothing ("ist mit … zu rechnen")',
      text: 'In diesem Winter ist mit einem Anstieg der Preise zu rechnen.',
      expected: [],
    },
    {
      name: 'a fear stated ("befürchtet den Missbrauch")',
      text: 'Die Opposition befürchtet den Missbrauch der neuen Befugnisse.',
      expected: [
        {
          kind: 'reported',
          text: 'Die Opposition befürchtet den Missbrauch der neuen Befugnisse.',
          speaker: 'Opposition',
        },
      ],
    },
    {
      name: 'a question reports nothing',
      text: 'Fordern die Gewerkschaften höhere Löhne?',
      expected: [],
    },
    {
      name: 'an option weighed ("erwog eine Klage")',
      text: 'Die Gemeinde erwog eine Klage gegen den Bund.',
      expected: [
        { kind: 'reported', text: 'Die Gemeinde erwog eine Klage gegen den Bund.', speaker: 'Gemeinde' },
      ],
    },
    {
      name: 'a relative clause inside the clause does not hide its "für" ("hält X, das …, für Y")',
      text: 'Die Kläger halten das Gesetz, das im Mai beschlossen wurde, für verfassungswidrig.',
      expected: [
        {
          kind: 'reported',
          text: 'Die Kläger halten das Gesetz, das im Mai beschlossen wurde, für verfassungswidrig.',
          speaker: 'Kläger',
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
    {
      name: 'a present perfect reports as the simple past does ("hat … zurückgewiesen")',
      text: 'Die Gewerkschaft hat die Vorwürfe als unbegründet zurückgewiesen.',
      expected: [
        {
          kind: 'reported',
          text: 'Die Gewerkschaft hat die Vorwürfe als unbegründet zurückgewiesen.',
          speaker: 'Gewerkschaft',
        },
      ],
    },
    {
      name: 'a present perfect with its auxiliary after the participle ("…, gefordert haben")',
      text: 'Im Rat gab es Streit, weil die Grünen eine Abstimmung gefordert haben.',
      expected: [],
    },
    {
      name: 'a pluperfect gives background and is no report ("hatte … gefordert")',
      text: 'Die Innung hatte im Frühjahr eine Prüfung der Tarife gefordert.',
      expected: [],
    },
    {
      name: 'a subject that cannot speak reports nothing ("Das Hochwasser hat … gefordert")',
      text: 'Das Hochwasser hat in den Dörfern drei Menschenleben gefordert.',
      expected: [],
    },
    {
      name: 'a reason given with "als" ("Als Grund gab X Y an")',
      text: 'Als Grund gab die Behörde die mangelnden Kontrollen an.',
      expected: [
        {
          kind: 'reported',
          text: 'Als Grund gab die Behörde die mangelnden Kontrollen an.',
          speaker: 'Behörde',
        },
      ],
    },
    {
      name: 'an example cited with "als" ("Als Beispiel führte X Y an")',
      text: 'Als Beispiel führte die Ministerin den Ausbau der Bahn an.',
      expected: [
        {
          kind: 'reported',
          text: 'Als Beispiel führte die Ministerin den Ausbau der Bahn an.',
          speaker: 'Ministerin',
        },
      ],
    },
    {
      name: '"gab an" without "als" states nothing on its own',
      text: 'Der Bürgermeister gab am Montag die Richtung an.',
      expected: [],
    },
    {
      name: '"führte an" without "als" is leading, not citing',
      text: 'Die Mannschaft führte die Tabelle lange an.',
      expected: [],
    },
    {
      name: 'the "von" object of a verb closing a subordinate clause is no part of its subject',
      text: 'Während die Regierung von einem Erfolg spricht, kritisiert die Opposition das Gesetz.',
      expected: [
        { kind: 'reported', text: 'Während die Regierung von einem Erfolg spricht', speaker: 'Regierung' },
      ],
    },
    {
      name: 'a form like the participle closing a subordinate clause, no auxiliary after it, is a present tense',
      text: 'Während die Polizei von zwei Verletzten berichtet, feiern die Fans weiter.',
      expected: [
        { kind: 'reported', text: 'Während die Polizei von zwei Verletzten berichtet', speaker: 'Polizei' },
      ],
    },
    {
      name: 'a "von" attribute before a verb in second place stays in the subject',
      text: 'Der Sprecher von Greenpeace sprach von einem Skandal.',
      expected: [
        {
          kind: 'reported',
          text: 'Der Sprecher von Greenpeace sprach von einem Skandal.',
          speaker: 'Greenpeace',
        },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
